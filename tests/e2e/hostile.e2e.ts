/**
 * The hostile-page battery: pages built to break, fool or slow down the
 * extension, each run in Chromium and in Firefox with the built extension.
 *
 * For every page: the extension reports on it without a page error, posts no
 * message to the page, changes none of its DOM (CSS highlights leave it as it
 * was), causes no Content-Security-Policy violation, and the page's own
 * script gives the result it gives without the extension. Then each case
 * checks what it is about. Then two attacks on the content script itself (a
 * page faking WXT's restart signal; a second copy of the script injected),
 * and last, per browser: every request made while the battery ran was
 * recorded, and none came from the extension.
 *
 * Out of scope, and asserted as such: article text inside shadow roots and
 * iframes (README, "Hostile pages").
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium, waitFor, type ChromiumSession } from './support/chromium';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { startRecorder } from './support/recorder';
import { GECKO_ID } from './support/extension';
import { quoteHighlights, rectOf, yellowShare } from './support/page';
import { SITES, type Site } from './support/sites';
import { KEY_QUOTES, quotesAmong } from './support/expectations';

/** What the battery needs of a page, in either driver. */
interface AnyPage {
  evaluate(fn: any, arg?: any): Promise<any>;
  click(selector: string): Promise<void>;
  close(): Promise<void>;
  mouse: {
    click(x: number, y: number): Promise<void>;
    move(x: number, y: number, options?: { steps?: number }): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
  };
  keyboard: { type(text: string): Promise<void> };
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<unknown>;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
  scrollX: number;
  scrollY: number;
}

interface Driver {
  name: 'Chromium' | 'Firefox';
  /** The extension's id (browser.runtime.id): public for an installed extension. */
  extensionId: string;
  /** A tab at `url`, with the probe installed and the page's errors collected. */
  open(url: string): Promise<{ page: AnyPage; errors: string[] }>;
  tabIdOf(url: string, timeoutMs?: number): Promise<number>;
  tabState(tabId: number): Promise<any>;
  panel(tabId: number): Promise<AnyPage>;
  /** A screenshot of a viewport rectangle (as rectOf gives it). */
  shot(page: AnyPage, rect: Rect): Promise<Buffer>;
  /** Every recorded request that could be the extension's (the browser's own service traffic left out). */
  recorded(): string[];
  /**
   * Make the extension's own contexts send requests (fetch, WebSocket) to `url`'s host;
   * returns what the recorder should then show.
   */
  control(url: string): Promise<string[]>;
  close(): Promise<void>;
}

interface Probe {
  /** Mutation records since DOMContentLoaded (the page's own data-fixture-* attributes left out). */
  mutations: string[];
  /** `message` events the page received. */
  messages: string[];
  /** Content-Security-Policy violations reported to the page. */
  violations: string[];
}

/**
 * Runs in the page's world before its own scripts: counts DOM changes after
 * the page was parsed, the messages posted to the page, and CSP violations.
 */
