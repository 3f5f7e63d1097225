import { ToBackground, TabState } from '~/lib/messages';
import { allowed } from '~/lib/background/message-rules';
import type { Browser } from 'wxt/browser';
import { badgeText, forgetTab, getTabState, saveReport } from '~/lib/background/tab-state';
import { actionApi, setBadge } from '~/lib/background/action';
import { openPanel } from '~/lib/background/panel';
import { injectToolbar, scanOpenTabs, scanTab, sendToTab, syncAllSitesScript } from '~/lib/background/scan-tab';
import { createMenus, MENU, selectionMenusVisible, showSelectionMenus } from '~/lib/background/menus';
import { SETTINGS_KEY } from '~/lib/settings/defaults';
import { setPanelFocus } from '~/lib/background/panel-focus';
import { isReadableTab } from '~/lib/background/readable-tab';
import { article } from '~/lib/dataset/article';
import fingerprints from '~/lib/dataset/fingerprints.json';
import { analyzeText } from '~/lib/recognition/analyze';
import { misquotes, misquoteText } from '~/lib/dataset/misquotes';
import type { Fingerprints } from '~/lib/recognition/fingerprint';
import { lookupCard, quoteCard } from '~/lib/background/quote-card';
import { lookUp } from '~/lib/recognition/lookup';
import { dataset } from '~/lib/dataset';
import { listHighlights, setAside } from '~/lib/annotations/store';
import { loadSettings, updateSettings } from '~/lib/settings/store';
import { resolveUiLang } from '~/lib/i18n/ui-lang';
import {
  addSpanFromSender,
  highlightsForTab,
  importAndRepaint,
  listForSender,
  noteHighlight,
  removeAndRepaint,
  restoreAndRepaint,
  placeForSender,
  placeInScan,
  watchHighlightPages,
} from '~/lib/background/highlights';
import { colorHighlight, removeMany } from '~/lib/background/library';
import { orphanIds } from '~/lib/background/orphans';
import { storageUsage } from '~/lib/background/storage-usage';
import { partsSender, TextParts } from '~/lib/background/text-parts';
import { isExtensionPage } from '~/lib/background/message-rules';

/** The reader's language: chosen in the panel, else the browser's. */
const uiLang = () => loadSettings().then((s) => resolveUiLang(s.uiLang, browser.i18n.getUILanguage()));

/** Long page texts arriving in parts (scan:part), until their scan:analyze. */
const textParts = new TextParts();
/** What analysis reads: the article and the known misquotes, in clear. */
const analysisData = { article, misquotes: misquotes.map((m) => ({ id: m.id, en: misquoteText(m) })) };
function measureAnalysis(start: number): void {
  try {
    performance.clearMeasures('meta-context:analyze');
    performance.measure('meta-context:analyze', { start, end: performance.now() });
  } catch {
    // No User Timing here.
  }
}
/** When the last analysis was answered: the benchmark tells from it how long the answer waited for the page. */
function markAnswered(): void {
  try {
    performance.clearMarks('meta-context:answered');
    performance.mark('meta-context:answered');
  } catch {
    // No User Timing here.
  }
}

/** The selection's menu items follow the toolbar's setting, for the active tab. */
async function syncSelectionMenus(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []);
  const state = tab?.id !== undefined ? await getTabState(tab.id) : null;
  await showSelectionMenus(selectionMenusVisible((await loadSettings()).selectionToolbar, state));
}

