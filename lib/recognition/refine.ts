/**
 * Trimmed and altered quotes, word-aligned and inside one block. Where a needle has no exact occurrence, its
 * candidate places (occurrences of its word shingles, and findQuotes' fuzzy matches) are aligned with it unit by
 * unit (English: words; Korean: syllables) inside the block that holds them, and classed:
 * - `part`: a contiguous run of the quote's own words (a whole sentence of it, or at least PART_MIN_WORDS words);
 * - `altered`: most of the quote's words in order, with a few changed inside (a misquote, a spun copy);
 * anything else is dropped. Starts and ends are page word boundaries; nothing crosses a block boundary.
 * Pure; never throws (odd input gives fewer results).
 */
import { scanPieces, type MatchLang } from './match';
import { blockStartAt, firstBlockAfter, sourceEnd, type PageSkeleton } from './page-skeleton';
import { wordsOf } from '../text/word-diff';
import { toSkeleton } from '../text/normalize';

/** Words a trimmed quote keeps at least (unless it is a whole sentence of the quote). */
export const PART_MIN_WORDS = 8;
/** Share of the quote's units an altered quote keeps, in order. */
export const ALTERED_MIN_KEPT = 0.7;
/** Longest run of changed units inside an altered quote (English words; Korean syllables). */
const ALTERED_MAX_GAP: Record<MatchLang, number> = { en: 3, ko: 6 };

export interface WordNeedle {
  quoteId: string;
  lang: MatchLang;
  skeleton: string;
  /** Skeleton offsets where each of the quote's words starts, then the skeleton's length. */
  wordStarts: number[];
  /** Word index ranges [a, b) of the quote's sentences. */
  sentences: Array<[number, number]>;
}

export interface RefinedMatch {
  quoteId: string;
  lang: MatchLang;
  /** Skeleton span [start, end). */
  start: number;
  end: number;
  kind: 'part' | 'altered';
  /** Share of the quote's units found, in order. */
  kept: number;
}

/** A needle's words and sentences, from the quote's text in that language. */
export function wordNeedle(quoteId: string, lang: MatchLang, text: string): WordNeedle | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  const wordStarts: number[] = [];
  let at = 0;
  for (const w of words) {
    wordStarts.push(at);
    at += w.key.length;
  }
  wordStarts.push(at);
  const sentences: Array<[number, number]> = [];
  let a = 0;
  words.forEach((w, i) => {
    if (/[.!?。]["'”’)]*$/.test(w.text) || i === words.length - 1) {
      sentences.push([a, i + 1]);
      a = i + 1;
    }
  });
  return { quoteId, lang, skeleton: words.map((w) => w.key).join(''), wordStarts, sentences };
}

