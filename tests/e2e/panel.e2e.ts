/**
 * The side panel in Chromium, pinned to a tab (`sidepanel.html?tabId=N`):
 * what a reader sees in each section, in both languages, light and dark, and
 * what its settings do to the page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, waitFor, type ChromiumSession } from './support/chromium';
import { seriousViolations } from './support/axe';
import { highlights, quoteHighlights } from './support/page';
import { SITES } from './support/sites';
import { KEY_QUOTES, skeleton } from './support/expectations';
import timeline from '../../lib/dataset/data/timeline.json';
import glossary from '../../lib/dataset/data/glossary.json';

declare const chrome: any;

let s: ChromiumSession;
beforeAll(async () => {
  s = await launchChromium();
});
afterAll(async () => {
  await s?.close();
});

/** The Korean edition in a tab, and the panel pinned to it, rendered. */
async function koreanEditionWithPanel(): Promise<{ page: Page; panel: Page; tabId: number }> {
  const page = await s.open(SITES.aimatters.url);
  const tabId = await s.tabIdOf(SITES.aimatters.url);
  const panel = await s.panel(tabId);
  await panel.waitForSelector('.quotes.found [data-quote-id]');
  return { page, panel, tabId };
}

async function resetSettings(panel: Page): Promise<void> {
  await panel.evaluate(() => chrome.storage.local.clear());
}

const tab = (panel: Page, name: RegExp | string) => panel.getByRole('tab', { name });

