/** The library's data: every highlight, the orphans, how full storage is; reloaded when any page's highlights change. */
import { startTransition, useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { UserHighlight } from '../annotations/schema';
import { HighlightsChanged } from '../messages';
import { quotaLevel, type QuotaLevel } from '../annotations/quota';

export interface LibraryData {
  highlights: UserHighlight[];
  orphans: ReadonlySet<string>;
  storage: { level: QuotaLevel; percent: number };
}

const send = (message: unknown) => browser.runtime.sendMessage(message);

export function useLibrary(): { data: LibraryData | null; reload: () => void } {
  const [data, setData] = useState<LibraryData | null>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  useEffect(() => {
    let alive = true;
    void Promise.all([send({ type: 'highlights:all' }), send({ type: 'highlights:orphans' }), send({ type: 'highlights:usage' }).catch(() => null)])
      .then(([all, orphans, usage]) => {
        if (!alive) return;
        // The background validated every item on its way out of the store.
        const highlights = Array.isArray(all) ? (all as UserHighlight[]) : [];
        const ids = new Set(Array.isArray(orphans) ? orphans.filter((x): x is string => typeof x === 'string') : []);
        const u = usage as { bytes?: number; quota?: number } | null;
        const bytes = typeof u?.bytes === 'number' ? u.bytes : 0;
        const quota = typeof u?.quota === 'number' ? u.quota : 0;
        // A transition: React renders a long list in slices, with no long task.
        startTransition(() => setData({ highlights, orphans: ids, storage: { level: quotaLevel(bytes, quota), percent: quota > 0 ? Math.round((bytes / quota) * 100) : 0 } }));
      })
      .catch(() => alive && setData({ highlights: [], orphans: new Set(), storage: { level: 'ok', percent: 0 } }));
    return () => {
      alive = false;
    };
  }, [tick]);
  useEffect(() => {
    const onMessage = (message: unknown) => {
      if (HighlightsChanged.safeParse(message).success) reload();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [reload]);
  return { data, reload };
}
