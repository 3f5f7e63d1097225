/**
 * Brings a quote's card forward when the reader clicked that quote in the
 * page: the card is scrolled into view and focused.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { takePanelFocus } from '../background/panel-focus';
import { PanelFocus } from '../messages';

export function usePanelFocus(tabId: number | null, ready: boolean): string | null {
  const [quoteId, setQuoteId] = useState<string | null>(null);

  useEffect(() => {
    if (tabId === null || tabId < 0) return;
    let alive = true;
    void takePanelFocus(tabId)
      .then((id) => alive && id && setQuoteId(id))
      .catch(() => undefined);
    const onMessage = (message: unknown) => {
      const parsed = PanelFocus.safeParse(message);
      if (parsed.success && parsed.data.tabId === tabId) {
        setQuoteId(parsed.data.quoteId);
        void takePanelFocus(tabId).catch(() => undefined);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      alive = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId]);

  useEffect(() => {
    if (!ready || quoteId === null) return;
    const card = document.querySelector<HTMLElement>(`[data-quote-id="${CSS.escape(quoteId)}"]`);
    if (!card) return;
    card.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    card.focus({ preventScroll: true });
  }, [ready, quoteId]);

  return quoteId;
}
