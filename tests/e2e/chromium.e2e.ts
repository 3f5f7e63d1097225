import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, waitFor, type ChromiumSession } from './support/chromium';

declare const chrome: any;
import { quoteHighlights, rectOf, yellowShare } from './support/page';
import { FIXTURES, SITES } from './support/sites';
import { KEY_QUOTES, quotesAmong } from './support/expectations';

let s: ChromiumSession;

beforeAll(async () => {
  s = await launchChromium();
});
afterAll(async () => {
  await s?.close();
});

/** The DOM as the browser parsed the fixture, compared with the live one: the scan must change nothing. */
async function domUnchanged(page: import('playwright-core').Page, file: string): Promise<boolean> {
  const source = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
  return page.evaluate((html) => {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    return parsed.documentElement.outerHTML === document.documentElement.outerHTML;
  }, source);
}

describe('Chromium: the built extension', () => {
  test('its background starts and its side panel renders', async () => {
    expect(s.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    const panel = await s.panel();
    await panel.waitForSelector('main');
    expect(await panel.textContent('h1')).toMatch(/Meta Context/);
    await panel.close();
  });

  test('the Korean edition on AI Matters: detected as ko, all key quotes painted, badge, DOM untouched', async () => {
    const page = await s.open(SITES.aimatters.url);
    const tabId = await s.tabIdOf(SITES.aimatters.url);
    const state = await s.tabState(tabId);
    expect(state.article).toEqual({ id: 'zuckerberg-superintelligence-2025', edition: 'ko' });
    expect(state.quotes.map((q: { id: string }) => q.id).sort()).toEqual(KEY_QUOTES.map((q) => q.id).sort());
    const painted = await quoteHighlights(page);
    expect(quotesAmong(painted, 'ko').sort()).toEqual(KEY_QUOTES.map((q) => q.id).sort());
    expect(await s.badge(tabId)).toBe(String(KEY_QUOTES.length));
    expect(await domUnchanged(page, SITES.aimatters.file)).toBe(true);
    await page.close();
  });

  test.each([
    ['Naver (straight quotes, NBSP, spacing edits, a line break in a quote)', SITES.naver],
    ['Daum (NFD Hangul, soft hyphen, zero-width space, split quote, comma dropped)', SITES.daum],
  ])('the Korean edition on %s is detected and its quotes found', async (_name, site) => {
    const page = await s.open(site.url);
    const tabId = await s.tabIdOf(site.url);
    const state = await s.tabState(tabId);
    expect(state.article?.edition).toBe('ko');
    expect(state.quotes).toHaveLength(KEY_QUOTES.length);
    expect(await s.badge(tabId)).toBe(String(KEY_QUOTES.length));
    await page.close();
  });

  test('the English original at its TechCrunch URL: detected as en, quotes painted in yellow on screen', async () => {
    const page = await s.open(SITES.techcrunch.url);
    const tabId = await s.tabIdOf(SITES.techcrunch.url);
    const state = await s.tabState(tabId);
    expect(state.article?.edition).toBe('en');
    const painted = await quoteHighlights(page);
    expect(quotesAmong(painted, 'en').length).toBe(KEY_QUOTES.length);
    const q1 = KEY_QUOTES[0]!.en;
    const rect = await rectOf(page, q1.split(' ').slice(2, 6).join(' '));
    expect(rect).not.toBeNull();
    const shot = await page.screenshot({ clip: { x: rect!.x, y: rect!.y, width: Math.min(rect!.width, 300), height: rect!.height } });
    expect(yellowShare(shot)).toBeGreaterThan(0.3);
    await page.close();
  });

  test('a page with a strict Content-Security-Policy still gets its highlights painted', async () => {
    const page = await s.open(SITES.strictCsp.url);
    const tabId = await s.tabIdOf(SITES.strictCsp.url);
    expect((await s.tabState(tabId)).article?.edition).toBe('ko');
    const ko = KEY_QUOTES[0]!.ko!;
    const rect = await rectOf(page, ko.slice(0, 6));
    const shot = await page.screenshot({ clip: { x: rect!.x, y: rect!.y, width: Math.min(rect!.width, 200), height: rect!.height } });
    expect(yellowShare(shot)).toBeGreaterThan(0.3);
    await page.close();
  });

  test('a blog quoting two paragraphs is not the article, but its quotes are highlighted', async () => {
    const page = await s.open(SITES.blogOnHome.url);
    const tabId = await s.tabIdOf(SITES.blogOnHome.url);
    const state = await s.tabState(tabId);
    expect(state.article).toBeNull();
    expect(state.quotes.length).toBeGreaterThan(0);
    expect(state.quotes.length).toBeLessThan(KEY_QUOTES.length);
    expect(await s.badge(tabId)).toBe(String(state.quotes.length));
    await page.close();
  });

  test('an unrelated page on a known home: nothing highlighted, empty badge', async () => {
    const page = await s.open(SITES.unrelatedOnHome.url);
    const tabId = await s.tabIdOf(SITES.unrelatedOnHome.url);
    const state = await s.tabState(tabId);
    expect(state.article).toBeNull();
    expect(state.quotes).toEqual([]);
    expect(await quoteHighlights(page)).toEqual([]);
    expect(await s.badge(tabId)).toBe('');
    await page.close();
  });

  test('"Scan this page" reads a page whole: a newsletter quoting Meta\u2019s spokesperson without naming the story gets its quotes', async () => {
    const page = await s.open(SITES.unnamedOnHome.url);
    const tabId = await s.tabIdOf(SITES.unnamedOnHome.url);
    // On its own, the cheap check turns the page away: nothing in its URL, title or first text nodes names the story.
    expect((await s.tabState(tabId)).quotes).toEqual([]);
    const panel = await s.panel(tabId);
    expect(await panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'scan:request', tabId: id }), tabId)).toBe(true);
    await panel.close();
    const state = await waitFor(async () => {
      const st = await s.tabState(tabId);
      return st.quotes.length > 0 ? st : undefined;
    }, 'the scan the reader asked for');
    expect(state.article).toBeNull();
    expect(state.quotes.map((q: { id: string }) => q.id.split('-')[0]).sort()).toEqual(['q10', 'q9']);
    expect(await quoteHighlights(page)).toHaveLength(2);
    expect(await s.badge(tabId)).toBe('2');
    await page.close();
  });

  test('without all-sites access, a page on another site is left alone', async () => {
    const page = await s.open(SITES.blogElsewhere.url);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await quoteHighlights(page)).toEqual([]);
    await expect(s.tabIdOf(SITES.blogElsewhere.url, 500)).rejects.toThrow(/Timed out/);
    await page.close();
  });

  test('an article that arrives after load is picked up', async () => {
    const page = await s.open(SITES.techcrunchLate.url);
    const tabId = await s.tabIdOf(SITES.techcrunchLate.url);
    const state = await waitFor(async () => {
      const st = await s.tabState(tabId);
      return st.quotes.length === KEY_QUOTES.length ? st : undefined;
    }, 'the late article to be scanned');
    expect(state.quotes).toHaveLength(KEY_QUOTES.length);
    expect(quotesAmong(await quoteHighlights(page), 'en')).toHaveLength(KEY_QUOTES.length);
    await page.close();
  });

  test('a single-page app that navigates to the article (history.pushState) gets it scanned', async () => {
    const page = await s.open(SITES.spa.url);
    await page.waitForSelector('html[data-fixture-navigated]');
    const url = new URL(SITES.techcrunch.url).href;
    const tabId = await s.tabIdOf(url);
    const state = await waitFor(async () => {
      const st = await s.tabState(tabId);
      return st.quotes.length === KEY_QUOTES.length ? st : undefined;
    }, 'the navigated page to be scanned');
    expect(state.article?.edition).toBe('en');
    expect(quotesAmong(await quoteHighlights(page), 'en')).toHaveLength(KEY_QUOTES.length);
    await page.close();
  });

  test('a page that mutates every 10 ms for 3 s: a bounded number of rescans, and the page stays responsive', async () => {
    const page = await s.open(SITES.storm.url);
    await page.waitForSelector('html[data-fixture-done]', { timeout: 20_000 });
    const tabId = await s.tabIdOf(SITES.storm.url);
    expect((await s.tabState(tabId)).quotes).toHaveLength(KEY_QUOTES.length);
    const { scans, numbered, maxGap, ticks } = await page.evaluate(() => ({
      numbered: performance.getEntriesByName('meta-context:scan', 'measure').every((e) => typeof (e as PerformanceMeasure).detail?.scan === 'number'),
      // Each measure says which scan it belongs to.
      scans: new Set(performance.getEntriesByName('meta-context:scan', 'measure').map((e) => (e as PerformanceMeasure).detail?.scan)).size,
      maxGap: Number(document.documentElement.dataset.fixtureMaxGap),
      ticks: Number(document.documentElement.dataset.fixtureTicks),
    }));
    // About 300 mutations: debounced, capped and backing off, they may cause only a handful of rescans.
    expect(numbered).toBe(true);
    expect(ticks).toBeGreaterThan(100);
    expect(scans).toBeGreaterThanOrEqual(1);
    expect(scans).toBeLessThanOrEqual(8);
    expect(maxGap).toBeLessThan(250);
    await page.close();
  });

  test('"show in page" scrolls the page to the quote and flashes it', async () => {
    const page = await s.open(SITES.aimatters.url);
    const tabId = await s.tabIdOf(SITES.aimatters.url);
    const last = KEY_QUOTES[KEY_QUOTES.length - 1]!;
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const panel = await s.panel(tabId);
    expect(await panel.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'quote:show', tabId, quoteId: last.id })).toBe(true);
    const inView = await waitFor(
      () =>
        page.evaluate(() => {
          const focus = (globalThis as any).CSS.highlights.get('meta-context-quote-focus') as Set<Range> | undefined;
          const range = focus && [...focus][0];
          if (!range) return undefined;
          const r = range.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight ? { text: range.toString(), scrollY: window.scrollY } : undefined;
        }),
      'the quote in the viewport',
    );
    expect(inView.scrollY).toBeGreaterThan(0);
    expect(quotesAmong([inView.text], 'ko')).toEqual([last.id]);
    await panel.close();
    await page.close();
  });

  test('clicking a highlighted quote opens the side panel, focused on that quote', async () => {
    const page = await s.open(SITES.techcrunch.url);
    await s.tabIdOf(SITES.techcrunch.url);
    const q = KEY_QUOTES[0]!; // no link inside it on this page (a click on a link is the page's)
    // Watch the background hand the quote to the panel (stored, then taken by the panel that opens).
    await s.currentWorker().evaluate(() => {
      (globalThis as any).__focusLog = [];
      chrome.storage.session.onChanged.addListener((changes: Record<string, { newValue?: { quoteId?: string } }>) => {
        for (const [key, change] of Object.entries(changes)) {
          if (key.startsWith('focus:')) (globalThis as any).__focusLog.push(change.newValue?.quoteId ?? null);
        }
      });
    });
    const rect = await rectOf(page, q.en.split(' ').slice(1, 4).join(' '));
    await page.mouse.click(rect!.x + rect!.width / 2, rect!.y + rect!.height / 2);
    const log = await waitFor(async () => {
      const l = (await s.currentWorker().evaluate(() => (globalThis as any).__focusLog)) as Array<string | null>;
      return l.length >= 2 ? l : undefined;
    }, 'the quote to be handed to the panel and taken');
    expect(log.slice(0, 2)).toEqual([q.id, null]);
    const cdp = await s.context.newCDPSession(page);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ url: string }> };
    expect(targetInfos.some((t) => t.url === `chrome-extension://${s.extensionId}/sidepanel.html`)).toBe(true);
    await cdp.detach();
    await page.close();
  });

  test('a panel opening for a clicked quote brings its card forward', async () => {
    const page = await s.open(SITES.aimatters.url);
    const tabId = await s.tabIdOf(SITES.aimatters.url);
    const q = KEY_QUOTES[KEY_QUOTES.length - 1]!;
    await s.currentWorker().evaluate(([id, quoteId]) => chrome.storage.session.set({ [`focus:${id}`]: { quoteId, at: Date.now() } }), [tabId, q.id] as const);
    const panel = await s.panel(tabId);
    await panel.waitForSelector('.quote-card.current');
    expect(await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.quoteId)).toBe(q.id);
    await panel.close();
    await page.close();
  });

  test('next / previous key quote (the shortcuts) step through the quotes in page order', async () => {
    const page = await s.open(SITES.techcrunch.url);
    const tabId = await s.tabIdOf(SITES.techcrunch.url);
    const panel = await s.panel(tabId);
    const step = (direction: 1 | -1) => panel.evaluate((m) => chrome.tabs.sendMessage(m.tabId, m.message), { tabId, message: { type: 'quote:step', direction } });
    const first = await step(1);
    const second = await step(1);
    const back = await step(-1);
    expect(first).not.toBe(second);
    expect(back).toBe(first);
    // The page has scrolled to the quote stepped to: it is in the viewport.
    const quote = KEY_QUOTES.find((k) => k.id === back)!;
    const rect = await page.evaluate((needle) => {
      for (const [name, h] of (globalThis as any).CSS.highlights as Map<string, Set<Range>>) {
        if (name === 'meta-context-quote-focus') continue;
        for (const r of h) if (r.toString().includes(needle)) return { top: r.getBoundingClientRect().top, height: window.innerHeight };
      }
      return null;
    }, quote.en.split(' ').slice(1, 4).join(' '));
    expect(rect!.top).toBeGreaterThanOrEqual(0);
    expect(rect!.top).toBeLessThan(rect!.height);
    await panel.close();
    await page.close();
  });

  test('a page that overwrote DOM and highlight APIs in its own world: quotes still painted, the page unharmed, no globals added', async () => {
    const page = await s.open(SITES.hostileApis.url);
    const before = await page.evaluate(() => Object.keys(window).sort());
    const tabId = await s.tabIdOf(SITES.hostileApis.url);
    const state = await s.tabState(tabId);
    expect(state.article?.edition).toBe('ko');
    expect(state.quotes).toHaveLength(KEY_QUOTES.length);
    expect(await page.getAttribute('html', 'data-fixture-page-ok')).toBe('true');
    // The registry is the page's too, but its methods are overwritten there: look at the screen instead.
    const box = await page.evaluate((needle) => {
      const walker = document.evaluate(`//text()[contains(., "${needle}")]`, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null);
      const el = (walker.singleNodeValue as Text).parentElement!;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }, KEY_QUOTES[0]!.ko!.slice(0, 8));
    const shot = await page.screenshot({ clip: box });
    expect(yellowShare(shot)).toBeGreaterThan(0.02);
    expect(await page.evaluate(() => Object.keys(window).sort())).toEqual(before);
    await page.close();
  });

  test('the extension itself requests nothing from the network', () => {
    expect(s.extensionRequests).toEqual([]);
    expect(s.refused).toEqual([]);
  });
});
