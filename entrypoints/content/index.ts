import { markReady } from '~/lib/content/started';
import '~/lib/page/highlights.css';
import article from 'virtual:content-article';
import { KNOWN_HOME_MATCHES } from '~/lib/dataset/homes';
import { logError, Reader } from '~/lib/content/reader';
import { asContentMessage } from '~/lib/content/report';
import { asPopoverQuote, QuotePopover } from '~/lib/content/popover';
import { caretAt, isPageInteraction } from '~/lib/page/hit-test';
import type { ScanReport, ToBackground } from '~/lib/messages';
import { asAnalysis } from '~/lib/content/as-analysis';
import { handOverToken, sendInParts, type TextPart } from '~/lib/page/text-handover';
import { highlightPrefs, pagePrefs, type PagePrefs } from '~/lib/settings/highlight-prefs';
import { CARD_STRINGS } from '~/lib/i18n/shared-strings';
import { resolveUiLang } from '~/lib/i18n/ui-lang';
import { SETTINGS_KEY } from '~/lib/settings/defaults';
import { UserHighlights } from '~/lib/content/user-highlights';
import { ToolbarLoader } from '~/lib/content/toolbar-loader';
import { isLookupCard, LookupPopover } from '~/lib/content/lookup-popover';
import type { HighlightAddAnswer } from '~/lib/messages';
import { guardRestartSignal, markStarting } from '~/lib/content/restart-guard';
import type { HighlightColor } from '~/lib/annotations/colors';
import { afterFirstPaint, reportWhenShown, whenShown } from '~/lib/content/lifecycle';

// Before WXT's context announces this copy's start (see restart-guard.ts).
markStarting();