function installProbe(): void {
  const probe = { mutations: [] as string[], messages: [] as string[], violations: [] as string[] };
  Object.defineProperty(window, '__hostileProbe', { value: probe });
  const Observer = MutationObserver;
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      new Observer((records) => {
        for (const r of records) {
          if (r.type === 'attributes' && r.attributeName?.startsWith('data-fixture')) continue;
          probe.mutations.push(`${r.type} ${r.target.nodeName}${r.attributeName ? `[${r.attributeName}]` : ''}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    { once: true },
  );
  window.addEventListener('message', (e) => probe.messages.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data)));
  document.addEventListener('securitypolicyviolation', (e) => probe.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
}

/** A console message or page error that is the extension's. */
const EXTENSION_TRACE = /meta-context|chrome-extension:|moz-extension:/i;

interface ConsoleLike {
  type(): string;
  text(): string;
  location(): { url?: string };
}

function collectErrors(page: { on(event: string, fn: (x: any) => void): unknown }, errors: string[]): void {
  page.on('console', (m: ConsoleLike) => {
    if (!/^(error|warn|warning|assert)$/.test(m.type())) return;
    const where = m.location()?.url ?? '';
    if (EXTENSION_TRACE.test(m.text()) || EXTENSION_TRACE.test(where)) errors.push(`console.${m.type()}: ${m.text()} (${where})`);
  });
  // The fixtures' own scripts throw nothing: every uncaught error counts, but for Firefox reporting
  // the browser's own favicon request blocked by a page's Content-Security-Policy.
  page.on('pageerror', (e: Error) => {
    if (/Content-Security-Policy.*\/favicon\.ico/.test(e.message)) return;
    errors.push(`page error: ${e.message}\n${e.stack ?? ''}`);
  });
}

/** The browsers' own services (updates, sign-in, remote settings), which they contact on their own once pointed at the recorder. */
const CHROMIUM_OWN_HOST = /(^|\.)(google\.com|googleapis\.com|gvt1\.com)$/;
const FIREFOX_OWN_HOST = /(^|\.)(mozilla\.com|mozilla\.org|mozilla\.net)$/;
const hostOf = (entry: string) => {
  const target = entry.split(' ')[1] ?? '';
  try {
    return target.includes('://') ? new URL(target).hostname : target.replace(/:\d+$/, '');
  } catch {
    return target;
  }
};
const FAKE_WEB_HOSTS = new Set(Object.values(SITES).map((s) => new URL(s.url).hostname));

async function chromiumDriver(): Promise<Driver> {
  const recorder = await startRecorder();
  let s: ChromiumSession;
  try {
    s = await launchChromium({ proxy: recorder.url });
  } catch (error) {
    await recorder.close();
    throw error;
  }
  return {
    name: 'Chromium',
    extensionId: s.extensionId,
    async open(url) {
      const errors: string[] = [];
      const page = await s.open(url, async (p) => {
        collectErrors(p, errors);
        await p.addInitScript(installProbe);
      });
      return { page: page as unknown as AnyPage, errors };
    },
    tabIdOf: (url, timeoutMs) => s.tabIdOf(url, timeoutMs),
    tabState: (tabId) => s.tabState(tabId),
    async panel(tabId) {
      const panel = await s.panel(tabId);
      await panel.waitForSelector('.app');
      return panel as unknown as AnyPage;
    },
    async shot(page, r) {
      return (page as unknown as PlaywrightPage).screenshot({ clip: { x: r.x, y: r.y, width: Math.min(r.width, 300), height: r.height } });
    },
    recorded() {
      // Chromium preconnects to the hosts of pages it opens (the requests themselves are answered by
      // the fake web); requests by the extension to any host are in extensionRequests or refused.
      const proxied = recorder.requests.filter((r) => {
        const host = hostOf(r);
        return !CHROMIUM_OWN_HOST.test(host) && !(r.startsWith('CONNECT ') && FAKE_WEB_HOSTS.has(host));
      });
      return [...s.extensionRequests.map((u) => `extension ${u}`), ...s.refused.map((u) => `refused ${u}`), ...proxied.map((r) => `proxy ${r}`)];
    },
    async control(url) {
      await s.currentWorker().evaluate(async (u: string) => {
        await fetch(`${u}/worker`).catch(() => undefined);
        const ws = new WebSocket(`${u.replace(/^http/, 'ws')}/worker-socket`);
        await new Promise((r) => ((ws.onerror = r), (ws.onclose = r), setTimeout(r, 2000)));
      }, url);
      const panel = await s.panel();
      await panel.evaluate((u: string) => fetch(`${u}/panel`).catch(() => undefined), url);
      await panel.close();
      const host = new URL(url).host;
      return [`extension ${url}/worker`, `extension ${url}/panel`, `refused ${url}/worker`, `proxy CONNECT ${host}:443`];
    },
    async close() {
      await s?.close();
      await recorder.close();
    },
  };
}

async function firefoxDriver(): Promise<Driver> {
  const recorder = await startRecorder();
  let s: FirefoxSession;
  try {
    s = await launchFirefox({
      // Everything the test's interception does not answer (the background page, extension pages) goes to the recorder.
      prefs: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': recorder.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': recorder.port,
        'network.proxy.share_proxy_settings': true,
      },
    });
  } catch (error) {
    await recorder.close();
    throw error;
  }
  return {
    name: 'Firefox',
    extensionId: GECKO_ID,
    async open(url) {
      const errors: string[] = [];
      const page = await s.open(url, async (p) => {
        collectErrors(p as never, errors);
        await p.evaluateOnNewDocument(installProbe);
      });
      return { page: page as unknown as AnyPage, errors };
    },
    tabIdOf: (url, timeoutMs) => s.tabIdOf(url, timeoutMs),
    tabState: (tabId) => s.tabState(tabId),
    panel: async (tabId) => (await s.panel(tabId)) as unknown as AnyPage,
    async shot(page, r) {
      // Firefox (BiDi) clips in document coordinates.
      const png = await (page as unknown as PuppeteerPage).screenshot({
        clip: { x: r.x + r.scrollX, y: r.y + r.scrollY, width: Math.min(r.width, 300), height: r.height },
      });
      return Buffer.from(png);
    },
    recorded() {
      return [...s.refused.map((u) => `refused ${u}`), ...recorder.requests.filter((r) => !FIREFOX_OWN_HOST.test(hostOf(r))).map((r) => `proxy ${r}`)];
    },
    async control(url) {
      const panel = await s.panel();
      await panel.evaluate(async (u: string) => {
        await fetch(`${u}/panel`).catch(() => undefined);
        const ws = new WebSocket(`${u.replace(/^http/, 'ws')}/panel-socket`);
        await new Promise((r) => ((ws.onerror = r), (ws.onclose = r), setTimeout(r, 2000)));
      }, url);
      await panel.close();
      // Extension pages are not intercepted in Firefox: their requests reach the recorder.
      return [`proxy CONNECT ${new URL(url).host}:443`];
    },
    async close() {
      await s?.close();
      await recorder.close();
    },
  };
}

interface Context {
  d: Driver;
  page: AnyPage;
  url: string;
  tabId: number;
  state: any;
}

interface Case {
  name: string;
  site: Site;
  /** What the page's own script writes to data-fixture-result (the same with or without the extension). */
  result?: string;
  /** The page changes its own DOM after it was parsed. */
  mutates?: boolean;
  /** The scan report may take this long (a big or busy page). */
  reportTimeoutMs?: number;
  check(c: Context): Promise<void>;
}

const ALL_IDS = KEY_QUOTES.map((q) => q.id).sort();
const ids = (state: any): string[] => state.quotes.map((q: { id: string }) => q.id).sort();
const quote = (id: string) => KEY_QUOTES.find((q) => q.id === id)!;

/** No flag set by a payload, in the page's world or an extension page's. */
const pwned = (page: AnyPage) => page.evaluate(() => (window as any).__pwned ?? null);

/**
 * How long the extension kept the page waiting. The page's own timer ticks every 10 ms
 * (window.__ticks: their times); for each gap between two ticks while the extension was scanning,
 * the time its scan steps (measures) took inside that gap. A busy machine and the page's own
 * rendering of a big document stretch the gaps as well: only the extension's share counts.
 */
function waiting(page: AnyPage): Promise<{ ticksDuringScan: number; longestGap: number; longestExtensionStretch: number; scans: number }> {
  return page.evaluate(() => {
    const ticks = (window as any).__ticks as number[];
    const measures = performance.getEntriesByName('meta-context:scan', 'measure').map((e) => ({
      scan: (e as PerformanceMeasure).detail?.scan as number,
      start: e.startTime,
      end: e.startTime + e.duration,
    }));
    const from = Math.min(...measures.map((m) => m.start));
    const to = Math.max(...measures.map((m) => m.end));
    let ticksDuringScan = 0;
    let longestGap = 0;
    let longestExtensionStretch = 0;
    for (let i = 0; i + 1 < ticks.length; i++) {
      const a = ticks[i]!;
      const b = ticks[i + 1]!;
      if (a >= from && a <= to) ticksDuringScan++;
      if (b < from || a > to) continue;
      longestGap = Math.max(longestGap, b - a);
      let busy = 0;
      for (const m of measures) busy += Math.max(0, Math.min(b, m.end) - Math.max(a, m.start));
      longestExtensionStretch = Math.max(longestExtensionStretch, busy);
    }
    return { ticksDuringScan, longestGap, longestExtensionStretch, scans: new Set(measures.map((m) => m.scan)).size };
  });
}

/** Paint check: the first key quote's highlight is yellow on screen. */
async function paintedOnScreen(c: Context, lang: 'en' | 'ko'): Promise<number> {
  const q = KEY_QUOTES[0]!;
  const needle = lang === 'ko' ? q.ko!.slice(0, 6) : q.en.split(' ').slice(2, 6).join(' ');
  const rect = await waitFor(() => rectOf(c.page, needle), 'the first quote highlight');
  return yellowShare(await c.d.shot(c.page, rect));
}

const CASES: Case[] = [
  {
    name: 'markup-looking strings in the title, around and inside quotes, and in a selection: nothing runs, in the page or the panel',
    site: SITES.hostileMarkup,
    result: 'paragraphs:18,links:9',
    async check(c) {
      expect(ids(c.state)).toEqual(ALL_IDS);
      // The reported text of q9 and q10 carries the page's markup-like characters: as text.
      expect(c.state.quotes.find((q: any) => q.id === 'q10-spokesperson-mix').text).toContain('<svg onload=p()>');
      expect(await c.page.evaluate(() => document.title)).toContain(`<img src=x onerror="window.__pwned='title-img'">`);
      // A reader selects a payload and the first quote (mouse drag), then clicks a highlighted quote.
      const from = await c.page.evaluate(() => {
        const p = document.querySelector('p.payload')!;
        p.scrollIntoView({ block: 'start' });
        const r = p.getBoundingClientRect();
        return { x: r.x + 2, y: r.y + r.height / 2 };
      });
      const to = (await rectOf(c.page, quote('q1-letter-benefits').ko!.slice(0, 6)))!;
      await c.page.mouse.move(from.x, from.y);
      await c.page.mouse.down();
      await c.page.mouse.move(to.x + to.width, to.y + to.height / 2, { steps: 5 });
      await c.page.mouse.up();
      expect(await c.page.evaluate(() => String(getSelection()))).toContain("window.__pwned='p1-script'");
      await c.page.evaluate(() => getSelection()?.removeAllRanges());
      const q9 = (await rectOf(c.page, '우리 입장은'))!;
      await c.page.mouse.click(q9.x + q9.width / 2, q9.y + q9.height / 2);
      if (c.d.name === 'Firefox') {
        // Firefox shows the quote's card in the page: the dataset's text, nothing of the page's.
        await c.page.waitForSelector('[data-meta-context-popover]');
        const card = await c.page.evaluate(() => {
          const root = document.querySelector('[data-meta-context-popover]')!.shadowRoot!;
          return { text: root.textContent ?? '', foreign: root.querySelectorAll('img, svg, script, iframe, a[href^="javascript:"]').length };
        });
        expect(card.foreign).toBe(0);
        expect(card.text).toContain(quote('q9-spokesperson-unchanged').en);
        expect(card.text).not.toContain('<');
      }
      expect(await pwned(c.page)).toBeNull();
      // The panel pinned to this tab: the quotes' cards, and nothing from the page as markup.
      const panel = await c.d.panel(c.tabId);
      await panel.waitForSelector('.quotes.found [data-quote-id]');
      const found = await panel.evaluate(() => {
        const origin = location.origin;
        const all = [...document.querySelectorAll('*')];
        return {
          cards: document.querySelectorAll('.quotes.found [data-quote-id]').length,
          images: document.querySelectorAll('img, iframe, object, embed').length,
          foreignScripts: [...document.querySelectorAll('script')].filter((s) => !s.src.startsWith(origin)).length,
          handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.nodeName}[${a.name}]`)),
          svgFromPage: [...document.querySelectorAll('svg')].filter((s) => s.outerHTML.includes('onload')).length,
          pwned: (window as any).__pwned ?? null,
          pageMarkup: document.body.innerHTML.includes('onerror') || document.body.innerHTML.includes('<svg onload'),
        };
      });
      expect(found).toEqual({ cards: KEY_QUOTES.length, images: 0, foreignScripts: 0, handlers: [], svgFromPage: 0, pwned: null, pageMarkup: false });
      await panel.close();
      expect(await pwned(c.page)).toBeNull();
    },
  },
  {
    name: "a strict Content-Security-Policy (default-src 'none'; style-src 'none'): the quotes are painted",
    site: SITES.hostileCsp,
    result: 'paragraphs:9',
    async check(c) {
      expect(c.state.article?.edition).toBe('ko');
      expect(ids(c.state)).toEqual(ALL_IDS);
      expect(await paintedOnScreen(c, 'ko')).toBeGreaterThan(0.3);
    },
  },
  {
    name: 'a page whose scripts overwrote DOM and highlight APIs: the quotes are found and painted, the page unharmed',
    site: SITES.hostileApis,
    async check(c) {
      expect(c.state.article?.edition).toBe('ko');
      expect(ids(c.state)).toEqual(ALL_IDS);
      expect(await c.page.evaluate(() => document.documentElement.getAttribute('data-fixture-page-ok'))).toBe('true');
      // The page's CSS.highlights methods are overwritten: look at the screen.
      const box = await c.page.evaluate((needle: string) => {
        const found = document.evaluate(`//text()[contains(., "${needle}")]`, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null);
        const el = (found.singleNodeValue as Text).parentElement!;
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height, scrollX: window.scrollX, scrollY: window.scrollY };
      }, KEY_QUOTES[0]!.ko!.slice(0, 8));
      expect(yellowShare(await c.d.shot(c.page, { ...box, width: box.width }))).toBeGreaterThan(0.02);
    },
  },
  {
    name: 'a 10 MB page: scanned, every key quote found, the page kept ticking while the extension worked',
    site: SITES.hostileBig,
    reportTimeoutMs: 120_000,
    async check(c) {
      expect(c.state.article?.edition).toBe('ko');
      expect(ids(c.state)).toEqual(ALL_IDS);
      expect(quotesAmong(await quoteHighlights(c.page), 'ko').sort()).toEqual(ALL_IDS);
      const w = await waiting(c.page);
      // The scan ran in slices, and the page's timer ran between them.
      expect(w.ticksDuringScan).toBeGreaterThan(1);
      // A responsiveness check, not a benchmark: the extension never held the page for a stretch a reader would feel.
      expect(w.longestExtensionStretch).toBeLessThan(250);
    },
  },
  {
    name: 'the article 5,000 elements deep: found, no stack overflow',
    site: SITES.hostileDeep,
    result: 'depth:5001',
    async check(c) {
      expect(c.state.article?.edition).toBe('ko');
      expect(ids(c.state)).toEqual(ALL_IDS);
      expect(quotesAmong(await quoteHighlights(c.page), 'ko').sort()).toEqual(ALL_IDS);
    },
  },
  {
    name: 'a page that mutates every 10 ms for 10 s: a bounded number of scans, the page kept ticking',
    site: SITES.hostileStorm,
    mutates: true,
    async check(c) {
      await c.page.waitForSelector('html[data-fixture-done]', { timeout: 40_000 });
      expect(ids(await c.d.tabState(c.tabId))).toEqual(ALL_IDS);
      const w = await waiting(c.page);
      const ticks = await c.page.evaluate(() => Number(document.documentElement.dataset.fixtureTicks));
      // About 1,000 mutation batches: debounced, capped and backing off, they cause a handful of scans.
      expect(ticks).toBeGreaterThan(300);
      expect(w.scans).toBeGreaterThanOrEqual(1);
      expect(w.scans).toBeLessThanOrEqual(10);
      expect(w.longestExtensionStretch).toBeLessThan(250);
    },
  },
  {
    name: 'article text in an open shadow root and a same-origin iframe: out of scope, left alone; the page’s own text still found',
    site: SITES.hostileShadow,
    result: 'shadow-paragraphs:4',
    async check(c) {
      // Paragraph 1 (q1, q2) is in the page; q3–q5 are in the shadow root, q8–q10 in the iframe.
      expect(ids(c.state)).toEqual(['q1-letter-benefits', 'q2-letter-safety-open-source']);
      expect(c.state.article).toBeNull();
      const where = await c.page.evaluate(() => {
        const registry = (CSS as any).highlights as Map<string, Set<Range>>;
        const roots = [...registry.values()].flatMap((h) => [...h].map((r) => (r.startContainer.getRootNode() === document ? 'document' : 'elsewhere')));
        const frame = (document.getElementById('frame') as HTMLIFrameElement).contentWindow as any;
        return { roots: [...new Set(roots)], frameHighlights: frame.CSS.highlights.size, frameText: frame.document.body.textContent.length > 0 };
      });
      expect(where).toEqual({ roots: ['document'], frameHighlights: 0, frameText: true });
    },
  },
  {
    name: 'contenteditable areas and form fields holding quotes: left untouched, nothing painted inside fields, typing works',
    site: SITES.hostileEditable,
    result: 'fields:2',
    async check(c) {
      // q1, q2 are in the contenteditable area (painted, without a DOM change); q4 in a textarea, q5 in an input: not page text.
      expect(ids(c.state)).toEqual(ALL_IDS.filter((id) => id !== 'q4-podcast-qualitative-change' && id !== 'q5-releasing-llama-revenue'));
      const fields = await c.page.evaluate(() => {
        const registry = (CSS as any).highlights as Map<string, Set<Range>>;
        const inField = [...registry.values()].flatMap((h) => [...h]).filter((r) => r.startContainer.parentElement?.closest('textarea, input')).length;
        const inEditable = [...registry.values()].flatMap((h) => [...h]).filter((r) => r.startContainer.parentElement?.closest('[contenteditable]')).length;
        const area = document.getElementById('area') as HTMLTextAreaElement;
        const field = document.getElementById('field') as HTMLInputElement;
        return { inField, inEditable: inEditable > 0, area: area.value === area.defaultValue, field: field.value === field.defaultValue };
      });
      expect(fields).toEqual({ inField: 0, inEditable: true, area: true, field: true });
      // The page's own behaviour: typing reaches the field and the page's input listener.
      await c.page.click('#area');
      await c.page.evaluate(() => {
        const area = document.getElementById('area') as HTMLTextAreaElement;
        area.setSelectionRange(area.value.length, area.value.length);
      });
      await c.page.keyboard.type('abc');
      expect(await c.page.evaluate(() => [(document.getElementById('area') as HTMLTextAreaElement).value.slice(-3), document.documentElement.dataset.fixtureTyped])).toEqual(['abc', '3']);
    },
  },
  {
    name: 'the Korean edition served as text/plain: scanned, no crash',
    site: SITES.hostilePlain,
    async check(c) {
      expect(await c.page.evaluate(() => document.contentType)).toBe('text/plain');
      expect(c.state.article?.edition).toBe('ko');
      expect(ids(c.state)).toEqual(ALL_IDS);
    },
  },
  {
    name: 'the Korean edition as XHTML (application/xhtml+xml): every key quote found and painted',
    site: SITES.hostileXhtml,
    result: 'paragraphs:9',
    async check(c) {
      expect(await c.page.evaluate(() => document.contentType)).toBe('application/xhtml+xml');
      expect(c.state.article?.edition).toBe('ko');
      expect(ids(c.state)).toEqual(ALL_IDS);
      expect(quotesAmong(await quoteHighlights(c.page), 'ko').sort()).toEqual(ALL_IDS);
    },
  },
];

