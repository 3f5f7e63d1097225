/** The settings' key, choices and defaults, zod-free for the content script; ./schema.ts builds on them. */

/** The key in `storage.local` the settings live under. */
export const SETTINGS_KEY = 'settings';

export const PALETTES = ['default', 'contrast'] as const;
export const UI_LANGS = ['auto', 'en', 'ko'] as const;
/** Where the selection toolbar (and its keys and menu items) appears: pages about the story, every page, nowhere. */
export const SELECTION_TOOLBAR = ['story', 'everywhere', 'off'] as const;

export const DEFAULT_SETTINGS = {
  highlighting: true,
  groups: { zuckerberg: true, spokesperson: true },
  palette: 'default',
  uiLang: 'auto',
  savePrivate: false,
  selectionToolbar: 'story',
} as const satisfies {
  highlighting: boolean;
  groups: Record<string, boolean>;
  palette: (typeof PALETTES)[number];
  uiLang: (typeof UI_LANGS)[number];
  savePrivate: boolean;
  selectionToolbar: (typeof SELECTION_TOOLBAR)[number];
};
