/**
 * What the library can undo: deletions (one highlight, a page's, all shown)
 * and note edits. A stack, newest last, capped; each entry says how to put
 * things back as a message to the background.
 */
import type { UserHighlight } from '../annotations/schema';
import type { ToBackground } from '../messages';

export type UndoEntry =
  | { kind: 'delete'; scope: 'one' | 'page' | 'all'; removed: UserHighlight[] }
  | { kind: 'note'; id: string; before: string };

export const MAX_UNDO = 20;

export function pushUndo(stack: readonly UndoEntry[], entry: UndoEntry): UndoEntry[] {
  if (entry.kind === 'delete' && entry.removed.length === 0) return [...stack];
  return [...stack, entry].slice(-MAX_UNDO);
}

/** The message that undoes an entry: removed highlights come back as an import (saved ones are left alone). */
export function undoMessage(entry: UndoEntry): ToBackground {
  return entry.kind === 'delete'
    ? { type: 'highlights:import', highlights: entry.removed, replaceConflicts: false }
    : { type: 'highlight:note', id: entry.id, note: entry.before };
}
