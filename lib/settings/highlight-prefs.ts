/**
 * What the content script needs of the settings, read by hand (no zod there) with the schema's choices and defaults;
 * tests/unit/settings.test.ts checks it agrees with the schema.
 */
import type { Settings } from './schema';
import { DEFAULT_SETTINGS, PALETTES, SELECTION_TOOLBAR, UI_LANGS } from './defaults';

export type HighlightPrefs = Pick<Settings, 'highlighting' | 'groups' | 'palette'>;

export const DEFAULT_HIGHLIGHT_PREFS: HighlightPrefs = {
  highlighting: DEFAULT_SETTINGS.highlighting,
  groups: { ...DEFAULT_SETTINGS.groups },
  palette: DEFAULT_SETTINGS.palette,
};

type Record_ = Record<string, unknown>;
const isRecord = (v: unknown): v is Record_ => typeof v === 'object' && v !== null && !Array.isArray(v);
const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);

export function highlightPrefs(raw: unknown): HighlightPrefs {
  const r: Record_ = isRecord(raw) ? raw : {};
  const groups: Record_ = isRecord(r.groups) ? r.groups : {};
  const d = DEFAULT_SETTINGS;
  return {
    highlighting: bool(r.highlighting, d.highlighting),
    groups: { zuckerberg: bool(groups.zuckerberg, d.groups.zuckerberg), spokesperson: bool(groups.spokesperson, d.groups.spokesperson) },
    palette: (PALETTES as readonly unknown[]).includes(r.palette) ? (r.palette as HighlightPrefs['palette']) : d.palette,
  };
}

/** What in-page UI needs besides the highlights: where the selection toolbar shows, and the reader's language. */
export type PagePrefs = Pick<Settings, 'selectionToolbar' | 'uiLang'>;

export function pagePrefs(raw: unknown): PagePrefs {
  const r: Record_ = isRecord(raw) ? raw : {};
  const d = DEFAULT_SETTINGS;
  return {
    selectionToolbar: (SELECTION_TOOLBAR as readonly unknown[]).includes(r.selectionToolbar) ? (r.selectionToolbar as PagePrefs['selectionToolbar']) : d.selectionToolbar,
    uiLang: (UI_LANGS as readonly unknown[]).includes(r.uiLang) ? (r.uiLang as PagePrefs['uiLang']) : d.uiLang,
  };
}
