import { browser } from 'wxt/browser';
import type { Strings } from '~/lib/panel/strings';

/** A link to the library of every page's highlights (highlights.html), in a new tab. */
export function LibraryLink({ t }: { t: Strings }) {
  return (
    <p className="library-link">
      <a href={browser.runtime.getURL('/highlights.html')} target="_blank" rel="noopener">
        {t.library.open}
      </a>
    </p>
  );
}