export default defineContentScript({
  matches: KNOWN_HOME_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  // Else WXT also posts a window message naming the extension at each start; its DOM event is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Only a newer copy of this script may stop this one (or this one is orphaned): not the page.
    // (The event's name as WXT makes it: wxt/utils/content-script-context, getUniqueEventName.)
    const restartEvent = `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
    guardRestartSignal(window, restartEvent, () => browser.runtime?.id == null, ctx.signal);
    // In-page UI follows the reader's settings: where the toolbar shows, and the language (else the browser's).
    // Read once, at start: in flight while the page is scanned, so painting does not wait for it.
    const storedSettings = browser.storage.local.get(SETTINGS_KEY).then((stored) => stored[SETTINGS_KEY]);
    let prefs: PagePrefs = pagePrefs(undefined);
    const lang = () => resolveUiLang(prefs.uiLang, browser.i18n.getUILanguage());
    const cardT = () => CARD_STRINGS[lang()];
    const send = (message: ToBackground) => browser.runtime.sendMessage(message).catch((e) => logError('send', e));
    // A long page text goes in parts first (text-handover.ts).
    const sendPart = (part: TextPart) =>
      browser.runtime.sendMessage({ type: 'scan:part', ...part } satisfies ToBackground).then(
        (ok) => ok === true,
        (error) => (logError('hand-over', error), false),
      );
    const inParts = (text: string) => sendInParts(text, sendPart, handOverToken('h'));
    const reader = new Reader({
      doc: document,
      article,
      analyze: (input) =>
        browser.runtime
          .sendMessage({ type: 'scan:analyze', ...input } satisfies ToBackground)
          .then((answer) => asAnalysis(answer, input.parts?.length ?? input.text.length))
          .catch((error) => (logError('analyze', error), null)),
      sendPart,
      // A prerendered page is scanned and painted, but reports once it is shown.
      report: reportWhenShown(document, (report: ScanReport) => void send({ type: 'scan:report', report })),
      onInvalidated: (cb) => ctx.onInvalidated(cb),
      loadPrefs: () => storedSettings.then(highlightPrefs),
      // The reader's highlights placed in the text the scan read (one hand-over of the text); the toolbar,
      // once the page turns out to relate to the story.
      onScanned: (result) => (mine.scanned(result), void toolbar.ensure()),
    });
    // The reader's own highlights on this page.
    const mine = new UserHighlights({
      doc: document,
      highlighter: reader.highlighter,
      count: () => send({ type: 'highlights:list', url: location.href }).then((a) => (Array.isArray(a) ? a.length : 0)),
      place: async (text) => {
        const last = await inParts(text);
        const placed = last && (await send({ type: 'highlights:place', url: location.href, ...last }));
        return Array.isArray(placed) ? placed : [];
      },
      palette: () => reader.prefs.palette,
    });
    const loadMine = (force = false) => void mine.load({ force }).catch((e) => logError('highlights', e));

    const lookupPopover = import.meta.env.FIREFOX ? new LookupPopover(document) : null;
    ctx.onInvalidated(() => lookupPopover?.close());
    const lookUp = (text: string, range: Range | null) => {
      void send({ type: 'lookup:open', text: text.slice(0, 2000) }).then((card) => {
        // Firefox only (the build drops this branch from Chrome's script).
        if (!import.meta.env.FIREFOX || !lookupPopover || !isLookupCard(card)) return;
        const r = range?.getBoundingClientRect();
        const s = cardT();
        lookupPopover.show(card, { title: s.lookUp, close: s.close, more: s.openPanelHint }, { left: r?.left ?? 12, top: (r?.bottom ?? 12) + 8 });
      });
    };
    // The highlight just saved, which the toolbar's colour buttons recolour.
    let lastId: string | null = null;
    // Saves a selection: the background's answer (undefined when the range is not in the page's text); the toolbar says it.
    const save = async (range: Range): Promise<HighlightAddAnswer | undefined> => {
      const span = mine.span(range);
      lastId = null;
      if (!span) return undefined;
      const last = await inParts(span.text);
      const answer = (last ? await send({ type: 'highlight:add', url: location.href, title: document.title, ...span, ...last }) : undefined) as HighlightAddAnswer | undefined;
      if (answer?.ok) {
        const { id, color } = answer.highlight;
        mine.added(id, range, color);
        lastId = id;
      }
      return answer;
    };
    const recolor = async (color: HighlightColor): Promise<boolean> => {
      const id = lastId;
      const done = id && (await send({ type: 'highlight:color', id, color, url: location.href }));
      if (id && done) mine.recolored(id, color);
      return !!(id && done);
    };
    // By default only on pages about the story; the reader may choose every page, or none.
    const toolbarOn = () => prefs.selectionToolbar === 'everywhere' || (prefs.selectionToolbar === 'story' && reader.related);
    // Its own script, injected the first time the toolbar is on here (toolbar-loader.ts).
    const toolbar = new ToolbarLoader({
      doc: document,
      // Into the page the tab shows: a prerendered page asks once it is shown.
      load: () => whenShown(document).then(() => send({ type: 'toolbar:load' })),
      actions: { lookUp, save, recolor },
      lang,
      enabled: toolbarOn,
      attached: (stop) => ctx.onInvalidated(stop),
      signal: ctx.signal,
    });
    ctx.onInvalidated(toolbar.attach());
    void storedSettings.then((raw) => {
      prefs = pagePrefs(raw);
      void toolbar.ensure();
    }, (e) => logError('settings', e));

    // Settings changed in the panel or the options page: repaint as they now say.
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      reader.setPrefs(highlightPrefs(changes[SETTINGS_KEY]!.newValue));
      prefs = pagePrefs(changes[SETTINGS_KEY]!.newValue);
      if (!toolbarOn()) toolbar.hide();
      else void toolbar.ensure();
      mine.paint();
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
    const popover = import.meta.env.FIREFOX ? new QuotePopover(document) : null;
    ctx.onInvalidated(() => popover?.close());

    // Answers go through sendResponse (a returned Promise is not read before Chrome 144).
    const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const m = asContentMessage(message);
      if (!m) return undefined;
      try {
        if (m.type === 'highlights:refresh') loadMine(true);
        if (m.type === 'selection:highlight' || m.type === 'selection:lookup') {
          const selection = document.getSelection();
          const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0).cloneRange() : null;
          // The menu items follow the setting (hidden when off); a stale click is ignored.
          if (prefs.selectionToolbar === 'off') return undefined;
          if (range && m.type === 'selection:lookup') lookUp(range.toString(), range);
          return range && m.type === 'selection:highlight' ? (void save(range).then(sendResponse), true) : undefined;
        }
        Promise.resolve(reader.handle(m)).then(sendResponse, (error) => {
          logError('message', error);
          sendResponse(undefined);
        });
        return true;
      } catch (error) {
        logError('message', error);
        return undefined;
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // A click on a highlighted quote opens its context: the side panel in Chrome;
    // in Firefox (no sidebar from a page click) a card in the page.
    ctx.addEventListener(
      document,
      'click',
      (event) => {
        try {
          if (reader.found.length === 0 || isPageInteraction(event, document)) return;
          const caret = caretAt(document, event.clientX, event.clientY);
          const match = caret && reader.matchAt(caret.node, caret.offset);
          if (!match) return;
          const { quoteId, kind } = match;
          if (!import.meta.env.FIREFOX || !popover) return void send({ type: 'quote:open', quoteId });
          const at = { x: event.clientX, y: event.clientY };
          void send({ type: 'quote:card', quoteId, kind }).then((answer) => {
            const card = asPopoverQuote(answer);
            if (card) popover.show(card, popoverLabels(cardT()), at);
          });
        } catch (error) {
          logError('click', error);
        }
      },
      { capture: true, passive: true },
    );
    // The Navigation API announces navigations before the URL changes, and away from the document too:
    // scan once the URL did change in place (an SPA navigation), with a fresh rescan budget.
    ctx.addEventListener(window, 'wxt:locationchange', (event) =>
      ctx.setTimeout(() => {
        if (location.href !== event.newUrl.href) return;
        void reader.navigated().then(() => loadMine());
      }, 0),
    );
    // A page restored from the back/forward cache: its tab forgot it on navigation.
    ctx.addEventListener(window, 'pageshow', (event) => {
      if (event.persisted) void reader.scan();
    });

    markReady();
    // The first scan after the page's first paint: it does not delay the page's first frame, nor wait behind it.
    void afterFirstPaint(document, { signal: ctx.signal })
      .then((go) => go && reader.scan().then(() => !ctx.isInvalid))
      .then((scanned) => {
        if (!scanned) return;
        reader.watchMutations();
        // The store answers only the page a tab shows: not a prerendered one.
        void whenShown(document).then(() => loadMine());
      });
  },
});

function popoverLabels(s: (typeof CARD_STRINGS)['en']) {
  return { dialog: s.dialog, english: s.english, korean: s.korean, noKorean: s.noKorean, close: s.close, openPanelHint: s.openPanelHint };
}
