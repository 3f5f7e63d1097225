/**
 * Search across highlight texts, notes and page titles, with the fold the
 * matching uses (lib/text/normalize.ts `toSkeleton`: case, typography,
 * spacing and punctuation vanish), in any language. Each word of the query
 * must be found (in the text, the note or the title).
 */
import { toSkeleton } from '../text/normalize';
import type { UserHighlight } from '../annotations/schema';

export interface SearchIndex {
  /** Per highlight id: the skeleton of its text, note and page title, separated by U+0001 (never in a skeleton). */
  readonly byId: ReadonlyMap<string, string>;
}

export function buildIndex(highlights: readonly UserHighlight[]): SearchIndex {
  const titles = new Map<string, string>();
  const byId = new Map<string, string>();
  for (const h of highlights) {
    let title = titles.get(h.title);
    if (title === undefined) titles.set(h.title, (title = toSkeleton(h.title)));
    byId.set(h.id, `${toSkeleton(h.quote.exact)}\u0001${h.note ? toSkeleton(h.note) : ''}\u0001${title}`);
  }
  return { byId };
}

/** The query's words as skeletons (empty words dropped). */
export function queryTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map(toSkeleton)
    .filter((t) => t.length > 0);
}

/** True when every term is in the highlight's text, note or title. An empty query matches all. */
export function matches(index: SearchIndex, id: string, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const hay = index.byId.get(id);
  if (hay === undefined) return false;
  for (const t of terms) if (!hay.includes(t)) return false;
  return true;
}
