/**
 * While reading (Chromium): select text with the mouse, "Highlight" it, find
 * it painted and listed again after a reload; "Look up" a selected word in the
 * panel; export the highlights and import them back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, waitFor, type ChromiumSession } from './support/chromium';
import { selectWithMouse, userHighlights } from './support/page';
import { SITES } from './support/sites';

declare const chrome: any;

let s: ChromiumSession;
beforeAll(async () => {
  s = await launchChromium();
});
afterAll(async () => {
  await s?.close();
});

const PASSAGE = '메타는 최고 AI 기업들로부터 연구자와 엔지니어를 영입하고';

async function savedHighlights(): Promise<any[]> {
  const panel = await s.panel(-1);
  try {
    return await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'highlights:all' }));
  } finally {
    await panel.close();
  }
}

describe('Chromium: the reader’s own highlights and look-up', () => {
  test('select, Highlight: painted at once, saved with W3C selectors, painted and listed again after a reload', async () => {
    const page = await s.open(SITES.aimatters.url);
    const tabId = await s.tabIdOf(SITES.aimatters.url);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    await selectWithMouse(page, PASSAGE);
    const toolbar = page.locator('[data-meta-context-toolbar]');
    await toolbar.getByRole('toolbar', { name: 'Meta Context' }).waitFor();
    await toolbar.getByRole('button', { name: 'Highlight' }).click();
    await toolbar.getByText('Highlighted').waitFor();
    expect(await userHighlights(page)).toEqual([PASSAGE]);

    const [saved] = await savedHighlights();
    expect(saved.quote).toMatchObject({ type: 'TextQuoteSelector', exact: PASSAGE });
    expect(saved.quote.prefix.length).toBeGreaterThan(0);
    expect(saved.position.end - saved.position.start).toBe(PASSAGE.length);
    expect(saved.pageKey).toBe(SITES.aimatters.url);

    // Escape dismisses the toolbar; the page's own DOM is as it was.
    await page.keyboard.press('Escape');
    await waitFor(async () => ((await toolbar.count()) === 0 ? true : undefined), 'the toolbar to go');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(html);

    await page.reload({ waitUntil: 'load' });
    const again = await waitFor(async () => {
      const texts = await userHighlights(page);
      return texts.length > 0 ? texts : undefined;
    }, 'the highlight painted after the reload');
    expect(again).toEqual([PASSAGE]);

    const panel = await s.panel(tabId);
    const item = panel.locator('.my-highlights li');
    await item.first().waitFor();
    expect(await item.count()).toBe(1);
    expect(await item.locator('blockquote').textContent()).toBe(PASSAGE);
    await panel.close();
    await page.close();
  });

  test('no toolbar for a selection in a form field', async () => {
    const page = await s.open(SITES.aimatters.url);
    await s.tabIdOf(SITES.aimatters.url);
    await page.evaluate(() => {
      const input = document.createElement('textarea');
      input.value = 'Zuckerberg superintelligence';
      input.id = 'probe';
      document.body.prepend(input);
    });
    await page.locator('#probe').selectText();
    await page.mouse.up();
    await page.waitForTimeout(300);
    expect(await page.locator('[data-meta-context-toolbar]').count()).toBe(0);
    await page.close();
  });

  test('select 베히모스, Look up: the panel shows Llama 4 Behemoth', async () => {
    const page = await s.open(SITES.aimatters.url);
    const tabId = await s.tabIdOf(SITES.aimatters.url);
    const panel = await s.panel(tabId);
    await panel.waitForSelector('.quote-card');
    await selectWithMouse(page, '베히모스');
    await page.locator('[data-meta-context-toolbar]').getByRole('button', { name: 'Look up' }).click();
    await panel.waitForSelector('.lookup');
    expect(await panel.getByRole('searchbox').inputValue()).toBe('베히모스');
    expect(await panel.locator('.lookup').textContent()).toContain('Llama 4 Behemoth');
    await panel.close();
    await page.close();
  });

  test('export as W3C Web Annotations, then import into an empty store: the same highlights', async () => {
    const page = await s.open(SITES.aimatters.url);
    const tabId = await s.tabIdOf(SITES.aimatters.url);
    await selectWithMouse(page, '새로운 데이터센터를 구축하는 데');
    await page.locator('[data-meta-context-toolbar]').getByRole('button', { name: 'Highlight' }).click();
    await page.locator('[data-meta-context-toolbar]').getByText('Highlighted').waitFor();
    const before = await savedHighlights();
    expect(before.length).toBeGreaterThan(0);
    const panel = await s.panel(tabId);
    await panel.waitForSelector('.transfer');
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: /^Export as W3C Web Annotations/ }).click()]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'meta-context-export-')), download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(exported.type).toBe('AnnotationCollection');
    expect(exported.total).toBe(before.length);

    // A malformed file is refused, and nothing saved changes.
    const broken = `${file}.broken.json`;
    fs.writeFileSync(broken, fs.readFileSync(file, 'utf8').slice(0, 200));
    await panel.locator('input[type="file"]').setInputFiles(broken);
    await panel.getByRole('alert').filter({ hasText: 'not imported' }).waitFor();
    expect(await savedHighlights()).toEqual(before);

    await panel.evaluate(() => chrome.storage.local.remove('highlights'));
    expect(await savedHighlights()).toEqual([]);
    await panel.locator('input[type="file"]').setInputFiles(file);
    await panel.getByRole('button', { name: 'Import the new ones' }).click();
    await panel.getByText(`Imported ${before.length}`).waitFor();
    expect(await savedHighlights()).toEqual(before);
    // The page paints them again.
    await waitFor(async () => ((await userHighlights(page)).length === before.length ? true : undefined), 'the imported highlights painted');
    await panel.close();
    await page.close();
  });
});
