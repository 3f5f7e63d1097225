/** What the panel shows when opened from the page: a clicked quote's card, or the look-up of selected text. */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { takePanelFocus, type Focus } from '../background/panel-focus';
import { PanelFocus } from '../messages';

export interface PanelFocusView {
  quoteId: string | null;
  /** `n` counts look-ups, so looking up the same text again is seen. */
  lookup: { text: string; n: number } | null;
}

export function usePanelFocus(tabId: number | null, ready: boolean): PanelFocusView {
  const [view, setView] = useState<PanelFocusView>({ quoteId: null, lookup: null });

  useEffect(() => {
    if (tabId === null || tabId < 0) return;
    let alive = true;
    const apply = (focus: Focus | null) => {
      if (!alive || !focus) return;
      if (focus.quoteId !== undefined) setView((v) => ({ ...v, quoteId: focus.quoteId }));
      else setView((v) => ({ ...v, lookup: { text: focus.lookup, n: (v.lookup?.n ?? 0) + 1 } }));
    };
    void takePanelFocus(tabId).then(apply).catch(() => undefined);
    const onMessage = (message: unknown) => {
      const parsed = PanelFocus.safeParse(message);
      if (parsed.success && parsed.data.tabId === tabId) {
        const { quoteId, lookup } = parsed.data;
        apply(quoteId !== undefined ? { quoteId } : lookup !== undefined ? { lookup } : null);
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

  const quoteId = view.quoteId;
  useEffect(() => {
    if (!ready || quoteId === null) return;
    const bring = (card: HTMLElement) => {
      card.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      card.focus({ preventScroll: true });
    };
    const card = focusTarget(document, quoteId);
    if (card) return bring(card);
    // The card may render a moment later (the tab's state still arriving): focus it when it appears.
    const observer = new MutationObserver(() => {
      const late = focusTarget(document, quoteId);
      if (late) {
        observer.disconnect();
        bring(late);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const stop = setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      clearTimeout(stop);
    };
  }, [ready, quoteId]);

  return view;
}

/** The card a click on the page brings forward: the key quote's, or a known misquote's (clicked on the page). */
export function focusTarget(doc: Document, quoteId: string): HTMLElement | null {
  for (const el of doc.querySelectorAll<HTMLElement>('[data-quote-id], [data-misquote-id]')) {
    if (el.dataset.quoteId === quoteId || el.dataset.misquoteId === quoteId) return el;
  }
  return null;
}
