import './shared.css';
import type { Source } from '~/lib/dataset/schema';
import type { Strings } from '~/lib/panel/strings';
import { urlLabel } from '~/lib/dataset/glossary';

export interface SourceLineProps {
  source: Source;
  t: Strings;
  /** The accessible name of the list of links. */
  linksLabel: string;
}

/** An item's source in the facts' wording (English), with its links (opened in a new tab). */
export function SourceLine({ source, t, linksLabel }: SourceLineProps) {
  return (
    <div className="source-line">
      <p>
        <span className="field-label">{t.source}: </span>
        <span lang="en">{source.text}</span>
      </p>
      {source.urls.length > 0 && (
        <ul aria-label={linksLabel}>
          {source.urls.map((url) => (
            <li key={url}>
              <a href={url} target="_blank" rel="noreferrer noopener">
                {urlLabel(url)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
