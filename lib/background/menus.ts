/** Context-menu items (created on install; Firefox MV2 calls the API `menus`, with a `contextMenus` alias). */
import { browser } from 'wxt/browser';
import type { Settings } from '../settings/schema';
import type { TabState } from '../messages';
import { relatesToStory } from '../recognition/story-relation';

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

/** Whether the selection's menu items (Look up, Highlight) show for a tab: they follow the selection toolbar's setting. */
export function selectionMenusVisible(setting: Settings['selectionToolbar'], state: Pick<TabState, 'article' | 'relation'> | null): boolean {
  if (setting === 'off') return false;
  if (setting === 'everywhere') return true;
  return state !== null && relatesToStory({ edition: state.article?.edition ?? null, relation: state.relation });
}

export async function showSelectionMenus(visible: boolean): Promise<void> {
  try {
    await browser.contextMenus.update(MENU.lookUp, { visible });
    await browser.contextMenus.update(MENU.highlight, { visible });
  } catch {
    // Not created yet (install under way): createMenus syncs them.
  }
}
