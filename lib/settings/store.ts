/** The settings in `storage.local` through versioned WXT storage, validated with zod on every read and write. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import { applySettingsPatch, parseSettings, settingsPatch, SETTINGS_KEY, DEFAULT_SETTINGS, type Settings, type SettingsPatch } from './schema';

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: parseSettings(DEFAULT_SETTINGS),
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Writes in this context, one after the other: each reads what the one before wrote. */
let writing: Promise<unknown> = Promise.resolve();

/**
 * Apply a change to the stored settings (a patch, or a function of the current settings); what is written is
 * validated first. Called by the background only, the settings' one writer (`settings:update`): changes made at
 * once in the panel and the options page are applied one after the other, none lost.
 */
export function updateSettings(change: SettingsPatch | ((current: Settings) => Settings)): Promise<Settings> {
  const run = writing.then(async () => {
    const current = await loadSettings();
    const next = typeof change === 'function' ? parseSettings(change(current)) : applySettingsPatch(current, change);
    await settingsItem.setValue(next);
    return next;
  });
  writing = run.catch(() => undefined);
  return run;
}

/** From an extension page: send the fields a change touches to the background, which writes them. */
function sendPatch(patch: SettingsPatch): void {
  if (Object.keys(patch).length === 0) return;
  void browser.runtime.sendMessage({ type: 'settings:update', patch }).catch(() => undefined);
}

/** The settings, kept current when they change anywhere (another panel, the options page). */
export function useSettings(): { settings: Settings | null; update: (change: (s: Settings) => Settings) => void } {
  const [settings, setSettings] = useState<Settings | null>(null);
  const current = useRef<Settings | null>(null);
  useEffect(() => {
    let alive = true;
    const show = (s: Settings) => {
      if (!alive) return;
      current.current = s;
      setSettings(s);
    };
    void loadSettings().then(show);
    const unwatch = settingsItem.watch((value) => show(parseSettings(value)));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const update = useCallback((change: (s: Settings) => Settings) => {
    const before = current.current;
    if (!before) return;
    // Show the change at once; storage confirms it through watch(). Only the fields it changes go to the writer.
    const next = parseSettings(change(before));
    current.current = next;
    setSettings(next);
    sendPatch(settingsPatch(before, next));
  }, []);
  return { settings, update };
}
