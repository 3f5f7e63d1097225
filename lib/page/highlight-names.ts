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

export function quoteHighlightName(group: QuoteGroup, palette: Palette = 'default'): string {
  return palette === 'default' ? `${QUOTE_PREFIX}-${group}` : `${QUOTE_PREFIX}-${group}-${palette}`;
}

/** The highlight that flashes a quote brought into view ("show in page", next/previous). */
export const FOCUS_HIGHLIGHT = `${QUOTE_PREFIX}-focus`;

export function userHighlightName(palette: Palette = 'default'): string {
  return palette === 'default' ? USER_PREFIX : `${USER_PREFIX}-${palette}`;
}
