/** The orphans the library shows (stored by lib/annotations/orphans.ts), kept by the background, the single writer. */
import { browser } from 'wxt/browser';
import { ORPHANS_KEY, updateOrphans } from '../annotations/orphans';

/** Notes which highlights a page placed and which it could not (kept for the library); written only when it changes. */
export async function recordOrphans(placed: readonly string[], orphans: readonly string[]): Promise<void> {
  const current = (await browser.storage.local.get(ORPHANS_KEY))[ORPHANS_KEY];
  const next = updateOrphans(current, placed, orphans);
  const before = Array.isArray(current) ? current : [];
  if (next.length === before.length && next.every((id, i) => id === before[i])) return;
  await browser.storage.local.set({ [ORPHANS_KEY]: next }).catch(() => undefined);
}

/** The ids of the highlights last found orphaned. */
export async function orphanIds(): Promise<string[]> {
  return updateOrphans((await browser.storage.local.get(ORPHANS_KEY))[ORPHANS_KEY], [], []);
}
