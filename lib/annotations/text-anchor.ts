/**
 * Selections as W3C selectors, found again exactly. In the content script: no zod, no approx-string-match.
 * Offsets are UTF-16 units; describe and anchor against the same kind of text.
 */
import type { Selectors, TextPositionSelector, TextQuoteSelector } from './schema';

/** Context kept on each side of a selection by default (the schema allows up to 64). */
export const DEFAULT_CONTEXT = 32;
const MAX_CONTEXT = 64;
/** Occurrences of a quote looked at when its position no longer holds it. */
const MAX_OCCURRENCES = 1_000;

export interface Span {
  start: number;
  end: number;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Selectors of text[start, end): exact text, up to `context` chars each side (no split surrogates), position. Empty span: RangeError. */
export function describeSpan(
  text: string,
  start: number,
  end: number,
  context = DEFAULT_CONTEXT,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const s = clamp(Math.floor(start), 0, text.length);
  const e = clamp(Math.floor(end), 0, text.length);
  if (!(e > s)) throw new RangeError(`describeSpan: empty span [${start}, ${end})`);
  const n = clamp(Math.floor(context), 0, MAX_CONTEXT);
  let from = Math.max(0, s - n);
  if (from > 0 && from < s && isLowSurrogate(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, e + n);
  if (to > e && to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(s, e), prefix: text.slice(from, s), suffix: text.slice(e, to) },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}

/**
 * Where the selection is in `text`, exactly: at its position if still the quote, else the occurrence whose
 * context agrees longest (nearest the old position among equals). Null when the quote does not occur.
 */
export function anchorExact(text: string, sel: Selectors): Span | null {
  const exact = sel.quote.exact;
  if (typeof text !== 'string' || typeof exact !== 'string' || exact.length === 0) return null;
  const pos = sel.position;
  if (pos && pos.end - pos.start === exact.length && text.startsWith(exact, pos.start)) {
    return { start: pos.start, end: pos.end };
  }
  const prefix = sel.quote.prefix ?? '';
  const suffix = sel.quote.suffix ?? '';
  let best: Span | null = null;
  let bestScore = -1;
  let bestDistance = Infinity;
  let found = 0;
  for (let at = text.indexOf(exact); at !== -1 && found < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    found++;
    const end = at + exact.length;
    const score = commonSuffixLength(text, at, prefix) + commonPrefixLength(text, end, suffix);
    const distance = pos ? Math.abs(at - pos.start) : 0;
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = { start: at, end };
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

/** How many characters just before text[at] agree with the end of `prefix`. */
export function commonSuffixLength(text: string, at: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && at - n - 1 >= 0 && text.charCodeAt(at - n - 1) === prefix.charCodeAt(prefix.length - n - 1)) n++;
  return n;
}

/** How many characters from text[at] on agree with the start of `suffix`. */
export function commonPrefixLength(text: string, at: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length && text.charCodeAt(at + n) === suffix.charCodeAt(n)) n++;
  return n;
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isNaN(n) ? lo : Math.min(hi, Math.max(lo, n));
}
