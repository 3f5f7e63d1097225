import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { article, keyQuotes } from '../../lib/dataset/article';
import { pageKey } from '../../lib/annotations/page-key';
import { UserHighlight } from '../../lib/annotations/schema';
import { listHighlights } from '../../lib/annotations/store';
import { describeSpan } from '../../lib/annotations/text-anchor';
import {
  addFromSender,
  addSpanFromSender,
  highlightsForTab,
  importAndRepaint,
  listForSender,
  noteHighlight,
  placeForSender,
  removeAndRepaint,
  restoreAndRepaint,
  senderPage,
} from '../../lib/background/highlights';
import { orphansKey, saveReport } from '../../lib/background/tab-state';
import { updateSettings } from '../../lib/settings/store';
import type { ScanReport } from '../../lib/messages';
import { enEdition as en, koEdition as ko, koText } from './support/article-pages';

/** The Korean key quotes that are in the fixture's text (each long enough for fuzzy re-anchoring). */
const koQuotes = keyQuotes(article)
  .flatMap((q) => (q.ko ? [q.ko] : []))
  .filter((q) => koText.includes(q));

const TAB = 7;
/** A content script on the Korean edition, in tab TAB. */
const koSender = { url: ko.url, tab: { id: TAB, url: ko.url } };
const enSender = { url: en.url, tab: { id: 8, url: en.url } };

/** What the content script sends for a selection of `quote` in `text`. */
function addInput(text: string, quote: string, url = ko.url) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: quote not in the text: ${quote}`);
  return { url, title: article.title.ko, ...describeSpan(text, start, start + quote.length) };
}

type Sender = { url?: string; tab?: { id?: number; url?: string; incognito?: boolean } };

async function addOk(quote: string, text = koText, sender: Sender = koSender): Promise<UserHighlight> {
  const answer = await addFromSender(addInput(text, quote), sender);
  if (!answer.ok) throw new Error(`not saved: ${answer.reason}`);
  return answer.highlight;
}

function report(url: string): ScanReport {
  return { url, title: 'page', passedCheapCheck: true, article: null, reason: 'test', quotes: [], durationMs: 1 };
}

let tabMessages: Array<{ tabId: number; message: unknown }>;

beforeEach(() => {
  fakeBrowser.reset();
  // fakeBrowser leaves tabs.sendMessage unimplemented (it throws); record what is sent instead.
  tabMessages = [];
  fakeBrowser.tabs.sendMessage = vi.fn(async (tabId: number, message: unknown) => {
    tabMessages.push({ tabId, message });
    return undefined;
  }) as never;
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('fixture', () => {
  it('has several Korean key quotes in the Korean text, each of 20 or more characters', () => {
    expect(koQuotes.length).toBeGreaterThanOrEqual(3);
    for (const q of koQuotes.slice(0, 3)) expect(q.length).toBeGreaterThanOrEqual(20);
  });
});

describe('a content script speaks only for its own page', () => {
  it('the sender’s page is its frame’s URL (else its tab’s), without fragment or tracking parameters', () => {
    expect(senderPage({ url: `${ko.url}#top`, tab: { url: en.url } })).toBe(pageKey(ko.url));
    expect(senderPage({ tab: { url: `${ko.url}?utm_source=x` } })).toBe(pageKey(ko.url));
    expect(senderPage({})).toBeNull();
  });

  it('adds for its own page (also with a fragment or tracking parameters in the sender’s URL)', async () => {
    const h = await addOk(koQuotes[0]!, koText, { url: `${ko.url}?utm_campaign=x#p3`, tab: { id: TAB, url: ko.url } });
    expect(h.pageKey).toBe(pageKey(ko.url));
    expect(h.quote.exact).toBe(koQuotes[0]);
    expect(await listHighlights()).toEqual([h]);
  });

  it('refuses to add for another page, and saves nothing', async () => {
    expect(await addFromSender(addInput(koText, koQuotes[0]!), enSender)).toEqual({ ok: false, reason: 'invalid' });
    expect(await addFromSender(addInput(koText, koQuotes[0]!), {})).toEqual({ ok: false, reason: 'invalid' });
    expect(await addFromSender(addInput(koText, koQuotes[0]!, 'about:blank'), { url: 'about:blank' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await listHighlights()).toEqual([]);
  });

  it('lists only its own page’s highlights', async () => {
    const h = await addOk(koQuotes[0]!);
    expect(await listForSender(ko.url, koSender)).toEqual([h]);
    expect(await listForSender(`${ko.url}#frag`, koSender)).toEqual([h]);
    // Asking about the Korean page from another page, or about nothing, gives nothing.
    expect(await listForSender(ko.url, enSender)).toEqual([]);
    expect(await listForSender(en.url, enSender)).toEqual([]);
    expect(await listForSender('not a url', { url: 'not a url' })).toEqual([]);
  });

  it('places only for its own page, and records nothing for another', async () => {
    await addOk(koQuotes[0]!);
    expect(await placeForSender(ko.url, koText, enSender)).toEqual([]);
    expect(await placeForSender(ko.url, koText, { url: ko.url })).toEqual([]); // no tab: nowhere to note orphans
    const session = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(session).filter((k) => k.startsWith('orphans:'))).toEqual([]);
  });
});

