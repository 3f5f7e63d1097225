/**
 * The highlights library in Chromium: highlights made on two pages are both
 * listed; search filters them; Delete all then Undo gives them back; a colour
 * chosen in the toolbar shows in the page and in the library; its links open
 * the page at the highlight; axe finds nothing serious in either language,
 * light or dark.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, waitFor, type ChromiumSession } from './support/chromium';
import { highlights, selectWithMouse, userHighlights } from './support/page';
import { SITES } from './support/sites';
import { seriousViolations } from './support/axe';

declare const chrome: any;

let s: ChromiumSession;
beforeAll(async () => {
  s = await launchChromium();
});
afterAll(async () => {
  await s?.close();
});

const KO_PASSAGE = '메타는 최고 AI 기업들로부터 연구자와 엔지니어를 영입하고';
const EN_PASSAGE = 'Meta CEO Mark Zuckerberg published a letter';

async function library(): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/highlights.html`);
  await page.locator('.library').waitFor();
  return page;
}

const saved = (page: Page): Promise<any[]> => page.evaluate(() => chrome.runtime.sendMessage({ type: 'highlights:all' }));

async function highlightOn(url: string, passage: string, color?: string): Promise<Page> {
  const page = await s.open(url);
  await s.tabIdOf(url);
  await selectWithMouse(page, passage);
  const toolbar = page.locator('[data-meta-context-toolbar]');
  await toolbar.getByRole('button', { name: 'Highlight' }).click();
  // The screen reader hears that it was made and what it covers.
  await toolbar.getByRole('status').filter({ hasText: `Highlighted: “${passage}”` }).waitFor();
  if (color) {
    const group = toolbar.getByRole('group', { name: 'Highlight colour' });
    await group.getByRole('button', { name: color }).click();
    await toolbar.getByRole('status').filter({ hasText: `Colour: ${color}` }).waitFor();
    expect(await group.getByRole('button', { name: color }).getAttribute('aria-pressed')).toBe('true');
  }
  return page;
}

describe('Chromium: the highlights library', () => {
  test('two pages’ highlights listed; a toolbar colour in the page and the library; search; Delete all, then Undo', async () => {
    const ko = await highlightOn(SITES.aimatters.url, KO_PASSAGE, 'Blue');
    expect(await waitFor(async () => ((await highlights(ko))['meta-context-user-blue']?.length ? highlights(ko) : undefined), 'the blue highlight')).toMatchObject({
      'meta-context-user-blue': [KO_PASSAGE],
    });
    const en = await highlightOn(SITES.techcrunch.url, EN_PASSAGE);
    expect(await userHighlights(en)).toEqual([EN_PASSAGE]);

    const lib = await library();
    const before = await saved(lib);
    expect(before).toHaveLength(2);
    // Newest page first: the English page's highlight was made last.
    const headings = lib.getByRole('heading', { level: 2 });
    await waitFor(async () => ((await headings.count()) === 2 ? true : undefined), 'both pages listed');
    expect(await lib.locator('.library-page').evaluateAll((els) => els.map((e) => e.getAttribute('data-page-key')))).toEqual([SITES.techcrunch.url, SITES.aimatters.url]);
    expect(await lib.locator('.library-item blockquote').allTextContents()).toEqual([EN_PASSAGE, KO_PASSAGE]);
    const koItem = lib.locator('.library-item', { hasText: KO_PASSAGE });
    expect(await koItem.getByRole('combobox').inputValue()).toBe('blue');
    await expect(lib.getByRole('status').filter({ hasText: '2 highlights on 2 pages' }).count()).resolves.toBe(1);

    // Search: folded as the matching folds (case, spacing); in Korean too.
    const search = lib.getByRole('searchbox', { name: 'Search highlights, notes and page titles' });
    await search.fill('ZUCKERBERG   published');
    await lib.getByRole('status').filter({ hasText: '1 highlight on 1 page' }).waitFor();
    expect(await lib.locator('.library-item blockquote').allTextContents()).toEqual([EN_PASSAGE]);
    await search.fill('엔지니어');
    await waitFor(async () => ((await lib.locator('.library-item blockquote').allTextContents()).join() === KO_PASSAGE ? true : undefined), 'the Korean match');
    await lib.getByRole('button', { name: 'Clear search and filters' }).click();
    await lib.getByRole('status').filter({ hasText: '2 highlights on 2 pages' }).waitFor();

    // Delete all (from the keyboard), then Undo.
    await lib.getByRole('button', { name: 'Delete all', exact: true }).focus();
    await lib.keyboard.press('Enter');
    await lib.getByText('Deleted 2 highlights.').waitFor();
    await waitFor(async () => ((await saved(lib)).length === 0 ? true : undefined), 'the store emptied');
    await waitFor(async () => ((await userHighlights(ko)).length === 0 ? true : undefined), 'the page unpainted');
    await waitFor(async () => ((await lib.locator('.library-item').count()) === 0 ? true : undefined), 'the list emptied');
    // Focus is on Undo: Enter undoes.
    expect(await lib.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await lib.keyboard.press('Enter');
    await lib.getByText('Undone.').waitFor();
    await waitFor(async () => ((await lib.locator('.library-item').count()) === 2 ? true : undefined), 'both back in the list');
    const after = await saved(lib);
    expect([...after].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...before].sort((a, b) => a.id.localeCompare(b.id)));
    // Painted again, in its colour.
    await waitFor(async () => ((await highlights(ko))['meta-context-user-blue']?.[0] === KO_PASSAGE ? true : undefined), 'the blue highlight back in the page');

    // A highlight's link opens its page scrolled to it.
    const [opened] = await Promise.all([s.context.waitForEvent('page'), koItem.getByRole('link', { name: /^Open in the page/ }).click()]);
    await opened.waitForLoadState('load');
    expect(opened.url().startsWith(`${SITES.aimatters.url}#:~:text=`)).toBe(true);
    expect(await waitFor(() => opened.evaluate(() => (window.scrollY > 0 ? window.scrollY : undefined)), 'the page scrolled to the highlight')).toBeGreaterThan(0);
    await opened.close();
    await lib.close();
    await ko.close();
    await en.close();
  });

  test('the panel and the options page link to the library', async () => {
    const panel = await s.panel(-1);
    await panel.locator('.app').waitFor();
    expect(await panel.getByRole('link', { name: 'Your highlights: all pages' }).getAttribute('href')).toBe(`chrome-extension://${s.extensionId}/highlights.html`);
    await panel.goto(`chrome-extension://${s.extensionId}/options.html`);
    expect(await panel.getByRole('link', { name: 'Your highlights: all pages' }).getAttribute('href')).toBe(`chrome-extension://${s.extensionId}/highlights.html`);
    await panel.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'ko'] as const) {
      test(`axe finds no serious or critical violation in the library (${lang}, ${scheme})`, async () => {
        const lib = await library();
        await lib.emulateMedia({ colorScheme: scheme });
        await lib.evaluate((l) => chrome.storage.local.set({ settings: { uiLang: l } }), lang);
        await lib.reload();
        await lib.waitForFunction((l) => document.documentElement.lang === l && !!document.querySelector('.library-item'), lang);
        expect(await lib.locator('h1').textContent()).toBe(lang === 'ko' ? '내 형광펜' : 'Your highlights');
        expect(await seriousViolations(lib)).toEqual([]);
        await lib.evaluate(() => chrome.storage.local.remove('settings'));
        await lib.close();
      });
    }
  }
});
