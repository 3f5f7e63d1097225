/**
 * The background's side of the highlights library (entrypoints/highlights):
 * colours, removing many at once, and how full the storage is. Each change
 * is announced to the panel and repainted in the tabs showing the page.
 * (How full the storage is: ./storage-usage.ts.)
 */
import { listHighlights, removeHighlights, updateColor } from '../annotations/store';
import type { HighlightColor } from '../annotations/colors';
import type { UserHighlight } from '../annotations/schema';
import { announce, senderPage } from './highlights';

/**
 * Sets a highlight's colour. `sender` is given for a content script: it may
 * recolour only its own page's highlights (null for an extension page).
 */
export async function colorHighlight(id: string, color: HighlightColor, sender: { url?: string; tab?: { url?: string } } | null): Promise<UserHighlight | null> {
  if (sender) {
    const page = senderPage(sender);
    const h = (await listHighlights()).find((x) => x.id === id);
    if (!h || page === null || h.pageKey !== page) return null;
  }
  const updated = await updateColor(id, color);
  if (updated) await announce(updated.pageKey);
  return updated;
}

/** Removes these highlights in one write; the removed ones come back (for undo). */
export async function removeMany(ids: string[]): Promise<UserHighlight[]> {
  const removed = await removeHighlights(ids);
  for (const key of new Set(removed.map((h) => h.pageKey))) await announce(key);
  return removed;
}

