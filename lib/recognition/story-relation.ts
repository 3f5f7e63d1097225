/**
 * Whether a page relates to the story, from what a scan found: for now the edition, or at least one key quote.
 * The one predicate the content script (lifecycle, selection toolbar) and the background (menu items) share; the
 * analysis' page relation (edition, copy, quotes, coverage) can take its place here.
 */
export function relatesToStory(found: { edition: string | null; quotes: number }): boolean {
  return found.edition !== null || found.quotes > 0;
}
