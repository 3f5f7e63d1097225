/** The settings in `storage.local` through versioned WXT storage, validated with zod on every read and write. */
import { useCallback, useEffect, useState } from 'react';
import { storage } from 'wxt/utils/storage';
import { parseSettings, SETTINGS_KEY, DEFAULT_SETTINGS, type Settings } from './schema';

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: parseSettings(DEFAULT_SETTINGS),
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Apply a change to the stored settings; what is written is validated first. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}

/** The settings, kept current when they change anywhere (another panel, the options page). */
export function useSettings(): { settings: Settings | null; update: (change: (s: Settings) => Settings) => void } {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let alive = true;
    void loadSettings().then((s) => alive && setSettings(s));
    const unwatch = settingsItem.watch((value) => alive && setSettings(parseSettings(value)));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const update = useCallback((change: (s: Settings) => Settings) => {
    // Show the change at once; storage confirms it through watch().
    setSettings((s) => (s ? parseSettings(change(s)) : s));
    void updateSettings(change);
  }, []);
  return { settings, update };
}
