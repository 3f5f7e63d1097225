/** The library's pages: the highlights grouped by page, newest page first. */
import type { UserHighlight } from '../annotations/schema';

export interface LibraryPage {
  pageKey: string;
  /** The address of its latest highlight. */
  url: string;
  title: string;
  /** The host, without `www.`. */
  site: string;
  /** The latest highlight's creation date (ISO): pages are listed newest first by it. */
  latest: string;
  /** In the page's order (by position, then by creation). */
  items: UserHighlight[];
}

export function siteOf(url: string): string {
  const m = /^https?:\/\/(?:[^@/]*@)?([^/:?#]+)/i.exec(url);
  return m ? m[1]!.toLowerCase().replace(/^www\./, '') : url;
}

/** Groups highlights by page. One pass and one sort per page: fine for tens of thousands. */
export function groupByPage(highlights: readonly UserHighlight[]): LibraryPage[] {
  const byKey = new Map<string, UserHighlight[]>();
  for (const h of highlights) {
    const list = byKey.get(h.pageKey);
    if (list) list.push(h);
    else byKey.set(h.pageKey, [h]);
  }
  const pages: LibraryPage[] = [];
  for (const [pageKey, items] of byKey) {
    let newest = items[0]!;
    for (const h of items) if (h.created > newest.created) newest = h;
    items.sort((a, b) => (a.position?.start ?? Infinity) - (b.position?.start ?? Infinity) || (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
    const title = newest.title || items.find((h) => h.title)?.title || '';
    pages.push({ pageKey, url: newest.url, title, site: siteOf(newest.url), latest: newest.created, items });
  }
  // ISO dates in UTC compare as strings; ties by address, for a stable order.
  return pages.sort((a, b) => (a.latest < b.latest ? 1 : a.latest > b.latest ? -1 : a.pageKey < b.pageKey ? -1 : 1));
}
