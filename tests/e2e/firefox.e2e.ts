import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { waitFor } from './support/chromium';
import { quoteHighlights, rectOf, yellowShare } from './support/page';
import { SITES } from './support/sites';
import { KEY_QUOTES, quotesAmong } from './support/expectations';

let s: FirefoxSession;

beforeAll(async () => {
  s = await launchFirefox();
});
afterAll(async () => {
  await s?.close();
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

  test('no request was refused: the extension asked the network for nothing', () => {
    expect(s.refused).toEqual([]);
  });
});