describe('private windows', () => {
  const privateSender = { url: ko.url, tab: { id: TAB, url: ko.url, incognito: true } };

  it('a highlight from a private tab is refused with reason "private" by default', async () => {
    expect(await addFromSender(addInput(koText, koQuotes[0]!), privateSender)).toEqual({ ok: false, reason: 'private' });
    expect(await listHighlights()).toEqual([]);
  });

  it('is saved once the reader turns on saving from private windows', async () => {
    await updateSettings((s) => ({ ...s, savePrivate: true }));
    const answer = await addFromSender(addInput(koText, koQuotes[0]!), privateSender);
    expect(answer.ok).toBe(true);
    expect((await listHighlights()).map((h) => h.quote.exact)).toEqual([koQuotes[0]]);
  });

  it('a normal tab saves whatever the setting', async () => {
    await updateSettings((s) => ({ ...s, savePrivate: false }));
    expect((await addFromSender(addInput(koText, koQuotes[0]!), { ...koSender, tab: { ...koSender.tab, incognito: false } })).ok).toBe(true);
  });
});

describe('storage errors', () => {
  it('a quota error is reported as "full", and nothing is saved', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await addFromSender(addInput(koText, koQuotes[0]!), koSender)).toEqual({ ok: false, reason: 'full' });
    expect(await listHighlights()).toEqual([]);
    // The next save goes through.
    expect((await addFromSender(addInput(koText, koQuotes[0]!), koSender)).ok).toBe(true);
  });

  it('another storage error is reported as "error", not as "full"', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('Extension context invalidated.'));
    expect(await addFromSender(addInput(koText, koQuotes[0]!), koSender)).toEqual({ ok: false, reason: 'error' });
    expect(await listHighlights()).toEqual([]);
  });
});

