/**
 * Names of the highlights in `CSS.highlights` (tests and CSS rely on the `meta-context-quote` and
 * `meta-context-user` prefixes). The CSS is static to paint under a strict CSP, so each colour is its own name.
 */
import type { Settings } from '../settings/schema';

export const QUOTE_PREFIX = 'meta-context-quote';
export const USER_PREFIX = 'meta-context-user';

/** Groups of key quotes, by who said them, and the colour sets: as the settings name them. */
export type QuoteGroup = keyof Settings['groups'];
export type Palette = Settings['palette'];

export function quoteGroupOf(speakerId: string): QuoteGroup {
  return speakerId === 'zuckerberg' ? 'zuckerberg' : 'spokesperson';
}

/** How a match is painted: the quote (or part of it), another rendering of it, or altered. */
export type QuoteStyle = 'quote' | 'rendering' | 'altered';

export function quoteHighlightName(group: QuoteGroup, palette: Palette = 'default', style: QuoteStyle = 'quote'): string {
  const base = style === 'quote' ? `${QUOTE_PREFIX}-${group}` : `${QUOTE_PREFIX}-${group}-${style}`;
  return palette === 'default' ? base : `${base}-${palette}`;
}

/** A known misquote, wherever it appears (one name for both palettes). */
export const MISQUOTE_HIGHLIGHT = 'meta-context-misquote';

/** The highlight that flashes a quote brought into view ("show in page", next/previous). */
export const FOCUS_HIGHLIGHT = `${QUOTE_PREFIX}-focus`;

export function userHighlightName(palette: Palette = 'default'): string {
  return palette === 'default' ? USER_PREFIX : `${USER_PREFIX}-${palette}`;
}

/** A colour of the reader's highlights: green keeps the names above, the others are `meta-context-user-<colour>[-contrast]`. */
export function userColorHighlightName(color: string, palette: Palette = 'default'): string {
  if (color === 'green') return userHighlightName(palette);
  return palette === 'default' ? `${USER_PREFIX}-${color}` : `${USER_PREFIX}-${color}-${palette}`;
}
