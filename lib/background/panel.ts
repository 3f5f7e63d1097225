/**
 * Opens Chrome's side panel or Firefox's sidebar: must be called synchronously in the user action's handler (before
 * any await). Without a sidebar API (Firefox for Android), the panel page opens in a tab, pinned to the page's tab.
 */
import { browser } from 'wxt/browser';

interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
}

/** Open the panel for a tab. Returns the browser's promise (already started). */
export function openPanel(tab: { id?: number; windowId?: number }): Promise<void> {
  const b = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };
  try {
    if (b.sidePanel) return b.sidePanel.open(tab.id !== undefined ? { tabId: tab.id } : { windowId: tab.windowId });
    if (b.sidebarAction) return b.sidebarAction.open();
    return browser.tabs.create({ url: panelTabUrl(tab.id), ...(tab.windowId !== undefined ? { windowId: tab.windowId } : {}) }).then(() => undefined);
  } catch (error) {
    return Promise.reject(error);
  }
}

/** The panel page as a tab: `?tabId=N` pins it to the page's tab. */
export function panelTabUrl(tabId: number | undefined): string {
  const url = browser.runtime.getURL('/sidepanel.html');
  return tabId === undefined ? url : `${url}?tabId=${tabId}`;
}
