/**
 * What the content script needs of the settings: whether and how to paint.
 *
 * The content script carries no zod (its size budget), so this reads the
 * stored value by hand. tests/unit/settings.test.ts checks that it agrees
 * with the zod schema (./schema.ts) on valid, partial and broken values.
 */
import type { Palette, QuoteGroup } from '../page/highlight-names';

export interface HighlightPrefs {
  highlighting: boolean;
  groups: Record<QuoteGroup, boolean>;
  palette: Palette;
}

export const DEFAULT_HIGHLIGHT_PREFS: HighlightPrefs = {
  highlighting: true,
  groups: { zuckerberg: true, spokesperson: true },
  palette: 'default',
};

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function highlightPrefs(raw: unknown): HighlightPrefs {
  if (!isRecord(raw)) return { ...DEFAULT_HIGHLIGHT_PREFS, groups: { ...DEFAULT_HIGHLIGHT_PREFS.groups } };
  const groups = isRecord(raw.groups) ? raw.groups : {};
  return {
    highlighting: bool(raw.highlighting, true),
    groups: { zuckerberg: bool(groups.zuckerberg, true), spokesperson: bool(groups.spokesperson, true) },
    palette: raw.palette === 'contrast' ? 'contrast' : 'default',
  };
}
