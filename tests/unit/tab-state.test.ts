import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { article, keyQuotes } from '../../lib/dataset/article';
import { forgetTab, getTabState, quoteCount, saveReport } from '../../lib/background/tab-state';
import { isReadableTab } from '../../lib/background/readable-tab';
import { emptyTabState, TabState, type ScanReport } from '../../lib/messages';

const ko = article.editions.find((e) => e.lang === 'ko')!;
const keys = keyQuotes(article);

function koReport(): ScanReport {
  return {
    url: ko.url,
    title: ko.headline ?? article.title.ko,
    passedCheapCheck: true,
    article: { id: article.id, edition: 'ko' },
    reason: 'Korean edition',
    quotes: keys.filter((q) => q.ko !== null).map((q) => ({ id: q.id, lang: 'ko' as const, text: q.ko!, exact: true })),
    durationMs: 8,
  };
}

describe('tab state in storage.session', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useRealTimers();
  });

  it('fakeBrowser provides storage.session (the module relies on it)', () => {
    expect(typeof browser.storage.session.get).toBe('function');
  });

  it('saveReport then getTabState returns what was saved', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-08-01T10:00:00Z'));
    const report = koReport();
    const saved = await saveReport(7, report);
    vi.useRealTimers();
    const state = await getTabState(7);
    expect(state).toEqual(saved);
    expect(state).toEqual({
      tabId: 7,
      status: 'scanned',
      url: report.url,
      title: report.title,
      article: report.article,
      quotes: report.quotes,
      relation: null,
      reason: report.reason,
      scannedAt: new Date('2025-08-01T10:00:00Z').getTime(),
    });
    expect(TabState.safeParse(state).success).toBe(true);
  });

  it('keeps tabs apart, and a tab never seen is not scanned', async () => {
    await saveReport(1, koReport());
    await saveReport(2, { ...koReport(), article: null, quotes: [], reason: 'not the article' });
    expect((await getTabState(1)).quotes.length).toBe(koReport().quotes.length);
    expect((await getTabState(2)).article).toBeNull();
    expect(await getTabState(3)).toEqual(emptyTabState(3));
  });

  it('a later report replaces the earlier one', async () => {
    await saveReport(4, koReport());
    await saveReport(4, { ...koReport(), quotes: [] });
    expect((await getTabState(4)).quotes).toEqual([]);
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['an object of the wrong shape', { tabId: 9, status: 'scanned' }],
    ['quotes of the wrong type', { ...emptyTabState(9), status: 'scanned', quotes: 'all of them' }],
    ['an unknown status', { ...emptyTabState(9), status: 'exploded' }],
  ])('corrupted stored data (%s) gives the empty state, not an error', async (_label, value) => {
    await browser.storage.session.set({ 'tab:9': value });
    await expect(getTabState(9)).resolves.toEqual(emptyTabState(9));
  });

  it('forgetTab removes the tab state', async () => {
    await saveReport(5, koReport());
    await saveReport(6, koReport());
    await forgetTab(5);
    expect(await getTabState(5)).toEqual(emptyTabState(5));
    expect((await getTabState(6)).status).toBe('scanned');
    // Forgetting an unknown tab is harmless.
    await expect(forgetTab(1234)).resolves.toBeUndefined();
  });

  it('rejects a report that does not fit the schema instead of storing it', async () => {
    const bad = { ...koReport(), quotes: [{ id: keys[0]!.id, lang: 'ko' as const, text: 'x'.repeat(2001), exact: true }] };
    await expect(saveReport(8, bad)).rejects.toThrow();
    expect(await getTabState(8)).toEqual(emptyTabState(8));
  });
});

describe('quoteCount', () => {
  it('counts distinct quote ids', () => {
    const [a, b] = keys;
    expect(quoteCount({ quotes: [] })).toBe(0);
    expect(
      quoteCount({
        quotes: [
          { id: a!.id, lang: 'en', text: a!.en, exact: true },
          { id: a!.id, lang: 'ko', text: a!.ko ?? a!.en, exact: true },
          { id: b!.id, lang: 'en', text: b!.en, exact: true },
          { id: a!.id, lang: 'en', text: a!.en, exact: true },
        ],
      }),
    ).toBe(2);
    expect(quoteCount({ quotes: koReport().quotes })).toBe(new Set(keys.filter((q) => q.ko !== null).map((q) => q.id)).size);
  });
});

describe('isReadableTab', () => {
  it('a web page (or one whose URL the extension may not see) can be read; a closed tab or a browser page cannot', () => {
    expect(isReadableTab({ url: 'https://aimatters.co.kr/news-report/ai-news/27841' })).toBe(true);
    expect(isReadableTab({ url: 'file:///home/reader/saved.html' })).toBe(true);
    expect(isReadableTab({})).toBe(true);
    expect(isReadableTab(undefined)).toBe(false);
    for (const url of ['chrome://newtab/', 'about:addons', 'chrome-extension://abc/sidepanel.html', 'moz-extension://x/y', 'view-source:https://a.b/']) {
      expect(isReadableTab({ url }), url).toBe(false);
    }
  });
});