describe('Chromium: the side panel', () => {
  test('lists the quotes found on the Korean edition, each with its English original and Korean translation', async () => {
    const { page, panel } = await koreanEditionWithPanel();
    const cards = await panel.$$eval('.quotes.found .quote-card', (els) =>
      els.map((el) => ({
        id: el.getAttribute('data-quote-id'),
        en: el.querySelector('blockquote[lang="en"]')?.textContent ?? '',
        ko: el.querySelector('blockquote[lang="ko"]')?.textContent ?? '',
      })),
    );
    expect(cards.map((c) => c.id).sort()).toEqual(KEY_QUOTES.map((q) => q.id).sort());
    for (const card of cards) {
      const q = KEY_QUOTES.find((k) => k.id === card.id)!;
      expect(skeleton(card.en)).toContain(skeleton(q.en));
      expect(skeleton(card.ko)).toContain(skeleton(q.ko!));
    }
    expect(await panel.textContent('[role="status"]')).toMatch(/Korean edition/);
    await panel.close();
    await page.close();
  });

  test('the timeline, the glossary and “Is Llama open source?” render, reached by keyboard from the tabs', async () => {
    const { page, panel } = await koreanEditionWithPanel();
    await tab(panel, 'This page').focus();
    await panel.keyboard.press('ArrowRight');
    await panel.waitForSelector('.lookup input[type="search"]');
    await panel.keyboard.press('ArrowRight');
    await panel.waitForSelector('.timeline [data-event-id]');
    expect(await panel.$$eval('.timeline [data-event-id]', (els) => els.map((e) => e.getAttribute('data-event-id')))).toEqual(
      expect.arrayContaining(timeline.map((e) => e.id)),
    );
    expect(await panel.locator('.timeline').textContent()).toContain('this article');
    await panel.keyboard.press('ArrowRight');
    await panel.waitForSelector('.glossary article');
    const names = await panel.$$eval('.glossary article h3', (els) => els.map((e) => e.textContent ?? ''));
    for (const entry of glossary) expect(names.some((n) => n.includes(entry.name.en))).toBe(true);
    // Look something up by its Korean name.
    await panel.getByRole('searchbox').fill('저커버그');
    await waitFor(async () => ((await panel.$$('.glossary article')).length === 1 ? true : undefined), 'one glossary entry');
    expect(await panel.textContent('.glossary article h3')).toContain('Mark Zuckerberg');
    await panel.keyboard.press('Shift+Tab');
    await tab(panel, 'Glossary').focus();
    await panel.keyboard.press('End');
    await panel.waitForSelector('.open-source article');
    expect(await panel.locator('.open-source').textContent()).toContain('700');
    expect(await panel.textContent('.open-source .context-as-of')).toBe('Context as of June 2026');
    expect(await panel.$$eval('.open-source-group > h3', (els) => els.length)).toBe(5);
    await panel.close();
    await page.close();
  });

  test('the language switch turns the panel Korean, and the choice is remembered', async () => {
    const { page, panel, tabId } = await koreanEditionWithPanel();
    await panel.getByRole('button', { name: '한국어' }).click();
    await panel.waitForFunction(() => document.documentElement.lang === 'ko');
    expect(await panel.textContent('h1')).toBe('메타 컨텍스트');
    expect(await panel.textContent('[role="status"]')).toMatch(/한국어판/);
    // The quotes keep both languages whatever the UI language.
    expect(await panel.$$eval('.quotes.found blockquote[lang="en"]', (els) => els.length)).toBe(KEY_QUOTES.length);
    await tab(panel, '연표').click();
    await panel.waitForSelector('.timeline [data-event-id]');
    expect(await panel.locator('.timeline').textContent()).toContain(timeline[3]!.title.ko);
    expect(await panel.textContent('.timeline .context-as-of')).toBe('맥락 기준: 2026년 6월');
    const again = await s.panel(tabId);
    await again.waitForFunction(() => document.querySelector('h1')?.textContent === '메타 컨텍스트');
    await resetSettings(again);
    await again.waitForFunction(() => document.querySelector('h1')?.textContent === 'Meta Context');
    await again.close();
    await panel.close();
    await page.close();
  });

  test('settings behind the gear: highlighting off clears the page, on paints it again, high contrast changes the colours', async () => {
    const { page, panel } = await koreanEditionWithPanel();
    expect((await quoteHighlights(page)).length).toBeGreaterThan(0);
    await panel.getByRole('button', { name: 'Settings' }).click();
    const highlighting = panel.getByRole('checkbox', { name: /Highlight the article/ });
    await highlighting.uncheck();
    await waitFor(async () => ((await quoteHighlights(page)).length === 0 ? true : undefined), 'the highlights to go');
    await highlighting.check();
    await waitFor(async () => ((await quoteHighlights(page)).length > 0 ? true : undefined), 'the highlights to come back');
    await panel.getByRole('checkbox', { name: /spokesperson/ }).uncheck();
    await panel.getByRole('radio', { name: /High contrast/ }).check();
    const names = await waitFor(async () => {
      const n = Object.keys(await highlights(page)).filter((k) => k.startsWith('meta-context-quote'));
      return n.length > 0 && n.every((k) => k.endsWith('-contrast')) ? n : undefined;
    }, 'high-contrast highlights');
    expect(names).toEqual(['meta-context-quote-zuckerberg-contrast']);
    await resetSettings(panel);
    await waitFor(async () => ((await highlights(page))['meta-context-quote-spokesperson'] ? true : undefined), 'the defaults again');
    await panel.close();
    await page.close();
  });

  test('the options page holds the same settings, and the panel follows a change made there', async () => {
    const { page, panel } = await koreanEditionWithPanel();
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await options.getByRole('radio', { name: '한국어' }).check();
    await panel.waitForFunction(() => document.documentElement.lang === 'ko');
    await options.waitForFunction(() => document.querySelector('h1')?.textContent === '설정');
    await resetSettings(options);
    await options.close();
    await panel.close();
    await page.close();
  });

  test('a tab the extension cannot read: a plain explanation and the article’s context, no error', async () => {
    const panel = await s.panel(987654);
    await panel.waitForSelector('.quotes [data-quote-id]');
    expect(await panel.textContent('[role="status"]')).toMatch(/cannot read this tab/);
    await tab(panel, 'Timeline').click();
    await panel.waitForSelector('.timeline [data-event-id]');
    await panel.close();
  });

  test('“copy link to this quote” makes a link that opens the page scrolled to the quote', async () => {
    const { page, panel } = await koreanEditionWithPanel();
    // Catch what is written to the clipboard (permissions cannot be granted to an extension origin here).
    await panel.evaluate(() => {
      navigator.clipboard.writeText = async (text: string) => void ((globalThis as any).__copied = text);
    });
    const last = KEY_QUOTES[KEY_QUOTES.length - 1]!;
    await panel.locator(`.quote-card[data-quote-id="${last.id}"]`).getByRole('button', { name: 'Copy link to this quote' }).click();
    await panel.getByText('Link copied').waitFor();
    const url: string = await panel.evaluate(() => (globalThis as any).__copied);
    expect(url.startsWith(`${SITES.aimatters.url}#:~:text=`)).toBe(true);
    const linked = await s.open(url);
    const scrolled = await waitFor(() => linked.evaluate(() => (window.scrollY > 0 ? window.scrollY : undefined)), 'the page to scroll to the quote');
    expect(scrolled).toBeGreaterThan(0);
    await linked.close();
    await panel.close();
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'ko'] as const) {
      test(`axe finds no serious or critical violation in any section (${lang}, ${scheme})`, async () => {
        const { page, panel } = await koreanEditionWithPanel();
        await panel.emulateMedia({ colorScheme: scheme });
        if (lang === 'ko') {
          await panel.getByRole('button', { name: '한국어' }).click();
          await panel.waitForFunction(() => document.documentElement.lang === 'ko');
        }
        const findings: Record<string, unknown> = {};
        for (const [i, section] of ['page', 'lookup', 'timeline', 'glossary', 'open-source'].entries()) {
          await panel.locator('[role="tab"]').nth(i).click();
          await panel.waitForSelector(`#panel-${section} section`);
          findings[section] = await seriousViolations(panel);
        }
        await panel.getByRole('button', { name: lang === 'ko' ? '설정' : 'Settings' }).click();
        await panel.waitForSelector('.settings .site-access');
        findings.settings = await seriousViolations(panel);
        expect(findings).toEqual({ page: [], lookup: [], timeline: [], glossary: [], 'open-source': [], settings: [] });
        await resetSettings(panel);
        await panel.close();
        await page.close();
      });
    }
  }
});
