/**
 * Names under which highlights are registered in `CSS.highlights`.
 * Tests and the CSS rely on these: quote highlights start with
 * `meta-context-quote`, the reader's own with `meta-context-user`.
 *
 * The CSS is static (it must paint under a page's strict CSP), so every
 * colour choice is a separate highlight name with its own rule.
 */
export const QUOTE_PREFIX = 'meta-context-quote';
export const USER_PREFIX = 'meta-context-user';

/** Groups of key quotes, by who said them. */
export type QuoteGroup = 'zuckerberg' | 'spokesperson';
export type Palette = 'default' | 'contrast';

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

/** A colour of the reader's highlights: green keeps the names above, the others are `meta-context-user-<colour>[-contrast]`. */
export function userColorHighlightName(color: string, palette: Palette = 'default'): string {
  if (color === 'green') return userHighlightName(palette);
  return palette === 'default' ? `${USER_PREFIX}-${color}` : `${USER_PREFIX}-${color}-${palette}`;
}
