/** The reader's settings (zod: the single source of the type); each field falls back to its default on its own. */
import { z } from '../zod';
import { DEFAULT_SETTINGS, PALETTES, SELECTION_TOOLBAR, UI_LANGS } from './defaults';

export const UiLangSetting = z.enum(UI_LANGS);
export type UiLangSetting = z.infer<typeof UiLangSetting>;

export const PaletteSetting = z.enum(PALETTES);

export const Settings = z
  .object({
    /** Paint the key quotes in pages at all. */
    highlighting: z.boolean().catch(DEFAULT_SETTINGS.highlighting),
    /** Which quote groups are painted: Zuckerberg's words, Meta's spokesperson's. */
    groups: z
      .object({
        zuckerberg: z.boolean().catch(DEFAULT_SETTINGS.groups.zuckerberg),
        spokesperson: z.boolean().catch(DEFAULT_SETTINGS.groups.spokesperson),
      })
      .catch({ ...DEFAULT_SETTINGS.groups }),
    /** Highlight colours: the default translucent ones, or high contrast. */
    palette: PaletteSetting.catch(DEFAULT_SETTINGS.palette),
    /** The panel's language: the browser's, or one chosen in the panel. */
    uiLang: UiLangSetting.catch(DEFAULT_SETTINGS.uiLang),
    /** Keep highlights made in private (incognito) windows. Off: nothing from them is saved. */
    savePrivate: z.boolean().catch(DEFAULT_SETTINGS.savePrivate),
    /** The selection toolbar: on pages about the story (default), on every page, or off (its keys and menu items too). */
    selectionToolbar: z.enum(SELECTION_TOOLBAR).catch(DEFAULT_SETTINGS.selectionToolbar),
  })
  .catch(() => structuredClone(DEFAULT_SETTINGS) as never);
export type Settings = z.infer<typeof Settings>;

/** A change to the settings, field by field (groups one by one): what the panel and the options page send the background, the settings' one writer. */
export const SettingsPatch = z.object({
  highlighting: z.boolean().optional(),
  groups: z.object({ zuckerberg: z.boolean().optional(), spokesperson: z.boolean().optional() }).optional(),
  palette: PaletteSetting.optional(),
  uiLang: UiLangSetting.optional(),
  savePrivate: z.boolean().optional(),
  selectionToolbar: z.enum(SELECTION_TOOLBAR).optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;

/** The fields `next` changes from `current` (groups one by one). */
export function settingsPatch(current: Settings, next: Settings): SettingsPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(next) as Array<keyof Settings>) {
    if (key === 'groups') {
      const groups: Record<string, boolean> = {};
      for (const g of Object.keys(next.groups) as Array<keyof Settings['groups']>) if (next.groups[g] !== current.groups[g]) groups[g] = next.groups[g];
      if (Object.keys(groups).length > 0) patch.groups = groups;
    } else if (next[key] !== current[key]) patch[key] = next[key];
  }
  return patch as SettingsPatch;
}

/** `current` with a patch applied, validated. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const { groups, ...rest } = patch;
  return parseSettings({ ...current, ...rest, groups: { ...current.groups, ...groups } });
}

/** Whatever storage holds, as valid settings (defaults where it holds nothing usable). */
export function parseSettings(raw: unknown): Settings {
  return Settings.parse(raw ?? {});
}

export { DEFAULT_SETTINGS, SETTINGS_KEY } from './defaults';
