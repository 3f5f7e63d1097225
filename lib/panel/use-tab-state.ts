/** Which tab the panel shows (`?tabId=N` pins it, else the active tab) and that tab's state. */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { TabState, TabStateChanged } from '../messages';

export type TabView =
  | { kind: 'loading' }
  | { kind: 'unavailable'; tabId: number | null }
  | { kind: 'ready'; tabId: number; state: TabState };

export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^-?\d+$/.test(raw)) return null;
  return Number(raw);
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function fetchTabState(tabId: number): Promise<TabState | null> {
  try {
    const answer = await browser.runtime.sendMessage({ type: 'tab-state:get', tabId });
    const parsed = TabState.safeParse(answer);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function useTabState(search: string): { view: TabView; refresh: () => void } {
  const pinned = pinnedTabId(search);
  // undefined: the active tab is not known yet (stay 'loading' rather than flash an error).
  const [tabId, setTabId] = useState<number | null | undefined>(pinned ?? undefined);
  const [view, setView] = useState<TabView>({ kind: 'loading' });
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((n) => n + 1), []);

  // Follow the active tab unless pinned.
  useEffect(() => {
    if (pinned !== null) return;
    let alive = true;
    const update = () => void activeTabId().then((id) => alive && setTabId(id)).catch(() => alive && setTabId(null));
    update();
    const onActivated = () => update();
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [pinned]);

  // Fetch the state, and again whenever the background says it changed or the tab navigates.
  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null || tabId < 0) {
      setView({ kind: 'unavailable', tabId });
      return;
    }
    let alive = true;
    const load = () =>
      void fetchTabState(tabId).then((state) => {
        if (!alive) return;
        setView(state ? { kind: 'ready', tabId, state } : { kind: 'unavailable', tabId });
      });
    load();
    const onMessage = (message: unknown) => {
      const parsed = TabStateChanged.safeParse(message);
      if (parsed.success && parsed.data.tabId === tabId) load();
      return undefined;
    };
    const onUpdated = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') load();
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      alive = false;
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId, tick]);

  return { view, refresh };
}
