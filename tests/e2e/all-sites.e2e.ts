/**
 * With the optional all-sites permission granted (modelled by adding <all_urls>
 * to the built manifest's host permissions), detection runs on every site,
 * from the next page load and after a browser restart.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { launchChromium, waitFor } from './support/chromium';
import { launchFirefox } from './support/firefox';
import { CHROME_BUILD, FIREFOX_BUILD, withHostPermissions } from './support/extension';
import { readabilityUrls, SITES } from './support/sites';
import { KEY_QUOTES } from './support/expectations';

const cnet = readabilityUrls().find((p) => p.name === 'cnet')!;
const cnetSite = { url: cnet.url, file: 'readability/cnet.html' };
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'meta-context-profile-'));
const chromeExt = withHostPermissions(CHROME_BUILD, ['<all_urls>']);
const firefoxExt = withHostPermissions(FIREFOX_BUILD, ['<all_urls>']);

afterAll(() => {
  for (const dir of [profile, chromeExt, firefoxExt]) fs.rmSync(dir, { recursive: true, force: true });
});

interface Session {
  open(url: string): Promise<{ close(): Promise<void> }>;
  tabIdOf(url: string, timeoutMs?: number): Promise<number>;
  tabState(tabId: number): Promise<any>;
}

/** The state of a page on a site outside the defaults, loading it again until it was scanned (the content script is registered at start-up: the first load may come before it). */
function stateOfPageElsewhere(s: Session, when: string): Promise<any> {
  return waitFor(async () => {
    const page = await s.open(SITES.blogElsewhere.url);
    try {
      const id = await s.tabIdOf(SITES.blogElsewhere.url, 5_000).catch(() => undefined);
      return id === undefined ? undefined : await s.tabState(id);
    } finally {
      await page.close();
    }
  }, `a scan of a page on another site (${when})`, 30_000);
}

describe('Chromium with all-sites access', () => {
  test('scans any site: a blog quoting the article gets its quotes, CNET’s Zuckerberg page nothing; still so after a restart', async () => {
    for (const round of ['first start', 'after a restart']) {
      const s = await launchChromium({ extension: chromeExt, profile, sites: [cnetSite] });
      try {
        const state = await stateOfPageElsewhere(s, round);
        expect(state.article, round).toBeNull();
        expect(state.quotes.length, round).toBeGreaterThan(0);
        expect(state.quotes.length, round).toBeLessThan(KEY_QUOTES.length);

        const page = await s.open(cnet.url);
        const tabId = await s.tabIdOf(cnet.url);
        const cnetState = await s.tabState(tabId);
        expect(cnetState.status).toBe('scanned');
        expect(cnetState.article).toBeNull();
        expect(cnetState.quotes).toEqual([]);
        await page.close();
      } finally {
        await s.close();
      }
    }
  });
});

describe('Firefox with all-sites access', () => {
  test('scans a page on any site', async () => {
    const s = await launchFirefox({ extension: firefoxExt });
    try {
      const state = await stateOfPageElsewhere(s, 'Firefox');
      expect(state.article).toBeNull();
      expect(state.quotes.length).toBeGreaterThan(0);
    } finally {
      await s.close();
    }
  });
});
