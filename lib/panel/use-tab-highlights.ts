/** The reader's highlights on the page in a tab, kept current while the panel shows it. */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { HighlightsChanged, TabHighlights, TabStateChanged } from '../messages';

export function useTabHighlights(tabId: number | null): { data: TabHighlights | null; reload: () => void } {
  const [data, setData] = useState<TabHighlights | null>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  useEffect(() => {
    if (tabId === null || tabId < 0) return setData(null);
    let alive = true;
    let key: string | null = null;
    const load = () =>
      void browser.runtime
        .sendMessage({ type: 'highlights:for-tab', tabId })
        .then((answer) => {
          const parsed = TabHighlights.safeParse(answer);
          if (!alive) return;
          key = parsed.success ? parsed.data.pageKey : null;
          setData(parsed.success ? parsed.data : null);
        })
        .catch(() => alive && setData(null));
    load();
    const onMessage = (message: unknown) => {
      const changed = HighlightsChanged.safeParse(message);
      if (changed.success && changed.data.pageKey === key) load();
      const tab = TabStateChanged.safeParse(message);
      if (tab.success && tab.data.tabId === tabId) load();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      alive = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId, tick]);
  return { data, reload };
}
