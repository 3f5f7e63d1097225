/**
 * Following the story across the web (issue 12), in Chromium and Firefox: on each story page, after the reader's
 * "Scan this page", the relation in the tab state, the badge, and which highlights are registered in the page's
 * CSS.highlights (key quotes, renderings, altered quotes, the known misquote); hard negatives get nothing. The
 * panel's This page says how a coverage page relates to the story, with its reasons.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { waitFor } from './support/chromium';
import { quoteKinds, scanWhole, settledNames, STORY_CASES, STORY_SITES, storyUrl } from './support/story';

declare const chrome: any;

const COVERAGE_SENTENCE = /^This page reports the same story in its own words: names Zuckerberg, personal superintelligence, open source, (Meta’s spokesperson|TechCrunch|Llama)/;

describe('Chromium: the story across the web', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium({ sites: STORY_SITES });
  });
  afterAll(async () => {
    await s?.close();
  });

  const request = (tabId: number) =>
    s.panel(tabId).then(async (panel) => {
      try {
        return await panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'scan:request', tabId: id }), tabId);
      } finally {
        await panel.close();
      }
    });

  test.each(STORY_CASES.map((c) => [c.what, c] as const))('%s', async (_what, c) => {
    const url = storyUrl(c.file);
    const page = await s.open(url);
    const { tabId, state } = await scanWhole(s, url, request);
    expect(state.relation === null ? null : { kind: state.relation.kind, ...(state.relation.edition ? { edition: state.relation.edition } : {}) }).toEqual(c.relation);
    expect(quoteKinds(state)).toEqual(c.quotes);
    expect(await settledNames(page, c.names)).toEqual(c.names);
    expect(await s.badge(tabId)).toBe(c.badge);
    await page.close();
  });

  test('the panel’s This page says a coverage page reports the same story, and why', async () => {
    const url = storyUrl('story-ko-own-translation.html');
    const page = await s.open(url);
    const { tabId } = await scanWhole(s, url, request);
    const panel = await s.panel(tabId);
    const sentence = panel.locator('.relation');
    await sentence.waitFor();
    expect(await sentence.textContent()).toMatch(COVERAGE_SENTENCE);
    await panel.close();
    await page.close();
  });
});

describe('Firefox: the story across the web', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox({ sites: STORY_SITES });
  });
  afterAll(async () => {
    await s?.close();
  });

  const request = async (tabId: number) => {
    const sidebar = await s.panel(tabId);
    try {
      return await sidebar.evaluate((id) => (globalThis as any).browser.runtime.sendMessage({ type: 'scan:request', tabId: id }), tabId);
    } finally {
      await sidebar.close();
    }
  };

  test.each(STORY_CASES.map((c) => [c.what, c] as const))('%s', async (_what, c) => {
    const url = storyUrl(c.file);
    const page = await s.open(url);
    const { tabId, state } = await scanWhole(s, url, request);
    expect(state.relation === null ? null : { kind: state.relation.kind, ...(state.relation.edition ? { edition: state.relation.edition } : {}) }).toEqual(c.relation);
    expect(quoteKinds(state)).toEqual(c.quotes);
    expect(await settledNames(page, c.names)).toEqual(c.names);
    expect(await s.badge(tabId)).toBe(c.badge);
    await page.close();
  });

  test('the sidebar’s This page says a coverage page reports the same story, and why', async () => {
    const url = storyUrl('story-ko-own-translation.html');
    const page = await s.open(url);
    const { tabId } = await scanWhole(s, url, request);
    const sidebar = await s.panel(tabId);
    const text = await waitFor(() => sidebar.$eval('.relation', (e) => e.textContent).catch(() => undefined), 'This page’s relation sentence');
    expect(text).toMatch(COVERAGE_SENTENCE);
    await sidebar.close();
    await page.close();
  });
});
