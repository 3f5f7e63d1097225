/**
 * Finds a highlight again after the page changed (background: carries approx-string-match). Follows the
 * Hypothesis client's match-quote.ts (BSD-2-Clause), but exact first, a smaller error budget, none under
 * MIN_FUZZY_LENGTH, and candidates near the old position scored too (see DESIGN.md).
 */
import search from 'approx-string-match';
import type { Selectors } from './schema';
import { anchorExact, type Span } from './text-anchor';

/** Quotes shorter than this (characters) are only anchored exactly. */
export const MIN_FUZZY_LENGTH = 20;
export const FUZZY_ERROR_RATE = 0.1;
export const MAX_FUZZY_ERRORS = 256;

/** Edits allowed between a quote of this length and the text it anchors to (0: exact only). */
export function fuzzyBudget(length: number): number {
  if (!(length >= MIN_FUZZY_LENGTH)) return 0;
  return Math.max(1, Math.min(MAX_FUZZY_ERRORS, Math.floor(length * FUZZY_ERROR_RATE)));
}

/** Typographic variants, each mapped to one ASCII character (same length, so offsets hold). */
const FOLD: Record<string, string> = {};
for (const c of '\u2018\u2019\u201a\u201b\u2032\u2035\u02bc\uff07') FOLD[c] = "'";
for (const c of '\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\uff02') FOLD[c] = '"';
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d') FOLD[c] = '-';
for (const c of '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\n\r\f\v') FOLD[c] = ' ';
const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/** `s` with quotes, dashes and spaces folded to ASCII; always the same length as `s`. */
export function foldTypography(s: string): string {
  return s.replace(FOLD_RE, (c) => FOLD[c] ?? c);
}

/** Similarity (0–1) of `str` to its best approximate occurrence in `text`. */
function similarity(text: string, str: string): number {
  if (str.length === 0) return 1;
  if (text.length === 0) return 0;
  if (text.includes(str)) return 1;
  const found = search(text, str, str.length);
  const errors = found.length > 0 ? Math.min(...found.map((m) => m.errors)) : str.length;
  return 1 - errors / str.length;
}

interface Candidate extends Span {
  errors: number;
}

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/** Where the highlight is in `text` now: exactly if possible, else the best-scoring fuzzy match within budget; null if neither. */
export function anchorFuzzy(text: string, sel: Selectors): Span | null {
  if (typeof text !== 'string' || typeof sel?.quote?.exact !== 'string' || sel.quote.exact.length === 0) return null;
  const exact = anchorExact(text, sel);
  if (exact) return exact;

  const foldedText = foldTypography(text);
  const quote = foldTypography(sel.quote.exact);
  const prefix = foldTypography(sel.quote.prefix ?? '');
  const suffix = foldTypography(sel.quote.suffix ?? '');
  const folded = anchorExact(foldedText, { quote: { ...sel.quote, exact: quote, prefix, suffix }, position: sel.position });
  if (folded) return folded;

  const k = fuzzyBudget(quote.length);
  if (k === 0) return null;
  let candidates: Candidate[];
  try {
    candidates = search(foldedText, quote, k);
    const hint = sel.position?.start;
    if (typeof hint === 'number') {
      const slack = Math.max(1_000, quote.length + 2 * k);
      const from = Math.max(0, hint - slack);
      const to = Math.min(foldedText.length, hint + quote.length + slack);
      for (const m of search(foldedText.slice(from, to), quote, k)) candidates.push({ start: from + m.start, end: from + m.end, errors: m.errors });
    }
  } catch {
    return null;
  }

  let best: Span | null = null;
  let bestScore = -Infinity;
  const seen = new Set<string>();
  for (const c of candidates) {
    if (!(c.errors <= k) || !(c.end > c.start)) continue;
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const score = scoreCandidate(foldedText, c, quote, prefix, suffix, sel.position?.start);
    if (score > bestScore) {
      best = { start: c.start, end: c.end };
      bestScore = score;
    }
  }
  return best;
}

/** A candidate's score: quote, prefix and suffix similarity, and nearness to the old position. */
function scoreCandidate(text: string, c: Candidate, quote: string, prefix: string, suffix: string, hint: number | undefined): number {
  const quoteScore = 1 - c.errors / quote.length;
  const prefixScore = prefix ? similarity(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix) : 1;
  const suffixScore = suffix ? similarity(text.slice(c.end, c.end + suffix.length), suffix) : 1;
  const positionScore = typeof hint === 'number' ? 1 - Math.abs(c.start - hint) / Math.max(1, text.length) : 1;
  return QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
}
