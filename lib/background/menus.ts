/** Context-menu items (created on install; Firefox MV2 calls the API `menus`, with a `contextMenus` alias). */
import { browser } from 'wxt/browser';

export const MENU = { scan: 'scan-page', openPanel: 'open-panel', lookUp: 'look-up', highlight: 'highlight', library: 'library' } as const;

export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU.scan, title: browser.i18n.getMessage('menuScanPage'), contexts: ['page', 'selection'] });
  browser.contextMenus.create({ id: MENU.openPanel, title: browser.i18n.getMessage('menuOpenPanel'), contexts: ['page', 'selection'] });
  // %s: the browser puts the selected text in the title.
  browser.contextMenus.create({ id: MENU.lookUp, title: browser.i18n.getMessage('menuLookUp'), contexts: ['selection'] });
  browser.contextMenus.create({ id: MENU.highlight, title: browser.i18n.getMessage('menuHighlight'), contexts: ['selection'] });
  browser.contextMenus.create({ id: MENU.library, title: browser.i18n.getMessage('menuOpenLibrary'), contexts: ['page', 'selection'] });
}
