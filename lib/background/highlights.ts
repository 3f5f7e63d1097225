/**
 * The background's side of the reader's highlights: the store's one writer. A content script may ask only
 * about its own page; private windows stay out unless allowed; tabs showing a page hear of its changes.
 */
import { browser } from 'wxt/browser';
import { pageKey } from '../annotations/page-key';
import { anchorFuzzy } from '../annotations/fuzzy-anchor';
import { anchorExact, describeSpan } from '../annotations/text-anchor';
import { addHighlight, importHighlights, listHighlights, removeHighlight, restoreHighlight, updateNote } from '../annotations/store';
import { StorageFullError } from '../annotations/quota';
import type { TextPositionSelector, TextQuoteSelector, UserHighlight } from '../annotations/schema';
import type { HighlightAddAnswer, TabHighlights } from '../messages';
import { loadSettings } from '../settings/store';
import { getTabState, orphansKey } from './tab-state';
import { nearFull } from './storage-usage';
import { recordOrphans } from './orphans';

/** The page a content script may speak for: its own frame's. */
export function senderPage(sender: { url?: string; tab?: { url?: string } }): string | null {
  return pageKey(sender.url ?? sender.tab?.url ?? '');
}

/** The saved highlights of the content script's own page (nothing for another page). */
export async function listForSender(url: string, sender: { url?: string; tab?: { url?: string } }): Promise<UserHighlight[]> {
  const key = pageKey(url);
  if (key === null || key !== senderPage(sender)) return [];
  return listHighlights(key);
}

export async function addFromSender(
  input: { url: string; title: string; quote: TextQuoteSelector; position: TextPositionSelector },
  sender: { url?: string; tab?: { url?: string; incognito?: boolean } },
): Promise<HighlightAddAnswer> {
  const key = pageKey(input.url);
  if (key === null || key !== senderPage(sender)) return { ok: false, reason: 'invalid' };
  if (sender.tab?.incognito && !(await loadSettings()).savePrivate) return { ok: false, reason: 'private' };
  try {
    const highlight = await addHighlight({ pageKey: key, url: input.url, title: input.title, quote: input.quote, position: input.position });
    await announce(key);
    return (await nearFull()) ? { ok: true, highlight, nearFull: true } : { ok: true, highlight };
  } catch (error) {
    return { ok: false, reason: error instanceof StorageFullError ? 'full' : 'error' };
  }
}

/** A selection sent as a span of the page's text: its W3C selectors made here, then saved as addFromSender does. */
export function addSpanFromSender(
  input: { url: string; title: string; text: string; start: number; end: number },
  sender: { url?: string; tab?: { url?: string; incognito?: boolean } },
): Promise<HighlightAddAnswer> {
  const { text, start, end } = input;
  if (end <= start || end > text.length || end - start > 10_000) return Promise.resolve({ ok: false, reason: 'invalid' });
  return addFromSender({ url: input.url, title: input.title, ...describeSpan(text, start, end) }, sender);
}

/** Places the page's saved highlights in its text: position, else quote with context, else bounded fuzzy; the rest are orphans. */
export async function placeForSender(url: string, text: string, sender: { url?: string; tab?: { id?: number; url?: string } }): Promise<Array<{ id: string; start: number; end: number; color: string }>> {
  const key = pageKey(url);
  const tabId = sender.tab?.id;
  if (key === null || key !== senderPage(sender) || tabId === undefined) return [];
  const placed: Array<{ id: string; start: number; end: number; color: string }> = [];
  const orphans: string[] = [];
  for (const h of await listHighlights(key)) {
    const span = anchorExact(text, h) ?? anchorFuzzy(text, h);
    if (span) placed.push({ id: h.id, ...span, color: h.color });
    else orphans.push(h.id);
  }
  await browser.storage.session.set({ [orphansKey(tabId)]: { pageKey: key, ids: orphans } });
  await recordOrphans(placed.map((p) => p.id), orphans);
  await announce(key, false);
  return placed;
}