describe('placing the page’s highlights, and its orphans', () => {
  /** The text with `quote` edited: one character in its middle replaced. */
  function editOne(text: string, quote: string): { text: string; edited: string } {
    const mid = Math.floor(quote.length / 2);
    const replacement = quote[mid] === '가' ? '나' : '가';
    const edited = quote.slice(0, mid) + replacement + quote.slice(mid + 1);
    return { text: text.replace(quote, edited), edited };
  }

  it('places exact and fuzzy matches, and notes the others as orphans for the tab', async () => {
    const [exactQ, fuzzyQ, goneQ] = koQuotes as [string, string, string];
    const exact = await addOk(exactQ);
    const fuzzy = await addOk(fuzzyQ);
    const gone = await addOk(goneQ);

    // The page again, changed: a paragraph added at the top, one quote edited, one removed.
    const { text: withEdit, edited } = editOne(koText, fuzzyQ);
    const changed = `새로 추가된 문단입니다.\n${withEdit.replace(goneQ, '')}`;
    expect(changed.includes(fuzzyQ)).toBe(false);
    expect(changed.includes(goneQ)).toBe(false);

    const placed = await placeForSender(ko.url, changed, koSender);
    const byId = new Map(placed.map((p) => [p.id, p]));
    expect([...byId.keys()].sort()).toEqual([exact.id, fuzzy.id].sort());
    const e = byId.get(exact.id)!;
    expect(changed.slice(e.start, e.end)).toBe(exactQ);
    const f = byId.get(fuzzy.id)!;
    expect(changed.slice(f.start, f.end)).toBe(edited);

    const session = await fakeBrowser.storage.session.get(orphansKey(TAB));
    expect(session[orphansKey(TAB)]).toEqual({ pageKey: pageKey(ko.url), ids: [gone.id] });

    // The panel asks about the tab: all three highlights, the removed one as an orphan (never dropped).
    await saveReport(TAB, report(ko.url));
    const forTab = await highlightsForTab(TAB);
    expect(forTab.pageKey).toBe(pageKey(ko.url));
    expect(forTab.highlights.map((h) => h.id)).toEqual([exact.id, fuzzy.id, gone.id]);
    expect(forTab.orphans).toEqual([gone.id]);
  });

  it('the unchanged page places every highlight at its recorded position and has no orphans', async () => {
    const saved = [];
    for (const q of koQuotes.slice(0, 3)) saved.push(await addOk(q));
    const placed = await placeForSender(ko.url, koText, koSender);
    expect(placed).toEqual(saved.map((h) => ({ id: h.id, color: h.color, start: h.position!.start, end: h.position!.end })));
    await saveReport(TAB, report(ko.url));
    expect((await highlightsForTab(TAB)).orphans).toEqual([]);
  });

  it('orphans noted for another page are not shown for the tab’s current page', async () => {
    const h = await addOk(koQuotes[0]!);
    await placeForSender(ko.url, 'a page without the quote', koSender);
    // The tab has since moved to the English article.
    await saveReport(TAB, report(en.url));
    expect(await highlightsForTab(TAB)).toEqual({ pageKey: pageKey(en.url), highlights: [], orphans: [] });
    // Back on the Korean page, the orphan is listed.
    await saveReport(TAB, report(`${ko.url}#again`));
    expect(await highlightsForTab(TAB)).toEqual({ pageKey: pageKey(ko.url), highlights: [h], orphans: [h.id] });
  });

  it('a tab with no known page has no highlights', async () => {
    await addOk(koQuotes[0]!);
    expect(await highlightsForTab(99)).toEqual({ pageKey: null, highlights: [], orphans: [] });
  });
});

describe('remove, restore, note', () => {
  it('remove then restore gives back the same highlight, and repaints the tabs showing the page', async () => {
    const a = await addOk(koQuotes[0]!);
    const b = await addOk(koQuotes[1]!);
    await saveReport(TAB, report(ko.url));
    await saveReport(8, report(en.url));
    tabMessages = [];

    const removed = await removeAndRepaint(a.id);
    expect(removed).toEqual(a);
    expect(await listHighlights()).toEqual([b]);
    expect(tabMessages).toEqual([{ tabId: TAB, message: { type: 'highlights:refresh' } }]);

    expect(await restoreAndRepaint(removed!)).toBe(true);
    const after = await listHighlights(pageKey(ko.url)!);
    expect(after.find((h) => h.id === a.id)).toEqual(a);
    expect(after).toHaveLength(2);
    expect(tabMessages).toHaveLength(2);
  });

  it('removing an unknown id changes nothing', async () => {
    const a = await addOk(koQuotes[0]!);
    expect(await removeAndRepaint('no-such-id')).toBeNull();
    expect(await listHighlights()).toEqual([a]);
  });

  it('a note is saved on the highlight', async () => {
    const a = await addOk(koQuotes[0]!);
    const noted = await noteHighlight(a.id, '다시 읽을 것');
    expect(noted).toMatchObject({ id: a.id, note: '다시 읽을 것' });
    expect((await listHighlights())[0]!.note).toBe('다시 읽을 것');
    expect(await noteHighlight('no-such-id', 'x')).toBeNull();
  });
});

