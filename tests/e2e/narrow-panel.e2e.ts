/**
 * The side panel at 320 px (Chromium's narrowest side panel): every section tab reachable without horizontal
 * scrolling, and no verification badge broken across lines, in English and Korean.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { SITES } from './support/sites';

declare const chrome: any;

let s: ChromiumSession;
beforeAll(async () => {
  s = await launchChromium();
});
afterAll(async () => {
  await s?.close();
});

describe('Chromium: the panel at 320 px', () => {
  test.each(['en', 'ko'] as const)('every tab within the panel, badges on one line (%s)', async (lang) => {
    const page = await s.open(SITES.aimatters.url);
    const tabId = await s.tabIdOf(SITES.aimatters.url);
    const panel = await s.context.newPage();
    await panel.setViewportSize({ width: 320, height: 700 });
    await panel.goto(`chrome-extension://${s.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.evaluate((uiLang) => chrome.storage.local.set({ settings: { uiLang } }), lang);
    await panel.reload();
    await panel.waitForSelector('.quotes.found [data-quote-id] .verification');
    const layout = await panel.evaluate(() => {
      const list = document.querySelector('[role="tablist"]')!;
      const tabs = [...list.querySelectorAll('[role="tab"]')].map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent, left: r.left, right: r.right };
      });
      const badges = [...document.querySelectorAll('.verification')].map((b) => ({ text: b.textContent, lines: new Set([...b.getClientRects()].map((r) => Math.round(r.top))).size }));
      return { tabs, badges, scroll: list.scrollWidth - list.clientWidth, page: document.documentElement.scrollWidth };
    });
    expect(layout.scroll).toBeLessThanOrEqual(0);
    expect(layout.page).toBeLessThanOrEqual(320);
    for (const t of layout.tabs) {
      expect(t.left, t.text!).toBeGreaterThanOrEqual(0);
      expect(t.right, t.text!).toBeLessThanOrEqual(320);
    }
    expect(layout.badges.length).toBeGreaterThan(0);
    for (const b of layout.badges) expect(b.lines, b.text!).toBe(1);
    await panel.evaluate(() => chrome.storage.local.clear());
    await panel.close();
    await page.close();
  });
});
