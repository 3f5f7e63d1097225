/** Each tab's state in `storage.session`: it survives the MV3 service worker stopping, and is cleared when the browser closes. */
import { browser } from 'wxt/browser';
import { emptyTabState, ScanReport, TabState } from '../messages';
import { focusKey } from './panel-focus';

const key = (tabId: number) => `tab:${tabId}`;
/** Which of the page's saved highlights the tab's page could not place. */
export const orphansKey = (tabId: number) => `orphans:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  const parsed = TabState.safeParse(stored);
  return parsed.success ? parsed.data : emptyTabState(tabId);
}

export async function saveReport(tabId: number, report: ScanReport): Promise<TabState> {
  const state: TabState = {
    tabId,
    status: 'scanned',
    url: report.url,
    title: report.title,
    article: report.article,
    quotes: report.quotes,
    relation: report.relation ?? null,
    reason: report.reason,
    scannedAt: Date.now(),
  };
  await browser.storage.session.set({ [key(tabId)]: TabState.parse(state) });
  return state;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([key(tabId), focusKey(tabId), orphansKey(tabId)]);
}

/** Number of distinct key quotes highlighted (misquotes left out): the badge's figure. */
export function quoteCount(state: Pick<TabState, 'quotes'>): number {
  return new Set(state.quotes.filter((q) => q.kind !== 'misquote').map((q) => q.id)).size;
}

/** The badge: the key-quote count; else a mark when the page has the story (or a known misquote); else nothing. */
export function badgeText(state: Pick<TabState, 'quotes' | 'relation'>): string {
  const n = quoteCount(state);
  if (n > 0) return String(n);
  if (state.quotes.some((q) => q.kind === 'misquote')) return '!';
  return state.relation ? '•' : '';
}
