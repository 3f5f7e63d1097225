/**
 * Which highlights their page could not place the last time it was read
 * (lib/background/highlights.ts placeForSender), kept in storage.local so
 * the library can mark them when the page is not open. Ids only.
 */
export const ORPHANS_KEY = 'highlight-orphans';

/** The new orphan list: those placed now leave it, those not placed join it. */
export function updateOrphans(current: unknown, placed: readonly string[], orphans: readonly string[]): string[] {
  const set = new Set(Array.isArray(current) ? current.filter((x): x is string => typeof x === 'string') : []);
  for (const id of placed) set.delete(id);
  for (const id of orphans) set.add(id);
  return [...set];
}
