/**
 * The quote the panel should focus on when it opens from a click on a
 * highlight: kept in session storage for a panel that is still opening, and
 * broadcast to one already open.
 */
import { browser } from 'wxt/browser';
import type { PanelFocus } from '../messages';

export const focusKey = (tabId: number) => `focus:${tabId}`;
const key = focusKey;

export async function setPanelFocus(tabId: number, quoteId: string): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: { quoteId, at: Date.now() } });
  await browser.runtime.sendMessage({ type: 'panel:focus', tabId, quoteId } satisfies PanelFocus).catch(() => undefined);
}

/** A click older than this no longer steers a panel that opens later. */
const FRESH_MS = 10_000;

export async function takePanelFocus(tabId: number, now = Date.now()): Promise<string | null> {
  const value = (await browser.storage.session.get(key(tabId)))[key(tabId)] as { quoteId?: unknown; at?: unknown } | undefined;
  if (!value) return null;
  await browser.storage.session.remove(key(tabId));
  if (typeof value.at !== 'number' || now - value.at > FRESH_MS) return null;
  return typeof value.quoteId === 'string' ? value.quoteId : null;
}

