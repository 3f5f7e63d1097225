/**
 * The quote the panel should focus on when it opens from a click on a
 * highlight: kept in session storage for a panel that is still opening, and
 * broadcast to one already open.
 */
import { browser } from 'wxt/browser';
import type { PanelFocus } from '../messages';

const key = (tabId: number) => `focus:${tabId}`;

export async function setPanelFocus(tabId: number, quoteId: string): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: { quoteId, at: Date.now() } });
  await browser.runtime.sendMessage({ type: 'panel:focus', tabId, quoteId } satisfies PanelFocus).catch(() => undefined);
}

export async function takePanelFocus(tabId: number): Promise<string | null> {
  const value = (await browser.storage.session.get(key(tabId)))[key(tabId)] as { quoteId?: unknown } | undefined;
  if (!value) return null;
  await browser.storage.session.remove(key(tabId));
  return typeof value.quoteId === 'string' ? value.quoteId : null;
}
