/**
 * The content script's lifecycle on real pages (Chromium): the extension's own toolbar is not a page change,
 * so many selections spend no rescans and a paragraph that loads later is still highlighted.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, waitFor, type ChromiumSession } from './support/chromium';
import { quoteHighlights, selectWithMouse } from './support/page';
import { SITES } from './support/sites';
import { KEY_QUOTES, skeleton } from './support/expectations';

let s: ChromiumSession;
beforeAll(async () => {
  s = await launchChromium();
});
afterAll(async () => {
  await s?.close();
});

const PASSAGES = ['메타는 최고 AI 기업들로부터 연구자와 엔지니어를 영입하고', '저커버그'];

describe('Chromium: the content script’s lifecycle', () => {
  test('thirty selections (the toolbar shown each time) bring no rescan; a paragraph added later is still highlighted', async () => {
    const page = await s.open(SITES.aimatters.url);
    await s.tabIdOf(SITES.aimatters.url);
    const toolbar = page.locator('[data-meta-context-toolbar]');
    for (let i = 0; i < 30; i++) {
      await selectWithMouse(page, PASSAGES[i % PASSAGES.length]!);
      await toolbar.getByRole('toolbar').waitFor({ timeout: 5000 }).catch(() => { throw new Error(`no toolbar at selection ${i}`); });
      await page.keyboard.press('Escape');
      await page.mouse.click(5, 5);
    }
    await page.waitForTimeout(1500);
    const scans = () =>
      page.evaluate(() => new Set(performance.getEntriesByName('meta-context:scan', 'measure').map((e) => (e as PerformanceMeasure).detail?.scan)).size);
    expect(await scans()).toBe(1);

    const late = KEY_QUOTES.find((q) => q.en.length > 60)!;
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = `Added later: “${text}”`;
      document.querySelector('article')!.append(p);
    }, late.en);
    const painted = await waitFor(async () => {
      const texts = (await quoteHighlights(page)).map(skeleton);
      return texts.some((t) => t.includes(skeleton(late.en).slice(5, -5))) ? texts : undefined;
    }, 'the late paragraph highlighted');
    expect(painted.length).toBeGreaterThan(0);
    expect(await scans()).toBe(2);
    await page.close();
  });
});
