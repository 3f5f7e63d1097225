import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Strings } from '~/lib/panel/strings';

const ALL_SITES = { origins: ['<all_urls>'] };

/** The optional all-sites access, asked for only from this click and revocable here. */
export function SiteAccess({ t, heading: Heading = 'h2' }: { t: Strings; heading?: 'h2' | 'h3' }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    let alive = true;
    const check = () => void browser.permissions.contains(ALL_SITES).then((g) => alive && setGranted(g));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      alive = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);

  if (granted === null) return null;
  return (
    <section aria-labelledby="site-access" className="site-access">
      <Heading id="site-access">{t.allSitesTitle}</Heading>
      <p>{granted ? t.allSitesOn : t.allSitesOff}</p>
      <button
        type="button"
        onClick={() => {
          setDenied(false);
          // Called straight from the click: the browser asks the reader only in a user action.
          const change = granted ? browser.permissions.remove(ALL_SITES) : browser.permissions.request(ALL_SITES);
          void change.then(async (ok) => {
            if (!granted && !ok) setDenied(true);
            setGranted(await browser.permissions.contains(ALL_SITES));
          });
        }}
      >
        {granted ? t.allSitesRevoke : t.allSitesGrant}
      </button>
      {denied && <p role="status">{t.allSitesDenied}</p>}
    </section>
  );
}