describe('importAndRepaint', () => {
  it('counts new, unchanged and conflicting highlights; replaces conflicts only when asked', async () => {
    const saved = await addOk(koQuotes[0]!);
    const other = await addOk(koQuotes[1]!);
    const conflict: UserHighlight = { ...other, note: 'from the file' };
    const fresh = UserHighlight.parse({ ...saved, id: crypto.randomUUID(), quote: { ...saved.quote, exact: koQuotes[2]! }, position: undefined });

    const keep = await importAndRepaint([saved, conflict, fresh], false);
    expect(keep).toEqual({ added: 1, unchanged: 1, conflicts: 1, replaced: 0 });
    expect((await listHighlights()).find((h) => h.id === other.id)).toEqual(other);
    expect((await listHighlights()).find((h) => h.id === fresh.id)).toEqual(fresh);

    const replace = await importAndRepaint([saved, conflict, fresh], true);
    expect(replace).toEqual({ added: 0, unchanged: 2, conflicts: 1, replaced: 1 });
    expect((await listHighlights()).find((h) => h.id === other.id)).toEqual(conflict);
    expect(await listHighlights()).toHaveLength(3);
  });
});

describe('a selection sent as a span of the page’s text', () => {
  it('is saved with the W3C selectors made from it', async () => {
    const quote = koQuotes[0]!;
    const start = koText.indexOf(quote);
    const answer = await addSpanFromSender({ url: ko.url, title: 't', text: koText, start, end: start + quote.length }, koSender);
    expect(answer.ok && answer.highlight.quote.exact).toBe(quote);
    expect(answer.ok && answer.highlight.position).toEqual({ type: 'TextPositionSelector', start, end: start + quote.length });
  });

  it('an empty, reversed, out-of-bounds or overlong span is refused, and nothing is saved', async () => {
    for (const [start, end] of [[5, 5], [9, 3], [0, koText.length + 1], [0, 10_001]] as const) {
      const text = end > koText.length && end === 10_001 ? 'x'.repeat(20_000) : koText;
      expect(await addSpanFromSender({ url: ko.url, title: 't', text, start, end }, koSender)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await listHighlights()).toEqual([]);
  });
});

describe('a scan’s answer and a store still being read', () => {
  it('answers without the reader’s highlights while the read is under way (the page places them itself), and with them once it is known', async () => {
    vi.resetModules();
    // A fresh background: which pages have highlights is not known yet.
    const fresh = await import('../../lib/background/highlights');
    const saved = await addOk(koQuotes[0]!);
    vi.useFakeTimers();
    try {
      // A big store in a worker just started: its read takes a while.
      const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
      vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (...args: Parameters<typeof get>) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return get(...args);
      });
      const answer = { settled: false, value: undefined as unknown };
      void fresh.placeInScan(ko.url, koText, koSender).then((value) => Object.assign(answer, { settled: true, value }));
      await Promise.resolve();
      expect(answer).toEqual({ settled: true, value: undefined });
      // The read done (each of the store's reads took 300 ms), later scans place them in their answer.
      await vi.advanceTimersByTimeAsync(3000);
      const placing = fresh.placeInScan(ko.url, koText, koSender);
      await vi.advanceTimersByTimeAsync(3000);
      expect((await placing)?.map((p) => p.id)).toEqual([saved.id]);
    } finally {
      vi.useRealTimers();
    }
  });
});
