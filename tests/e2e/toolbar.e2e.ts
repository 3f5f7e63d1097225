/**
 * The selection toolbar follows the reader's settings (Chromium): by default only on pages about the story (none
 * on an unrelated page, even with all-sites access), and in the reader's language (Korean once the panel is
 * switched to 한국어, though the browser speaks English).
 */
import fs from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, waitFor } from './support/chromium';
import { selectWithMouse } from './support/page';
import { CHROME_BUILD, withHostPermissions } from './support/extension';
import { readabilityUrls, SITES } from './support/sites';

const cnet = readabilityUrls().find((p) => p.name === 'cnet')!;
const chromeExt = withHostPermissions(CHROME_BUILD, ['<all_urls>']);
afterAll(() => fs.rmSync(chromeExt, { recursive: true, force: true }));

const toolbarButtons = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('[data-meta-context-toolbar]');
    return host ? [...host.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent) : null;
  });

describe('Chromium: the selection toolbar', () => {
  test('with all-sites access: none on an unrelated page, shown on a page quoting the article', async () => {
    const s = await launchChromium({ extension: chromeExt, sites: [{ url: cnet.url, file: 'readability/cnet.html' }] });
    try {
      // The all-sites content script is registered at start-up: load again until the page was scanned.
      const page = await waitFor(async () => {
        const p = await s.open(cnet.url);
        if ((await s.tabIdOf(cnet.url, 3000).catch(() => undefined)) !== undefined) return p;
        await p.close();
        return undefined;
      }, 'a scan of the unrelated page', 30_000);
      await selectWithMouse(page, 'Facebook CEO Mark Zuckerberg, the man with the acquisition plan');
      await page.waitForTimeout(800);
      expect(await toolbarButtons(page)).toBeNull();
      // Nor its keys.
      await page.keyboard.press('Alt+Shift+H');
      await page.waitForTimeout(500);
      expect(await toolbarButtons(page)).toBeNull();

      const blog = await s.open(SITES.blogElsewhere.url);
      await s.tabIdOf(SITES.blogElsewhere.url);
      await selectWithMouse(blog, '저커버그');
      expect(await waitFor(() => toolbarButtons(blog), 'the toolbar on the related page')).toEqual(['Look up', 'Highlight']);
    } finally {
      await s.close();
    }
  });

  test('in Korean once the panel is switched to 한국어 (the browser speaks English)', async () => {
    const s = await launchChromium({ locale: 'en-US' });
    try {
      const page = await s.open(SITES.aimatters.url);
      const tabId = await s.tabIdOf(SITES.aimatters.url);
      await selectWithMouse(page, '저커버그');
      expect(await waitFor(() => toolbarButtons(page), 'the toolbar')).toEqual(['Look up', 'Highlight']);
      // Its script (injected on the content script's request) left its maker in the isolated world, not the page's.
      expect(await page.evaluate(() => Object.keys(window).filter((k) => /metaContext/i.test(k)))).toEqual([]);
      await page.keyboard.press('Escape');
      const panel = await s.panel(tabId);
      await panel.getByRole('group', { name: 'Language' }).getByRole('button', { name: '한국어' }).click();
      await panel.getByRole('button', { name: '한국어', pressed: true }).waitFor();
      await page.bringToFront();
      await page.mouse.click(5, 5);
      await selectWithMouse(page, '저커버그');
      const buttons = await waitFor(async () => {
        const b = await toolbarButtons(page);
        return b && b[0] !== 'Look up' ? b : undefined;
      }, 'a Korean toolbar', 5000);
      expect(buttons).toEqual(['찾아보기', '형광펜']);
      await panel.close();
    } finally {
      await s.close();
    }
  });
});
