/** Scanning a tab on the reader's request (toolbar, menu, shortcut), and the optional all-sites mode. */
import { browser } from 'wxt/browser';
import { KNOWN_HOME_MATCHES } from '../dataset/homes';
import type { ToContent } from '../messages';

const CONTENT_JS = '/content-scripts/content.js';
const CONTENT_CSS = '/content-scripts/content.css';
const TOOLBAR_JS = '/selection-toolbar.js';
const ALL_SITES_ID = 'meta-context-all-sites';
export const ALL_SITES = { origins: ['<all_urls>'] };

export async function sendToTab(tabId: number, message: ToContent): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, message);
    return true;
  } catch {
    return false; // no content script there (yet)
  }
}

/**
 * Asks the tab's content script to scan the whole page, injecting it first where none runs (activeTab or host
 * access). False when the page cannot be scanned.
 */
export async function scanTab(tabId: number): Promise<boolean> {
  if (await sendToTab(tabId, { type: 'scan:run' })) return true;
  if (!(await inject(tabId))) return false;
  // The injected script scans on its own; ask again so that it reads the page whole (its listener
  // may take a moment to be there).
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await sendToTab(tabId, { type: 'scan:run' })) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/** Put the content script (and its CSS) in a tab; false without access. */
async function inject(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_CSS] });
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts the selection toolbar's script in the frame whose content script asks for it (into the same isolated world),
 * with the access the content script itself came with (host permission or activeTab); false without.
 */
export async function injectToolbar(tabId: number, frameId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [TOOLBAR_JS] });
    return true;
  } catch {
    return false;
  }
}

/**
 * Registers the content script on every page while the all-sites permission is granted, else only the known homes.
 * Called at start-up (registrations may not survive a restart) and on permission changes.
 */
let syncing: Promise<boolean> | null = null;

export function syncAllSitesScript(): Promise<boolean> {
  // One at a time: start-up, install and permission events can all ask at once.
  syncing ??= doSync().finally(() => {
    syncing = null;
  });
  return syncing;
}

async function doSync(): Promise<boolean> {
  const granted = await browser.permissions.contains(ALL_SITES);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_ID] });
  if (granted && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id: ALL_SITES_ID,
        matches: ['<all_urls>'],
        excludeMatches: KNOWN_HOME_MATCHES,
        js: [CONTENT_JS],
        css: [CONTENT_CSS],
        runAt: 'document_idle',
      },
    ]);
  } else if (!granted && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [ALL_SITES_ID] });
  }
  return granted;
}

/** On install or update, scans the tabs already open; a tab whose script answers (Firefox injected it) is left alone. */
export async function scanOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded) return;
      if (!(await sendToTab(tab.id, { type: 'ping' }))) await inject(tab.id);
    }),
  );
}
