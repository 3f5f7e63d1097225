/** The library's filters: a search, a page, a colour, orphans only; applied to the grouped pages. */
import type { HighlightColor } from '../annotations/colors';
import type { LibraryPage } from './group';
import { matches, queryTerms, type SearchIndex } from './search';

export interface LibraryFilter {
  query: string;
  pageKey: string | null;
  color: HighlightColor | null;
  orphansOnly: boolean;
}

export const NO_FILTER: LibraryFilter = { query: '', pageKey: null, color: null, orphansOnly: false };

export function isFiltered(f: LibraryFilter): boolean {
  return f.query.trim() !== '' || f.pageKey !== null || f.color !== null || f.orphansOnly;
}

/** The pages with the highlights the filter keeps (pages left empty are dropped), in the same order. */
export function applyFilter(pages: readonly LibraryPage[], index: SearchIndex, orphans: ReadonlySet<string>, f: LibraryFilter): LibraryPage[] {
  if (!isFiltered(f)) return pages as LibraryPage[];
  const terms = queryTerms(f.query);
  const out: LibraryPage[] = [];
  for (const page of pages) {
    if (f.pageKey !== null && page.pageKey !== f.pageKey) continue;
    const items = page.items.filter(
      (h) => (f.color === null || h.color === f.color) && (!f.orphansOnly || orphans.has(h.id)) && matches(index, h.id, terms),
    );
    if (items.length > 0) out.push(items.length === page.items.length ? page : { ...page, items });
  }
  return out;
}

export function countHighlights(pages: readonly LibraryPage[]): number {
  let n = 0;
  for (const p of pages) n += p.items.length;
  return n;
}