/**
 * With a scan's analysis: where the page's saved highlights are in the text the scan sent (the same hand-over), or
 * undefined when this sender may not ask, or when which pages have highlights is not known yet (the worker just
 * started, or the store changed): then the read starts for the next scans, and this one does not wait for it (with
 * 5,000 highlights, reading and checking the store held a cold scan's answer 250-400 ms); the page places its
 * highlights itself once painted (highlights:list, highlights:place).
 */
export async function placeInScan(url: string, text: string, sender: { url?: string; tab?: { id?: number; url?: string } }): Promise<Array<{ id: string; start: number; end: number; color: string }> | undefined> {
  const key = pageKey(url);
  if (key === null || key !== senderPage(sender) || sender.tab?.id === undefined) return undefined;
  const pages = knownPages;
  if (pages === null) {
    readHighlightPages();
    return undefined;
  }
  if (!pages.has(key)) return [];
  return placeForSender(url, text, sender);
}

/** The pages that have highlights, read once per background start and again after the store changes: most scans then wait for no storage read. */
let knownPages: Set<string> | null = null;
let reading = false;
/** Bumped when the store changes: a read begun before then does not become knownPages. */
let storeVersion = 0;
function readHighlightPages(): void {
  if (reading) return;
  reading = true;
  const version = storeVersion;
  void listHighlights()
    .then(
      (all) => {
        if (version === storeVersion) knownPages = new Set(all.map((h) => h.pageKey));
      },
      // Unread (a storage error): the next scan tries again.
      () => undefined,
    )
    .finally(() => (reading = false));
}

/** Call once in the background: the store's changes invalidate the pages known to have highlights. */
export function watchHighlightPages(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !Object.keys(changes).some((k) => k.startsWith('highlights'))) return;
    storeVersion++;
    knownPages = null;
  });
}

/** For the panel: the highlights of the page in a tab, and those the page could not place. */
export async function highlightsForTab(tabId: number): Promise<TabHighlights> {
  const state = await getTabState(tabId);
  const key = state.url ? pageKey(state.url) : null;
  if (key === null) return { pageKey: null, highlights: [], orphans: [] };
  const stored = (await browser.storage.session.get(orphansKey(tabId)))[orphansKey(tabId)] as { pageKey?: unknown; ids?: unknown } | undefined;
  const orphans = stored?.pageKey === key && Array.isArray(stored.ids) ? stored.ids.filter((id): id is string => typeof id === 'string') : [];
  return { pageKey: key, highlights: await listHighlights(key), orphans };
}

export async function noteHighlight(id: string, note: string): Promise<UserHighlight | null> {
  const h = await updateNote(id, note);
  if (h) await announce(h.pageKey, false);
  return h;
}

export async function removeAndRepaint(id: string): Promise<UserHighlight | null> {
  const h = await removeHighlight(id);
  if (h) await announce(h.pageKey);
  return h;
}

export async function restoreAndRepaint(h: UserHighlight): Promise<boolean> {
  await restoreHighlight(h);
  await announce(h.pageKey);
  return true;
}

export async function importAndRepaint(list: UserHighlight[], replaceConflicts: boolean) {
  const counts = await importHighlights(list, { replaceConflicts });
  for (const key of new Set(list.map((h) => h.pageKey))) await announce(key);
  return counts;
}

/** Tell the panel, and (when `repaint`) the tabs showing the page, that its highlights changed. */
export async function announce(key: string, repaint = true): Promise<void> {
  await browser.runtime.sendMessage({ type: 'highlights:changed', pageKey: key }).catch(() => undefined);
  if (!repaint) return;
  const all = (await browser.storage.session.get(null)) as Record<string, { tabId?: unknown; url?: unknown }>;
  for (const [k, state] of Object.entries(all)) {
    if (!k.startsWith('tab:') || typeof state?.tabId !== 'number' || typeof state.url !== 'string' || pageKey(state.url) !== key) continue;
    await browser.tabs.sendMessage(state.tabId, { type: 'highlights:refresh' }).catch(() => undefined);
  }
}
