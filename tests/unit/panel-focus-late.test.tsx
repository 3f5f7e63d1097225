// @vitest-environment jsdom
/** A card the page's click asks for is brought forward even when it renders after the panel is ready. */
import { afterEach, expect, it } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing';
import { usePanelFocus } from '../../lib/panel/use-panel-focus';
import { focusKey } from '../../lib/background/panel-focus';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  fakeBrowser.reset();
});

it('focuses a misquote card that appears after the focus was taken', async () => {
  window.matchMedia ??= (() => ({ matches: false })) as unknown as typeof window.matchMedia;
  Element.prototype.scrollIntoView ??= () => {};
  await fakeBrowser.storage.session.set({ [focusKey(7)]: { quoteId: 'misquote-1', at: Date.now() } });
  const { result } = renderHook(() => usePanelFocus(7, true));
  await waitFor(() => expect(result.current.quoteId).toBe('misquote-1'));
  const card = document.createElement('article');
  card.dataset.misquoteId = 'misquote-1';
  card.tabIndex = -1;
  await act(async () => {
    document.body.append(card);
  });
  await waitFor(() => expect(document.activeElement).toBe(card));
});
