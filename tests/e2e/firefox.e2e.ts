import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clickInShadow, launchFirefox, type FirefoxSession } from './support/firefox';
import { waitFor } from './support/chromium';
import { quoteHighlights, rectOf, selectWithMouse, userHighlights, yellowShare } from './support/page';
import { SITES } from './support/sites';
import { KEY_QUOTES, quotesAmong, skeleton } from './support/expectations';
import { seriousViolations } from './support/axe';
import timeline from '../../lib/dataset/data/timeline.json';

let s: FirefoxSession;

beforeAll(async () => {
  s = await launchFirefox();
});
afterAll(async () => {
  await s?.close();
});

describe('Firefox: installing the extension', () => {
  test('scans the tabs already open on the article’s homes', async () => {
    const fresh = await launchFirefox({ installLater: true });
    try {
      const page = await fresh.open(SITES.aimatters.url);
      await fresh.install();
      const tabId = await fresh.tabIdOf(SITES.aimatters.url);
      const state = await fresh.tabState(tabId);
      expect(state.article?.edition).toBe('ko');
      expect(state.quotes).toHaveLength(KEY_QUOTES.length);
      await page.close();
    } finally {
      await fresh.close();
    }
  });
});

describe('Firefox: the built extension', () => {
  test('its background starts and its sidebar page renders', async () => {
    const panel = await s.panel();
    expect(await panel.$eval('h1', (h) => h.textContent)).toMatch(/Meta Context/);
    await panel.close();
  });

  test('the Korean edition on AI Matters: detected as ko, all key quotes painted, badge', async () => {
    const page = await s.open(SITES.aimatters.url);
    const tabId = await s.tabIdOf(SITES.aimatters.url);
    const state = await s.tabState(tabId);
    expect(state.article).toEqual({ id: 'zuckerberg-superintelligence-2025', edition: 'ko' });
    expect(state.quotes).toHaveLength(KEY_QUOTES.length);
    const painted = await waitFor(async () => {
      const texts = await quoteHighlights(page);
      return texts.length > 0 ? texts : undefined;
    }, 'highlights in the page');
    expect(quotesAmong(painted, 'ko').sort()).toEqual(KEY_QUOTES.map((q) => q.id).sort());
    expect(await s.badge(tabId)).toBe(String(KEY_QUOTES.length));
    await page.close();
  });

  test('the English original: detected as en, the highlight is painted on screen', async () => {
    const page = await s.open(SITES.techcrunch.url);
    const tabId = await s.tabIdOf(SITES.techcrunch.url);
    expect((await s.tabState(tabId)).article?.edition).toBe('en');
    const rect = await waitFor(() => rectOf(page, KEY_QUOTES[0]!.en.split(' ').slice(2, 6).join(' ')), 'the first quote highlight');
    const shot = await page.screenshot({ clip: { x: rect.x + rect.scrollX, y: rect.y + rect.scrollY, width: Math.min(rect.width, 300), height: rect.height } });
    expect(yellowShare(Buffer.from(shot))).toBeGreaterThan(0.3);
    await page.close();
  });

  test('the Korean edition on Daum (NFD Hangul, soft hyphen, split quote) under a strict CSP page too', async () => {
    for (const site of [SITES.daum, SITES.strictCsp]) {
      const page = await s.open(site.url);
      const tabId = await s.tabIdOf(site.url);
      const state = await s.tabState(tabId);
      expect(state.article?.edition).toBe('ko');
      expect(state.quotes).toHaveLength(KEY_QUOTES.length);
      await page.close();
    }
  });

  test('an unrelated page on a known home: nothing highlighted', async () => {
    const page = await s.open(SITES.unrelatedOnHome.url);
    const tabId = await s.tabIdOf(SITES.unrelatedOnHome.url);
    const state = await s.tabState(tabId);
    expect(state.article).toBeNull();
    expect(state.quotes).toEqual([]);
    expect(await s.badge(tabId)).toBe('');
    await page.close();
  });

  test('"Scan this page" reads a page whole: a newsletter quoting Meta\u2019s spokesperson without naming the story gets its quotes', async () => {
    const page = await s.open(SITES.unnamedOnHome.url);
    const tabId = await s.tabIdOf(SITES.unnamedOnHome.url);
    expect((await s.tabState(tabId)).quotes).toEqual([]);
    const sidebar = await s.panel(tabId);
    expect(await sidebar.evaluate((id) => (globalThis as any).browser.runtime.sendMessage({ type: 'scan:request', tabId: id }), tabId)).toBe(true);
    await sidebar.close();
    const state = await waitFor(async () => {
      const st = await s.tabState(tabId);
      return st.quotes.length > 0 ? st : undefined;
    }, 'the scan the reader asked for');
    expect(state.article).toBeNull();
    expect(state.quotes.map((q: { id: string }) => q.id.split('-')[0]).sort()).toEqual(['q10', 'q9']);
    expect(await quoteHighlights(page)).toHaveLength(2);
    await page.close();
  });

  test('clicking a highlighted quote shows its card in the page (Firefox opens no sidebar from a page click)', async () => {
    const page = await s.open(SITES.techcrunch.url);
    await s.tabIdOf(SITES.techcrunch.url);
    const q = KEY_QUOTES.find((k) => k.speakerId === 'meta-spokesperson')!;
    const rect = await waitFor(() => rectOf(page, q.en.split(' ').slice(1, 4).join(' ')), 'the quote highlight');
    await page.mouse.click(rect.x + 5, rect.y + rect.height / 2);
    await page.waitForSelector('[data-meta-context-popover]');
    const card = await page.evaluate(() => {
      const root = document.querySelector('[data-meta-context-popover]')!.shadowRoot!;
      const dialog = root.querySelector('[role="dialog"]')!;
      return { label: dialog.getAttribute('aria-label'), text: dialog.textContent ?? '' };
    });
    expect(card.label).toBe('Context for this quote');
    expect(card.text).toContain('Meta spokesperson');
    expect(card.text).toContain(q.en);
    expect(card.text).toContain(q.ko!);
    expect(card.text).toMatch(/Partly verified|Verified|Reported by secondary sources|Unverified/);
    expect(card.text).toContain('Alt+Shift+M');
    // Escape closes it, and nothing of it stays in the page.
    await page.keyboard.press('Escape');
    expect(await page.$('[data-meta-context-popover]')).toBeNull();
    await page.close();
  });

  test('no request was refused: the extension asked the network for nothing', () => {
    expect(s.refused).toEqual([]);
  });

  test('the sidebar pinned to the Korean edition: quotes in both languages, timeline, glossary, language switch, no serious axe finding', async () => {
    const page = await s.open(SITES.aimatters.url);
    const tabId = await s.tabIdOf(SITES.aimatters.url);
    const panel = await s.panel(tabId);
    await panel.waitForSelector('.quotes.found [data-quote-id]');
    const cards = await panel.$$eval('.quotes.found .quote-card', (els) =>
      els.map((el) => [el.getAttribute('data-quote-id'), el.querySelector('blockquote[lang="en"]')?.textContent ?? '', el.querySelector('blockquote[lang="ko"]')?.textContent ?? '']),
    );
    expect(cards.map(([id]) => id).sort()).toEqual(KEY_QUOTES.map((q) => q.id).sort());
    for (const [id, en, ko] of cards) {
      const q = KEY_QUOTES.find((k) => k.id === id)!;
      expect(skeleton(en!)).toContain(skeleton(q.en));
      expect(skeleton(ko!)).toContain(skeleton(q.ko!));
    }
    const findings: Record<string, unknown> = { page: await seriousViolations(panel) };
    const tabs = await panel.$$('[role="tab"]');
    await tabs[2]!.click();
    await panel.waitForSelector('.timeline [data-event-id]');
    expect(await panel.$$eval('.timeline [data-event-id]', (els) => els.length)).toBe(timeline.length);
    findings.timeline = await seriousViolations(panel);
    await tabs[3]!.click();
    await panel.waitForSelector('.glossary article');
    findings.glossary = await seriousViolations(panel);
    // The language switch, remembered by the next sidebar.
    await (await panel.$('button[lang="ko"]'))!.click();
    await panel.waitForFunction(() => document.documentElement.lang === 'ko');
    expect(await panel.$eval('.timeline, .glossary', (el) => el.querySelector('h2')?.textContent)).toBe('용어집');
    findings.glossaryKo = await seriousViolations(panel);
    const again = await s.panel(tabId);
    await again.waitForFunction(() => document.querySelector('h1')?.textContent === '메타 컨텍스트');
    await again.evaluate(() => (globalThis as any).browser.storage.local.clear());
    await again.close();
    expect(findings).toEqual({ page: [], timeline: [], glossary: [], glossaryKo: [] });
    await panel.close();
    await page.close();
  });

  test('select, Highlight: painted, and painted again after a reload; Look up answers in a card in the page', async () => {
    const page = await s.open(SITES.aimatters.url);
    await s.tabIdOf(SITES.aimatters.url);
    const passage = '새로운 데이터센터를 구축하는 데 수십억 달러를 투자했다';
    await selectWithMouse(page, passage);
    await clickInShadow(page, '[data-meta-context-toolbar]', 'Highlight');
    expect(await waitFor(async () => ((await userHighlights(page)).length > 0 ? userHighlights(page) : undefined), 'the highlight')).toEqual([passage]);
    await page.reload({ waitUntil: 'load' });
    expect(await waitFor(async () => ((await userHighlights(page)).length > 0 ? userHighlights(page) : undefined), 'the highlight after a reload')).toEqual([passage]);

    await selectWithMouse(page, '베히모스');
    await clickInShadow(page, '[data-meta-context-toolbar]', 'Look up');
    const card = await waitFor(
      () => page.evaluate(() => document.querySelector('[data-meta-context-lookup]')?.shadowRoot?.textContent ?? undefined),
      'the look-up card',
    );
    expect(card).toContain('Llama 4 Behemoth');
    // The toolbar's script (injected on request) left its maker in the content scripts' sandbox, not the page's.
    expect(await page.evaluate(() => Object.keys(window).filter((k) => /metaContext/i.test(k)))).toEqual([]);
    await page.keyboard.press('Escape');
    await page.close();
  });
});
