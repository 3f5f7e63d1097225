/** What the panel shows when opened from a quote's card or "Look up": in session storage for a panel still opening, broadcast to an open one. */
import { browser } from 'wxt/browser';
import type { PanelFocus } from '../messages';

export const focusKey = (tabId: number) => `focus:${tabId}`;
const key = focusKey;

/** What the panel should show first: a quote's card, or the look-up of a text. */
export type Focus = { quoteId: string; lookup?: undefined } | { lookup: string; quoteId?: undefined };

export async function setPanelFocus(tabId: number, focus: Focus): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: { ...focus, at: Date.now() } });
  await browser.runtime.sendMessage({ type: 'panel:focus', tabId, ...focus } satisfies PanelFocus).catch(() => undefined);
}

/** A click older than this no longer steers a panel that opens later. */
const FRESH_MS = 10_000;

export async function takePanelFocus(tabId: number, now = Date.now()): Promise<Focus | null> {
  const value = (await browser.storage.session.get(key(tabId)))[key(tabId)] as { quoteId?: unknown; lookup?: unknown; at?: unknown } | undefined;
  if (!value) return null;
  await browser.storage.session.remove(key(tabId));
  if (typeof value.at !== 'number' || now - value.at > FRESH_MS) return null;
  if (typeof value.quoteId === 'string') return { quoteId: value.quoteId };
  return typeof value.lookup === 'string' ? { lookup: value.lookup } : null;
}

