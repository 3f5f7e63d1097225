/**
 * Finds quotes in a skeleton text: exact first; fuzzy only for needles with no exact occurrence, with an
 * error budget proportional to length and none below `minFuzzyLength`. Pigeonhole pieces find candidates,
 * Myers (approx-string-match) verifies local windows only. Pure; odd input gives fewer matches, never a throw.
 */
import search from 'approx-string-match';
import { toSkeleton } from '../text/normalize';
import { escapeRegExp } from '../text/regexp';

export type MatchLang = 'en' | 'ko';

export interface Needle {
  quoteId: string;
  lang: MatchLang;
  /** toSkeleton of the quote's text in that language. */
  skeleton: string;
}

export interface QuoteMatch {
  quoteId: string;
  lang: MatchLang;
  /** Skeleton offsets into the searched text: [start, end). */
  start: number;
  end: number;
  /** Edit distance between the needle and text[start, end) (0 for exact matches). */
  errors: number;
  exact: boolean;
}

export interface MatchOptions {
  /** Occurrences kept per needle (default 5). */
  maxOccurrences?: number;
  /** Error budget per skeleton char: one rate or per language (default en 0.1, ko 0.15: a Korean char is a syllable). */
  errorRate?: number | Partial<Record<MatchLang, number>>;
  /** Needles shorter than this (skeleton chars) are only matched exactly (default 20). */
  minFuzzyLength?: number;
  /** Occurrences of one piece looked at, and candidate windows per needle (default 16 and 64). */
  maxPieceHits?: number;
  maxCandidates?: number;
  /** Set false for exact matching only. */
  fuzzy?: boolean;
}

/** What prepareNeedles reads of a quote (a dataset Quote fits). */
export interface QuoteText {
  id: string;
  en: string;
  ko: string | null;
}

/** One needle per language with text (and a non-empty skeleton). */
export function prepareNeedles(quotes: readonly QuoteText[]): Needle[] {
  const needles: Needle[] = [];
  if (!Array.isArray(quotes)) return needles;
  for (const q of quotes) {
    if (q === null || typeof q !== 'object' || typeof q.id !== 'string') continue;
    for (const lang of ['en', 'ko'] as const) {
      const text = q[lang];
      if (typeof text !== 'string') continue;
      const skeleton = toSkeleton(text);
      if (skeleton.length > 0) needles.push({ quoteId: q.id, lang, skeleton });
    }
  }
  return needles;
}

export const DEFAULT_ERROR_RATE: Record<MatchLang, number> = { en: 0.1, ko: 0.15 };

/** The error budget for a needle of this skeleton length and language (0: exact only). */
export function errorBudget(length: number, lang: MatchLang, opts: MatchOptions = {}): number {
  const r = opts.errorRate;
  const rate = typeof r === 'number' ? r : (r?.[lang] ?? DEFAULT_ERROR_RATE[lang] ?? 0.1);
  const floor = opts.minFuzzyLength ?? 20;
  if (!(length >= floor) || !(rate > 0)) return 0;
  return Math.floor(length * Math.min(rate, 0.5));
}

interface Found {
  start: number;
  end: number;
  errors: number;
}

function exactOccurrences(text: string, needle: string, cap: number): Found[] {
  const out: Found[] = [];
  let from = 0;
  while (out.length < cap) {
    const i = text.indexOf(needle, from);
    if (i === -1) break;
    out.push({ start: i, end: i + needle.length, errors: 0 });
    from = i + 1;
  }
  return out;
}

/** A piece of a needle, for the candidate search. */
interface Piece {
  /** Index of the needle in the fuzzy list. */
  needle: number;
  /** Offset of the piece in the needle. */
  from: number;
  text: string;
  hits: number;
}

/** A string to find exactly, for scanPieces. */
export interface ScanPiece {
  text: string;
}

/** Texts up to this length are scanned by one regular expression, longer ones by a rolling hash. */
export const REGEX_SCAN_CHARS = 50_000;

/**
 * Exact occurrences of all pieces, in text order (pieces at the same place in list order). `onHit` returns false
 * to stop. The worker runs this in its first analyses, before the JIT has compiled anything, where a per-char
 * loop in JavaScript costs ten times its compiled cost: on an article's text (a few thousand to tens of thousands
 * of chars) a native regular expression is several times faster then, and as fast later. On a long text the
 * hash's loop gets compiled within the first pass and costs a third of the expression's per char.
 */
