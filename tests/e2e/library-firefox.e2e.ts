/** The highlights library in Firefox: it lists a highlight made on a page, and its link opens the page scrolled to it. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clickInShadow, launchFirefox, type FirefoxSession } from './support/firefox';
import { waitFor } from './support/chromium';
import { selectWithMouse, userHighlights } from './support/page';
import { SITES } from './support/sites';

let s: FirefoxSession;
beforeAll(async () => {
  s = await launchFirefox();
});
afterAll(async () => {
  await s?.close();
});

const PASSAGE = '새로운 데이터센터를 구축하는 데 수십억 달러를 투자했다';

describe('Firefox: the highlights library', () => {
  test('lists a highlight made on a page, in the colour chosen, and opens the page scrolled to it', async () => {
    const page = await s.open(SITES.aimatters.url);
    await s.tabIdOf(SITES.aimatters.url);
    await selectWithMouse(page, PASSAGE);
    await clickInShadow(page, '[data-meta-context-toolbar]', 'Highlight');
    await waitFor(async () => ((await userHighlights(page)).length > 0 ? true : undefined), 'the highlight painted');
    await clickInShadow(page, '[data-meta-context-toolbar]', 'Pink');
    await waitFor(
      () => page.evaluate(() => ((globalThis as any).CSS.highlights.get('meta-context-user-pink')?.size ? true : undefined)),
      'the highlight painted pink',
    );

    const lib = await s.extensionPage('highlights.html', '.library-item');
    expect(await lib.$$eval('.library-item blockquote', (els) => els.map((e) => e.textContent))).toEqual([PASSAGE]);
    expect(await lib.$eval('.library-page h2', (e) => e.textContent)).toBe(await page.title());
    expect(await lib.$eval('.library-item select', (e) => (e as HTMLSelectElement).value)).toBe('pink');
    const href = await lib.$eval('.library-item a[target="_blank"]', (a) => (a as HTMLAnchorElement).href);
    expect(href.startsWith(`${SITES.aimatters.url}#:~:text=`)).toBe(true);

    await lib.click('.library-item a[target="_blank"]');
    // The click opens a tab at the link (seen through the extension's tabs API: the driver does not list it).
    const tabUrls = () => lib.evaluate(() => (globalThis as any).browser.tabs.query({}).then((ts: Array<{ url?: string }>) => ts.map((t) => t.url)));
    await waitFor(async () => ((await tabUrls()).includes(href) ? true : undefined), 'a tab opened at the link');
    // That tab is outside the test's fake web: the same link, loaded through it, scrolls to the highlight.
    const linked = await s.open(href);
    expect(await waitFor(() => linked.evaluate(() => (window.scrollY > 0 ? window.scrollY : undefined)), 'the page scrolled to the highlight')).toBeGreaterThan(0);
    await linked.close();
    await page.close();
    await lib.close();
  });
});