export default defineBackground(() => {
  watchHighlightPages();
  const syncMenus = () => void syncSelectionMenus().catch(() => undefined);
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
          await setBadge(senderTab, badgeText(state));
          await broadcast(senderTab);
          syncMenus();
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
        return Promise.all([opening, setPanelFocus(sender.tab.id!, { quoteId: message.quoteId })]).then(() => true);
      }
      case 'scan:part': {
        const from = partsSender(sender);
        return Promise.resolve(from !== null && textParts.add(from, message.token, message.index, message.text));
      }
      case 'scan:analyze': {
        const text = textParts.joined(partsSender(sender), message);
        // Parts missing (the worker restarted mid-way): no answer, and the page says its text could not be analysed.
        if (text === null) return Promise.resolve(undefined);
        const analysis = analyzeText({ ...message, text }, analysisData, fingerprints as Fingerprints);
        // The reader's highlights are placed in the same text: the page hands it over once.
        return placeInScan(message.url, text, sender).then(
          (mine) => (mine ? { ...analysis, mine } : analysis),
          () => analysis,
        );
      }
      case 'quote:card':
        return uiLang().then((lang) => quoteCard(article, message.quoteId, lang, message.kind));
      case 'scan:request':
        return scanTab(message.tabId);
      case 'quote:show':
        return sendToTab(message.tabId, { type: 'quote:show', quoteId: message.quoteId });
      case 'highlights:list':
        return listForSender(message.url, sender);
      case 'highlight:add': {
        const text = textParts.joined(partsSender(sender), message);
        return text === null ? Promise.resolve(undefined) : addSpanFromSender({ ...message, text }, sender);
      }
      case 'highlights:place': {
        const text = textParts.joined(partsSender(sender), message);
        return text === null ? Promise.resolve([]) : placeForSender(message.url, text, sender);
      }
      case 'lookup:open': {
        if (!sender.tab) return undefined;
        // Firefox opens its sidebar only from the toolbar, a shortcut or a menu: answer in the page.
        if (import.meta.env.FIREFOX) return uiLang().then((lang) => lookupCard(lookUp(message.text, dataset), lang));
        const opening = openPanel(sender.tab).catch(() => undefined);
        return Promise.all([opening, setPanelFocus(sender.tab.id!, { lookup: message.text })]).then(() => true);
      }
      case 'toolbar:load':
        return senderTab === undefined ? undefined : injectToolbar(senderTab, sender.frameId ?? 0);
      case 'highlights:for-tab':
        return highlightsForTab(message.tabId);
      case 'highlight:note':
        return noteHighlight(message.id, message.note);
      case 'highlight:remove':
        return removeAndRepaint(message.id);
      case 'highlight:restore':
        return restoreAndRepaint(message.highlight);
      case 'highlights:all':
        return listHighlights();
      case 'highlights:set-aside':
        return setAside();
      case 'highlights:import':
        return importAndRepaint(message.highlights, message.replaceConflicts);
      case 'highlight:color':
        return colorHighlight(message.id, message.color, isExtensionPage(sender, browser.runtime.getURL('/')) ? null : sender);
      case 'highlights:remove-many':
        return removeMany(message.ids);
      case 'highlights:usage':
        return storageUsage();
      case 'highlights:orphans':
        return orphanIds();
      case 'settings:update':
        return updateSettings(message.patch).then(() => true);
    }
  };

  // Answers go through sendResponse (a returned Promise is not read before Chrome 144).
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const started = performance.now();
    const parsed = ToBackground.safeParse(raw);
    if (!parsed.success || !allowed(parsed.data, sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    let answer: Promise<unknown> | undefined;
    try {
      answer = handle(parsed.data, sender);
    } catch (error) {
      // A handler that throws (out of memory on a huge page, a bug): the sender gets no answer, not a closed port.
      console.error('[meta-context] message', parsed.data.type, error);
      answer = Promise.resolve(undefined);
    }
    // The background's time for a scan (validating the message, joining its parts, analysing the text): the benchmark reads the last one.
    const analysing = parsed.data.type === 'scan:analyze';
    if (analysing) measureAnalysis(started);
    if (answer === undefined) return undefined;
    answer.then(
      (value) => (sendResponse(value), analysing && markAnswered()),
      () => sendResponse(undefined),
    );
    return true;
  });

  actionApi().onClicked.addListener((tab) => {
    void openPanel(tab).catch(() => undefined);
    if (tab.id !== undefined) void scanTab(tab.id);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU.openPanel && tab) void openPanel(tab).catch(() => undefined);
    if (info.menuItemId === MENU.scan && tab?.id !== undefined) void scanTab(tab.id);
    if (info.menuItemId === MENU.library) void browser.tabs.create({ url: browser.runtime.getURL('/highlights.html') });
    // A menu click may open the panel in both browsers: look the selection up there.
    if (info.menuItemId === MENU.lookUp && tab?.id !== undefined && info.selectionText) {
      void openPanel(tab).catch(() => undefined);
      void setPanelFocus(tab.id, { lookup: info.selectionText.slice(0, 2000) });
    }
    if (info.menuItemId === MENU.highlight && tab?.id !== undefined) {
      // The page's content script saves its own selection (with the selectors the page's text gives);
      // put it in the page first where it is not there yet.
      const id = tab.id;
      void sendToTab(id, { type: 'ping' }).then(async (here) => {
        if (here || (await scanTab(id))) await sendToTab(id, { type: 'selection:highlight' });
      });
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (command === 'scan-page') void scanTab(tabId);
    if (command === 'next-quote') void sendToTab(tabId, { type: 'quote:step', direction: 1 });
    if (command === 'previous-quote') void sendToTab(tabId, { type: 'quote:step', direction: -1 });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    textParts.forgetTab(tabId);
    void forgetTab(tabId);
  });
  // A tab that loads a new page forgets the last one's findings (the new page reports its own, if scanned).
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status !== 'loading') return;
    textParts.forgetTab(tabId);
    void forgetTab(tabId).then(async () => {
      await setBadge(tabId, 0);
      await broadcast(tabId);
      syncMenus();
    });
  });
  browser.tabs.onActivated.addListener(syncMenus);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) syncMenus();
  });

  browser.permissions.onAdded.addListener(() => void syncAllSitesScript().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void syncAllSitesScript().catch(() => undefined));

  browser.runtime.onInstalled.addListener(async () => {
    // Each step on its own: one failing must not skip the others.
    await createMenus().catch(() => undefined);
    syncMenus();
    await syncAllSitesScript().catch(() => undefined);
    await scanOpenTabs().catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => {
    // Firefox keeps menus only for the session: make them again at each start.
    void createMenus().then(syncMenus, () => undefined);
    void syncAllSitesScript().catch(() => undefined);
  });
  // Also on every start of the background: registrations may not survive a restart.
  void syncAllSitesScript().catch(() => undefined);
});
