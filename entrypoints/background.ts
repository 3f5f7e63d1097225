import { ToBackground, TabState } from '~/lib/messages';
import { allowed } from '~/lib/background/message-rules';
import type { Browser } from 'wxt/browser';
import { forgetTab, getTabState, quoteCount, saveReport } from '~/lib/background/tab-state';
import { actionApi, setBadge } from '~/lib/background/action';
import { openPanel } from '~/lib/background/panel';
import { scanOpenTabs, scanTab, sendToTab, syncAllSitesScript } from '~/lib/background/scan-tab';
import { createMenus, MENU } from '~/lib/background/menus';
import { setPanelFocus } from '~/lib/background/panel-focus';
import { isReadableTab } from '~/lib/background/readable-tab';
import { article } from '~/lib/dataset/article';
import fingerprints from '~/lib/dataset/fingerprints.json';
import { analyzeText } from '~/lib/analyze';
import type { Fingerprints } from '~/lib/text/fingerprint';
import { quoteCard } from '~/lib/quote-card';
import { uiLangFrom } from '~/lib/panel/strings';

export default defineBackground(() => {
  const broadcast = (tabId: number) =>
    browser.runtime.sendMessage({ type: 'tab-state:changed', tabId }).catch(() => {
      // No panel open: nobody to tell.
    });

  const handle = (message: ToBackground, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined => {
    const senderTab = sender.tab?.id;
    switch (message.type) {
      case 'scan:report': {
        if (senderTab === undefined) return undefined;
        return saveReport(senderTab, message.report).then(async (state) => {
          await setBadge(senderTab, quoteCount(state));
          await broadcast(senderTab);
          return true;
        });
      }
      case 'tab-state:get': {
        const tabId = message.tabId ?? senderTab;
        if (tabId === undefined) return undefined;
        // A closed tab or a browser page: null, and the panel explains it cannot read the tab.
        return browser.tabs.get(tabId).then(
          (tab): Promise<TabState | null> | null => (isReadableTab(tab) ? getTabState(tabId) : null),
          () => null,
        );
      }
      case 'quote:open': {
        if (!sender.tab) return undefined;
        // Open first, synchronously: the click's user gesture does not survive an await.
        const opening = openPanel(sender.tab).catch(() => undefined);
        return Promise.all([opening, setPanelFocus(sender.tab.id!, message.quoteId)]).then(() => true);
      }
      case 'scan:analyze':
        return Promise.resolve(analyzeText(message, article, fingerprints as Fingerprints));
      case 'quote:card':
        return Promise.resolve(quoteCard(article, message.quoteId, uiLangFrom(browser.i18n.getUILanguage())));
      case 'scan:request':
        return scanTab(message.tabId);
      case 'quote:show':
        return sendToTab(message.tabId, { type: 'quote:show', quoteId: message.quoteId });
    }
  };

  // Answers go through sendResponse (a returned Promise is not read before Chrome 144).
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const parsed = ToBackground.safeParse(raw);
    if (!parsed.success || !allowed(parsed.data, sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    const answer = handle(parsed.data, sender);
    if (answer === undefined) return undefined;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  });

  actionApi().onClicked.addListener((tab) => {
    void openPanel(tab).catch(() => undefined);
    if (tab.id !== undefined) void scanTab(tab.id);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU.openPanel && tab) void openPanel(tab).catch(() => undefined);
    if (info.menuItemId === MENU.scan && tab?.id !== undefined) void scanTab(tab.id);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (command === 'scan-page') void scanTab(tabId);
    if (command === 'next-quote') void sendToTab(tabId, { type: 'quote:step', direction: 1 });
    if (command === 'previous-quote') void sendToTab(tabId, { type: 'quote:step', direction: -1 });
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A tab that loads a new page forgets the last one's findings (the new page reports its own, if scanned).
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status !== 'loading') return;
    void forgetTab(tabId).then(async () => {
      await setBadge(tabId, 0);
      await broadcast(tabId);
    });
  });

  browser.permissions.onAdded.addListener(() => void syncAllSitesScript().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void syncAllSitesScript().catch(() => undefined));

  browser.runtime.onInstalled.addListener(async () => {
    // Each step on its own: one failing must not skip the others.
    await createMenus().catch(() => undefined);
    await syncAllSitesScript().catch(() => undefined);
    await scanOpenTabs().catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => {
    // Firefox keeps menus only for the session: make them again at each start.
    void createMenus().catch(() => undefined);
    void syncAllSitesScript().catch(() => undefined);
  });
  // Also on every start of the background: registrations may not survive a restart.
  void syncAllSitesScript().catch(() => undefined);
});