export function scanPieces<P extends ScanPiece>(text: string, pieces: readonly P[], onHit: (piece: P, at: number) => boolean | void): void {
  if (text.length <= REGEX_SCAN_CHARS) scanPiecesByRegex(text, pieces, onHit);
  else scanPiecesByHash(text, pieces, onHit);
}

/** scanPieces for a text up to REGEX_SCAN_CHARS: one native regular expression, the pieces its alternatives, longest first. */
export function scanPiecesByRegex<P extends ScanPiece>(text: string, pieces: readonly P[], onHit: (piece: P, at: number) => boolean | void): void {
  const byText = new Map<string, number[]>();
  pieces.forEach((p, i) => {
    if (typeof p.text !== 'string' || p.text.length === 0) return;
    const list = byText.get(p.text);
    if (list === undefined) byText.set(p.text, [i]);
    else list.push(i);
  });
  if (byText.size === 0) return;
  const texts = [...byText.keys()].sort((a, b) => b.length - a.length);
  // Where one piece matched, the others that start there too (a shorter one, a prefix of it).
  const byFirst = new Map<string, string[]>();
  for (const t of texts) {
    const list = byFirst.get(t[0]!);
    if (list === undefined) byFirst.set(t[0]!, [t]);
    else list.push(t);
  }
  const re = new RegExp(texts.map(escapeRegExp).join('|'), 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.index;
    const here: number[] = [];
    for (const t of byFirst.get(text[at]!) ?? []) if (text.startsWith(t, at)) here.push(...byText.get(t)!);
    here.sort((a, b) => a - b);
    for (const i of here) if (onHit(pieces[i]!, at) === false) return;
    re.lastIndex = at + 1;
  }
}

const HASH_BASE = 31;
const FILTER_BITS = 16;

/** scanPieces for a long text: one pass, a rolling hash over the shortest piece's first q ≤ 8 chars, 64 K filter, startsWith on filter hits. */
export function scanPiecesByHash<P extends ScanPiece>(text: string, pieces: readonly P[], onHit: (piece: P, at: number) => boolean | void): void {
  let q = 8;
  for (const p of pieces) if (p.text.length > 0) q = Math.min(q, p.text.length);
  if (text.length < q) return;
  const hashOf = (s: string, from: number) => {
    let h = 0;
    for (let i = from; i < from + q; i++) h = (Math.imul(h, HASH_BASE) + s.charCodeAt(i)) | 0;
    return h;
  };
  const byHash = new Map<number, P[]>();
  const filter = new Uint8Array(1 << FILTER_BITS);
  for (const p of pieces) {
    if (p.text.length === 0) continue;
    const h = hashOf(p.text, 0);
    const list = byHash.get(h);
    if (list === undefined) byHash.set(h, [p]);
    else list.push(p);
    filter[Math.imul(h, 0x9e3779b1) >>> (32 - FILTER_BITS)] = 1;
  }
  let top = 1; // HASH_BASE^(q-1), mod 2^32
  for (let i = 1; i < q; i++) top = Math.imul(top, HASH_BASE);
  let h = hashOf(text, 0);
  const n = text.length;
  for (let end = q; ; end++) {
    // h is the hash of text[end - q, end).
    if (filter[Math.imul(h, 0x9e3779b1) >>> (32 - FILTER_BITS)] !== 0) {
      const list = byHash.get(h);
      if (list !== undefined) {
        const at = end - q;
        for (const p of list) if (text.startsWith(p.text, at) && onHit(p, at) === false) return;
      }
    }
    if (end >= n) break;
    h = (Math.imul((h - Math.imul(text.charCodeAt(end - q), top)) | 0, HASH_BASE) + text.charCodeAt(end)) | 0;
  }
}

/** Per needle, the implied starts of its pieces' occurrences, in text order (capped per piece and per needle). */
function pieceHits(text: string, pieces: Piece[], needles: number, opts: MatchOptions): number[][] {
  const perPiece = Math.max(1, opts.maxPieceHits ?? 16);
  const maxCandidates = Math.max(1, opts.maxCandidates ?? 64);
  const starts: number[][] = Array.from({ length: needles }, () => []);
  scanPieces(text, pieces, (p, at) => {
    if (p.hits >= perPiece || starts[p.needle]!.length >= maxCandidates) return;
    p.hits++;
    starts[p.needle]!.push(at - p.from);
  });
  return starts;
}

