/**
 * The reader's highlight colours. Zod-free (the content script imports it);
 * schema.ts makes the zod enum from this list. `green` is the default: the
 * colour every highlight had before colours (stored version 1).
 */
export const HIGHLIGHT_COLORS = ['green', 'yellow', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];
export const DEFAULT_COLOR: HighlightColor = 'green';

export function isHighlightColor(x: unknown): x is HighlightColor {
  return typeof x === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(x);
}

/**
 * In W3C Web Annotations the colour is a CSS class on the target
 * (SpecificResource `styleClass`, model §4.3.1) defined by the annotation's
 * `stylesheet`: `meta-context-yellow` and so on.
 */
export const STYLE_CLASS_PREFIX = 'meta-context-';

/** The swatch colours (for the stylesheet exported with an annotation, and the library's swatches). */
export const COLOR_HEX: Readonly<Record<HighlightColor, string>> = {
  green: '#78dc78',
  yellow: '#ffd84a',
  blue: '#6cb8ff',
  pink: '#ff8fc8',
};