/** Chars between two letters that do not break a word: apostrophes, soft hyphen, zero-width characters. */
const JOINERS = new Set(["'", '’', 'ʼ', '‘', '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);

/** True when a page word starts at skeleton offset i (a space, punctuation or a block boundary before it). */
export function isWordStart(sk: PageSkeleton, text: string, i: number): boolean {
  if (i <= 0 || i >= sk.text.length) return true;
  if (blockStartAt(sk, i) === i) return true;
  const prevEnd = sourceEnd(sk, i - 1);
  const here = sk.from[i]!;
  for (let u = prevEnd; u < here; u++) if (!JOINERS.has(text[u]!)) return true;
  return false;
}

interface Unit {
  key: string;
  /** Skeleton span of the unit in the page. */
  start: number;
  end: number;
}

/** The page's units in skeleton span [a, b): words (English) or syllables (Korean). */
function pageUnits(sk: PageSkeleton, text: string, a: number, b: number, lang: MatchLang): Unit[] {
  const out: Unit[] = [];
  if (lang === 'ko') {
    // Syllables; a run of other letters and digits (a Latin word inside Korean text) is one unit.
    for (let i = a; i < b; ) {
      let j = i + 1;
      if (!isHangul(sk.text.charCodeAt(i))) while (j < b && !isHangul(sk.text.charCodeAt(j)) && !isWordStart(sk, text, j)) j++;
      out.push({ key: sk.text.slice(i, j), start: i, end: j });
      i = j;
    }
    return out;
  }
  let s = a;
  for (let i = a + 1; i <= b; i++) {
    if (i === b || isWordStart(sk, text, i)) {
      out.push({ key: sk.text.slice(s, i), start: s, end: i });
      s = i;
    }
  }
  return out;
}

const isHangul = (c: number) => c >= 0xac00 && c <= 0xd7a3;

/** The needle's units: words (English) or syllables (Korean). */
function needleUnits(n: WordNeedle): string[] {
  if (n.lang === 'ko') return [...n.skeleton];
  const out: string[] = [];
  for (let w = 0; w + 1 < n.wordStarts.length; w++) out.push(n.skeleton.slice(n.wordStarts[w], n.wordStarts[w + 1]));
  return out;
}

/**
 * Pairs (needle unit, page unit) of equal units in the best local alignment (Smith–Waterman: +3 a match, −1 a
 * change, an added or a dropped unit), so stray units around a quote never stretch it.
 */
function alignPairs(a: readonly string[], b: readonly Unit[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n * m > 400_000) return [];
  const w = m + 1;
  const h = new Int32Array((n + 1) * w);
  let best = 0;
  let bi = 0;
  let bj = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const diag = h[(i - 1) * w + j - 1]! + (a[i - 1] === b[j - 1]!.key ? 3 : -1);
      const v = Math.max(0, diag, h[(i - 1) * w + j]! - 1, h[i * w + j - 1]! - 1);
      h[i * w + j] = v;
      if (v > best) {
        best = v;
        bi = i;
        bj = j;
      }
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = bi;
  let j = bj;
  while (i > 0 && j > 0 && h[i * w + j]! > 0) {
    const v = h[i * w + j]!;
    const same = a[i - 1] === b[j - 1]!.key;
    if (v === h[(i - 1) * w + j - 1]! + (same ? 3 : -1)) {
      if (same) pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (v === h[(i - 1) * w + j]! - 1) i--;
    else j--;
  }
  return pairs.reverse();
}

/** Splits pairs where either side jumps by more than `gap` units; keeps the group with the most pairs. */
function bestGroup(pairs: Array<[number, number]>, gap: number): Array<[number, number]> {
  let best: Array<[number, number]> = [];
  let cur: Array<[number, number]> = [];
  for (const p of pairs) {
    const last = cur[cur.length - 1];
    if (last !== undefined && (p[0] - last[0] - 1 > gap || p[1] - last[1] - 1 > gap)) {
      if (cur.length > best.length) best = cur;
      cur = [];
    }
    cur.push(p);
  }
  return cur.length > best.length ? cur : best;
}

/** The needle's word index holding needle unit u (English: u itself). */
function wordOfUnit(n: WordNeedle, u: number): number {
  if (n.lang === 'en') return u;
  let w = 0;
  while (w + 1 < n.wordStarts.length - 1 && n.wordStarts[w + 1]! <= u) w++;
  return w;
}

/** Classes one aligned place, or null. */
function classify(n: WordNeedle, units: string[], page: Unit[], sk: PageSkeleton, text: string): RefinedMatch | null {
  const pairs = bestGroup(alignPairs(units, page), ALTERED_MAX_GAP[n.lang]);
  if (pairs.length === 0) return null;
  const [na, pa] = pairs[0]!;
  const [nb, pb] = pairs[pairs.length - 1]!;
  const start = page[pa]!.start;
  const end = page[pb]!.end;
  if (!isWordStart(sk, text, start)) return null;
  const contiguous = nb - na === pairs.length - 1 && pb - pa === pairs.length - 1;
  const kept = pairs.length / units.length;
  if (contiguous) {
    // A run of the quote's own units: must start at one of its words; English must end at one too.
    if (n.lang === 'ko' && !n.wordStarts.includes(na)) return null;
    if (n.lang === 'en' && !isWordStart(sk, text, end)) return null;
    const wa = wordOfUnit(n, na);
    // Words wholly inside the run (a Korean run may end inside a word: particles follow quotes).
    let wb = wordOfUnit(n, nb) + 1;
    if (n.lang === 'ko' && n.wordStarts[wb]! > nb + 1) wb--;
    const whole = wb - wa;
    const sentence = n.sentences.some(([a, b]) => a >= wa && b <= wordOfUnit(n, nb) + 1 && b - a >= 3);
    if (whole >= PART_MIN_WORDS || sentence) return { quoteId: n.quoteId, lang: n.lang, start, end, kind: 'part', kept };
    return null;
  }
  // Changed inside: most of the quote, in order, from (near) its first unit to (near) its last.
  if (kept < ALTERED_MIN_KEPT || units.length < (n.lang === 'en' ? 6 : 15)) return null;
  const slack = n.lang === 'en' ? 1 : 3;
  if (na > slack || nb < units.length - 1 - slack) return null;
  if (n.lang === 'en' && !isWordStart(sk, text, end)) return null;
  return { quoteId: n.quoteId, lang: n.lang, start, end, kind: 'altered', kept };
}

export interface RefineOptions {
  /** Extra candidate places per needle (findQuotes' fuzzy matches), as skeleton spans. */
  hints?: ReadonlyArray<{ quoteId: string; lang: MatchLang; start: number; end: number }>;
  /** Seeds looked at per needle. */
  maxSeeds?: number;
}

/** Trimmed and altered occurrences of the needles in the page skeleton (see the module comment). */
export function refineQuotes(sk: PageSkeleton, text: string, needles: readonly WordNeedle[], opts: RefineOptions = {}): RefinedMatch[] {
  const out: RefinedMatch[] = [];
  if (needles.length === 0 || sk.text.length === 0) return out;
  try {
    const maxSeeds = opts.maxSeeds ?? 24;
    // Seeds: English 3-word shingles (at least 8 chars), Korean 8-syllable pieces every 4 syllables.
    const pieces: Array<{ text: string; needle: number; from: number }> = [];
    needles.forEach((n, i) => {
      if (n.lang === 'en') {
        for (let w = 0; w + 3 < n.wordStarts.length; w++) {
          const from = n.wordStarts[w]!;
          const t = n.skeleton.slice(from, n.wordStarts[w + 3]);
          if (t.length >= 8) pieces.push({ text: t, needle: i, from });
        }
      } else {
        for (let from = 0; from + 8 <= n.skeleton.length; from += 4) pieces.push({ text: n.skeleton.slice(from, from + 8), needle: i, from });
      }
    });
    const seeds: number[][] = needles.map(() => []);
    scanPieces(sk.text, pieces, (p, at) => {
      const list = seeds[p.needle]!;
      if (list.length < maxSeeds) list.push(at - p.from);
    });
    for (const h of opts.hints ?? []) {
      const i = needles.findIndex((n) => n.quoteId === h.quoteId && n.lang === h.lang);
      if (i >= 0) seeds[i]!.push(h.start);
    }
    needles.forEach((n, i) => {
      const units = needleUnits(n);
      const len = n.skeleton.length;
      const slack = Math.ceil(len * 0.3) + 8;
      // Windows around implied starts, inside the block that holds the seed, merged.
      const windows: Array<[number, number]> = [];
      for (const s of [...new Set(seeds[i]!)].sort((x, y) => x - y)) {
        const anchor = Math.min(Math.max(0, s + Math.floor(len / 2)), sk.text.length - 1);
        const blockA = blockStartAt(sk, anchor);
        const blockB = Math.min(sk.text.length, firstBlockAfter(sk, anchor));
        const a = Math.max(blockA, s - slack);
        const b = Math.min(blockB, s + len + slack);
        if (b <= a) continue;
        const last = windows[windows.length - 1];
        if (last !== undefined && a <= last[1] && blockStartAt(sk, a) === blockStartAt(sk, last[0])) last[1] = Math.max(last[1], b);
        else windows.push([a, b]);
      }
      const found: RefinedMatch[] = [];
      for (const [a, b] of windows) {
        const m = classify(n, units, pageUnits(sk, text, a, b, n.lang), sk, text);
        if (m !== null && !found.some((f) => m.start < f.end && f.start < m.end)) found.push(m);
      }
      out.push(...found);
    });
  } catch {
    // Odd input: what was found so far.
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Word needles of quotes, in both languages where they have text. */
export function wordNeedles(quotes: ReadonlyArray<{ id: string; en: string; ko: string | null }>): WordNeedle[] {
  const out: WordNeedle[] = [];
  for (const q of quotes) {
    for (const lang of ['en', 'ko'] as const) {
      const t = q[lang];
      if (typeof t !== 'string' || toSkeleton(t).length === 0) continue;
      const n = wordNeedle(q.id, lang, t);
      if (n !== null) out.push(n);
    }
  }
  return out;
}