/** Candidate windows [a, b) around implied needle starts, merged where they overlap. */
function windowsAround(starts: number[], len: number, k: number, textLength: number): Array<[number, number]> {
  const windows = starts
    .map((s): [number, number] => [Math.max(0, s - k), Math.min(textLength, s + len + k)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last !== undefined && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  return merged;
}

/** Best approximate matches (≤ k errors) of the needle in each window. */
function verifyWindows(text: string, needle: string, k: number, windows: Array<[number, number]>): Found[] {
  const out: Found[] = [];
  for (const [a, b] of windows) {
    const local = search(text.slice(a, b), needle, k);
    // All of `local` share the lowest error count: each start once, length closest to the needle's.
    const byStart = new Map<number, Found>();
    for (const m of local) {
      if (!(m.errors <= k) || m.end <= m.start) continue;
      const f = { start: a + m.start, end: a + m.end, errors: m.errors };
      const prev = byStart.get(f.start);
      if (prev === undefined || Math.abs(f.end - f.start - needle.length) < Math.abs(prev.end - prev.start - needle.length)) {
        byStart.set(f.start, f);
      }
    }
    out.push(...byStart.values());
  }
  return out;
}

/** The best non-overlapping matches, fewest errors first, then earliest; at most `cap`. */
function bestNonOverlapping(found: Found[], cap: number): Found[] {
  found.sort((x, y) => x.errors - y.errors || x.start - y.start);
  const kept: Found[] = [];
  for (const f of found) {
    if (kept.length >= cap) break;
    if (kept.some((g) => f.start < g.end && g.start < f.end)) continue;
    kept.push(f);
  }
  return kept.sort((x, y) => x.start - y.start);
}

/** Occurrences of the needles in a skeleton text, by position: exact ones when a needle has any, else bounded fuzzy ones. */
export function findQuotes(text: string, needles: readonly Needle[], opts: MatchOptions = {}): QuoteMatch[] {
  const matches: QuoteMatch[] = [];
  if (typeof text !== 'string' || text.length === 0 || !Array.isArray(needles)) return matches;
  const cap = Math.max(1, Math.floor(opts.maxOccurrences ?? 5));
  const push = (n: Needle, found: Found[], exact: boolean) => {
    for (const f of bestNonOverlapping(found, cap)) {
      matches.push({ quoteId: n.quoteId, lang: n.lang, start: f.start, end: f.end, errors: f.errors, exact: exact || f.errors === 0 });
    }
  };
  // Exact first; the rest, with their budgets, go to the fuzzy search.
  const fuzzy: Array<{ needle: Needle; k: number }> = [];
  for (const n of needles) {
    if (n === null || typeof n !== 'object' || typeof n.skeleton !== 'string' || n.skeleton.length === 0) continue;
    const found = exactOccurrences(text, n.skeleton, cap);
    if (found.length > 0) push(n, found, true);
    else if (opts.fuzzy !== false) {
      const k = errorBudget(n.skeleton.length, n.lang, opts);
      if (k > 0) fuzzy.push({ needle: n, k });
    }
  }
  if (fuzzy.length > 0) {
    try {
      // Pigeonhole: k + 1 pieces, one of which any match within k errors holds exactly.
      const pieces: Piece[] = [];
      fuzzy.forEach(({ needle, k }, i) => {
        const len = needle.skeleton.length;
        for (let p = 0; p <= k; p++) {
          const from = Math.floor((p * len) / (k + 1));
          const to = Math.floor(((p + 1) * len) / (k + 1));
          if (to > from) pieces.push({ needle: i, from, text: needle.skeleton.slice(from, to), hits: 0 });
        }
      });
      const starts = pieceHits(text, pieces, fuzzy.length, opts);
      fuzzy.forEach(({ needle, k }, i) => {
        const windows = windowsAround(starts[i]!, needle.skeleton.length, k, text.length);
        push(needle, verifyWindows(text, needle.skeleton, k, windows), false);
      });
    } catch {
      // Odd input: exact matches only.
    }
  }
  return matches.sort((x, y) => x.start - y.start || x.end - y.end);
}
