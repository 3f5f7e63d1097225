import '~/lib/styles/highlights.css';
import { article } from '~/lib/dataset/article';
import fingerprints from '~/lib/dataset/fingerprints.json';
import { KNOWN_HOME_MATCHES } from '~/lib/homes';
import { asContentMessage, logError, Reader } from '~/lib/content/reader';
import { caretAt, isPageInteraction } from '~/lib/dom/hit-test';
import type { ScanReport, ToBackground } from '~/lib/messages';
import type { Fingerprints } from '~/lib/text/fingerprint';

export default defineContentScript({
  matches: KNOWN_HOME_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    const send = (message: ToBackground) => browser.runtime.sendMessage(message).catch((e) => logError('send', e));
    const reader = new Reader({
      doc: document,
      article,
      fingerprints: fingerprints as Fingerprints,
      report: (report: ScanReport) => void send({ type: 'scan:report', report }),
      onQuoteClick: (quoteId) => void send({ type: 'quote:open', quoteId }),
      onInvalidated: (cb) => ctx.onInvalidated(cb),
    });

    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const m = asContentMessage(message);
      if (!m) return undefined;
      try {
        return Promise.resolve(reader.handle(m));
      } catch (error) {
        logError('message', error);
        return undefined;
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    ctx.addEventListener(
      document,
      'click',
      (event) => {
        try {
          if (reader.found.length === 0 || isPageInteraction(event, document)) return;
          const caret = caretAt(document, event.clientX, event.clientY);
          const quoteId = caret && reader.quoteAt(caret.node, caret.offset);
          if (quoteId) void send({ type: 'quote:open', quoteId });
        } catch (error) {
          logError('click', error);
        }
      },
      { capture: true, passive: true },
    );
    ctx.addEventListener(window, 'wxt:locationchange', () => void reader.scan());

    void reader.scan().then(() => reader.watchMutations());
  },
});
