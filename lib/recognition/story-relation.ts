/**
 * Whether a page relates to the story: the analysis gave it a relation (edition, copy, quotes, coverage; see
 * ./relation.ts), or it is an edition. The one predicate the content script and the background share.
 */
import type { Relation } from './relation';

export function relatesToStory(found: { relation?: Relation | null; edition: string | null }): boolean {
  return (found.relation ?? null) !== null || found.edition !== null;
}