const DRIVERS = [
  ['Chromium', chromiumDriver],
  ['Firefox', firefoxDriver],
] as const;

for (const [name, launch] of DRIVERS) {
  describe(`${name}: hostile pages`, () => {
    let d: Driver;
    beforeAll(async () => {
      d = await launch();
    });
    afterAll(async () => {
      await d?.close();
    });

    test.each(CASES)('$name', async (c) => {
      const { page, errors } = await d.open(c.site.url);
      try {
        const tabId = await d.tabIdOf(c.site.url, c.reportTimeoutMs);
        const state = await d.tabState(tabId);
        // Checked once the scan has reported (its highlights painted), before the case acts on the page.
        const probe = (await page.evaluate(() => (window as any).__hostileProbe)) as Probe;
        expect(probe.messages).toEqual([]);
        // (The browser's own favicon request is the page's policy at work, not the extension.)
        expect(probe.violations.filter((v) => !v.endsWith('/favicon.ico'))).toEqual([]);
        if (!c.mutates) expect(probe.mutations).toEqual([]);
        if (c.result) expect(await page.evaluate(() => document.documentElement.getAttribute('data-fixture-result'))).toBe(c.result);
        await c.check({ d, page, url: c.site.url, tabId, state });
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }, 200_000);

    test("a page that dispatches WXT's restart signal (named after the extension's public id) does not switch the extension off", async () => {
      const { page, errors } = await d.open(SITES.aimatters.url);
      try {
        await d.tabIdOf(SITES.aimatters.url);
        const painted = await waitFor(async () => ((await quoteHighlights(page)).length > 0 ? quoteHighlights(page) : undefined), 'highlights');
        const measures = () => page.evaluate(() => performance.getEntriesByName('meta-context:scan', 'measure').length);
        const before = await measures();
        // The page's script, as WXT's newer copy of a content script would announce itself.
        await page.evaluate((name: string) => {
          document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'from-the-page' } }));
          document.querySelector('main, body')!.append(Object.assign(document.createElement('p'), { textContent: '페이지가 덧붙인 문단' }));
        }, `${d.extensionId}:content:wxt:content-script-started`);
        // Still running: the highlights stay, and the page's change is followed by a scan.
        await waitFor(async () => ((await measures()) > before ? true : undefined), 'a rescan after the page changed');
        expect(await quoteHighlights(page)).toEqual(painted);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });

    test('a second copy of the content script injected into the page (the toolbar while the page loads) stops the first: one copy follows the page', async () => {
      const { page, errors } = await d.open(SITES.aimatters.url);
      try {
        const tabId = await d.tabIdOf(SITES.aimatters.url);
        const measures = () => page.evaluate(() => performance.getEntriesByName('meta-context:scan', 'measure').length);
        // One scan of this page is a few measures (the cheap check, one slice, the hand-over, the mapping).
        const perScan = await waitFor(async () => (await measures()) || undefined, 'the first scan');
        const panel = await d.panel(tabId);
        await panel.evaluate((id: number) => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          return api.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] });
        }, tabId);
        await panel.close();
        await waitFor(async () => ((await measures()) === 2 * perScan ? true : undefined), 'the second copy’s scan');
        await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: '페이지가 덧붙인 문단' })));
        await waitFor(async () => ((await measures()) >= 3 * perScan ? true : undefined), 'a rescan after the page changed');
        await new Promise((r) => setTimeout(r, 1500));
        // Had the first copy kept running, the change would have been scanned twice.
        expect(await measures()).toBe(3 * perScan);
        expect(quotesAmong(await quoteHighlights(page), 'ko').sort()).toEqual(ALL_IDS);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });

    test('network silence: while it worked on these pages and its panel was open, the extension requested nothing', async () => {
      // Two more pages, and the panel on each, through every section.
      for (const site of [SITES.aimatters, SITES.techcrunch]) {
        const { page } = await d.open(site.url);
        const tabId = await d.tabIdOf(site.url);
        const panel = await d.panel(tabId);
        await panel.waitForSelector('.quotes.found [data-quote-id]');
        const tabs = await panel.evaluate(() => document.querySelectorAll('[role="tab"]').length);
        for (let i = 0; i < tabs; i++) {
          await panel.evaluate((n: number) => (document.querySelectorAll('[role="tab"]')[n] as HTMLElement).click(), i);
          await panel.waitForSelector('[role="tabpanel"]');
        }
        await new Promise((r) => setTimeout(r, 500));
        await panel.close();
        await page.close();
      }
      expect(d.recorded()).toEqual([]);
      // The recorder sees what the extension's contexts would send (the control must show up, or the silence proves nothing).
      const control = 'https://network-control.invalid';
      const expected = await d.control(control);
      await waitFor(async () => (expected.every((e) => d.recorded().includes(e)) ? true : undefined), 'the control requests to be recorded', 10_000);
      expect(d.recorded().every((r) => r.includes('network-control.invalid'))).toBe(true);
    });
  });
}
