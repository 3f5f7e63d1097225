/**
 * The "skeleton" matching works on: NFC, lower-cased, final sigma folded, only letters and digits kept, so
 * typography, spacing and case never matter. Deliberately no NFKC (full-width Ａ stays apart) and no ß → ss.
 * Pure; never throws (lone surrogates are dropped).
 */

/** Everything that is not a letter or a digit (code points; lone surrogates included). */
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/*
 * Fast path with native string ops: drop FAST_DROP runs (NFC-inert non-letters), and if only FAST_KEEP chars
 * (NFC-inert letters and digits) remain, lower-case them. Anything else takes the generic path.
 * Both classes are checked against the generic definition in tests/unit/normalize.test.ts.
 */
const FAST_DROP =
  /[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\xa9\xab-\xb1\xb4\xb6-\xb8\xbb\xbf\xd7\xf7\u2000-\u206f\u2190-\u245f\u2500-\u2775\u2794-\u27bf\u3000-\u3004\u3008-\u3020\u309b\u309c\u30a0\u30fb\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff5e]+/g;
const NOT_FAST_KEEP =
  /[^A-Za-z0-9\xaa\xb2\xb3\xb5\xb9\xba\xbc-\xbe\xc0-\xd6\xd8-\xf6\xf8-\xff\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

/** A char NFC might change or compose with a neighbour; strings without one skip `normalize` (tested exhaustively). */
const MAY_CHANGE_UNDER_NFC =
  /[^\u0000-\u02ff\u2010-\u2027\u2030-\u205e\u3000-\u3029\u3030-\u3098\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff5e]/;
const FINAL_SIGMA = /ς/g;

/** True when `normalize('NFC')` would leave `s` unchanged and can be skipped. */
export function isNfcInert(s: string): boolean {
  return !MAY_CHANGE_UNDER_NFC.test(s);
}

/** The skeleton of `s` if `s` is on the fast path, else null. */
function fastSkeleton(s: string): string | null {
  const kept = s.replace(FAST_DROP, '');
  return NOT_FAST_KEEP.test(kept) ? null : kept.toLowerCase();
}

/** The generic definition, for any string. */
function slowSkeleton(s: string): string {
  const n = MAY_CHANGE_UNDER_NFC.test(s) ? s.normalize('NFC') : s;
  let t = n.toLowerCase();
  if (t.indexOf('ς') !== -1) t = t.replace(FINAL_SIGMA, 'σ');
  return t.replace(NOT_LETTER_OR_DIGIT, '');
}

/** The skeleton of `s` (see the module comment). */
export function toSkeleton(s: string): string {
  if (typeof s !== 'string' || s.length === 0) return '';
  return fastSkeleton(s) ?? slowSkeleton(s);
}

/** In the skeleton tables: the code unit is dropped. (Never a kept value: U+0001 is itself dropped.) */
export const TABLE_DROP = 1;
/** In the skeleton tables: the code unit needs the generic path (toSkeleton on the whole string). */
export const TABLE_SLOW = 0xffff;
/** In the lazy table: not classified yet. */
const TABLE_UNKNOWN = 0;

type Ranges = ReadonlyArray<readonly [number, number]>;
/** Dropped: the FAST_DROP class. */
const DROP_RANGES: Ranges = [
  [0x00, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0xa9], [0xab, 0xb1], [0xb4, 0xb4], [0xb6, 0xb8],
  [0xbb, 0xbb], [0xbf, 0xbf], [0xd7, 0xd7], [0xf7, 0xf7], [0x2000, 0x206f], [0x2190, 0x245f],
  [0x2500, 0x2775], [0x2794, 0x27bf], [0x3000, 0x3004], [0x3008, 0x3020], [0x309b, 0x309c],
  [0x30a0, 0x30a0], [0x30fb, 0x30fb], [0xff01, 0xff0f], [0xff1a, 0xff20], [0xff3b, 0xff40], [0xff5b, 0xff5e],
];
/** Kept as they are: the FAST_KEEP class, bar upper case. */
const SAME_RANGES: Ranges = [
  [0x30, 0x39], [0x61, 0x7a], [0xaa, 0xaa], [0xb2, 0xb3], [0xb5, 0xb5], [0xb9, 0xba], [0xbc, 0xbe],
  [0xdf, 0xf6], [0xf8, 0xff], [0x3041, 0x3096], [0x309d, 0x309f], [0x30a1, 0x30fa], [0x30fc, 0x30ff],
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xac00, 0xd7a3], [0xff10, 0xff19], [0xff41, 0xff5a],
];
/** Upper case, lower-cased by adding 32. */
const LOWER_RANGES: Ranges = [[0x41, 0x5a], [0xc0, 0xd6], [0xd8, 0xde], [0xff21, 0xff3a]];

/** Ranges as flat [from, to, from, to, …] (a plain indexed loop: cheap even in cold code). */
const flat = (ranges: Ranges): Int32Array => Int32Array.from(ranges.flat());
const DROP = flat(DROP_RANGES);
const SAME = flat(SAME_RANGES);
const LOWER = flat(LOWER_RANGES);

function inRanges(c: number, r: Int32Array): boolean {
  for (let i = 0; i < r.length; i += 2) if (c >= r[i]! && c <= r[i + 1]!) return true;
  return false;
}

/** The skeleton code unit of one code unit, TABLE_DROP, or TABLE_SLOW. */
function classify(c: number): number {
  // Direct answers for the commonest code units (tested equal to the ranges); range lists for the rest.
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? c : c >= 0x41 && c <= 0x5a ? c + 32 : TABLE_DROP;
  if (c >= 0xac00 && c <= 0xd7a3) return c; // Hangul syllables, the bulk of a Korean page
  if (c >= 0x2000 && c <= 0x206f) return TABLE_DROP; // general punctuation: spaces, dashes, quotes
  if (c >= 0x4e00 && c <= 0x9fff) return c; // CJK ideographs
  if (inRanges(c, DROP)) return TABLE_DROP;
  if (inRanges(c, SAME)) return c;
  if (inRanges(c, LOWER)) return c + 32;
  if (c >= 0x100 && c <= 0x17f) {
    // Latin Extended-A: letters, NFC-inert, one-to-one lower case (bar İ, which expands).
    const l = String.fromCharCode(c).toLowerCase();
    return l.length === 1 ? l.charCodeAt(0) : TABLE_SLOW;
  }
  return TABLE_SLOW;
}

/**
 * The per-code-unit table for bulk skeletonization, filled lazily: a page uses a few hundred code units,
 * far fewer than 65,536. lazyTable()[c] is TABLE_UNKNOWN until skeletonCode(c) is asked.
 */
const lazy = new Uint16Array(0x10000);

export function lazyTable(): Uint16Array {
  return lazy;
}

/** The skeleton code unit of c (lower-cased), TABLE_DROP, or TABLE_SLOW. */
export function skeletonCode(c: number): number {
  const v = lazy[c]!;
  return v !== TABLE_UNKNOWN ? v : (lazy[c] = classify(c));
}

/** The whole table (for tests): table[c] === skeletonCode(c); mapping non-TABLE_SLOW code units through it gives the skeleton. */
export function skeletonTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = skeletonCode(c);
  return t;
}

/** A skeleton with, for each of its chars, the source range it came from. */
export interface SkeletonMap {
  text: string;
  /** start[i]: UTF-16 offset in the source where skeleton char i's cluster begins. */
  start: Int32Array;
  /** end[i]: UTF-16 offset in the source just after skeleton char i's cluster. */
  end: Int32Array;
}

/**
 * A cluster: a code point plus the combining marks and Hangul jamo (and Kirat Rai U+16D67) after it.
 * NFC, lower-casing and the filter are local to clusters, so mapping cluster by cluster gives `toSkeleton`.
 */
const CLUSTER = /[\s\S][\p{M}\u1160-\u11ff\ud7b0-\ud7ff\u{16d67}]*/gu;

/** `toSkeleton(s)` with a map back: skeleton char i comes from `s.slice(start[i], end[i])`. For short strings (one node). */
export function skeletonMap(s: string): SkeletonMap {
  if (typeof s !== 'string' || s.length === 0) {
    return { text: '', start: new Int32Array(0), end: new Int32Array(0) };
  }
  // Lower-casing may expand (İ → i̇): 2× the source is a safe bound.
  let start = new Int32Array(s.length);
  let end = new Int32Array(s.length);
  let n = 0;
  // Fast path: every code unit in the table (most text): one plain loop, one char per code unit.
  const codes = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let v = lazy[c]!;
    if (v === TABLE_UNKNOWN) v = skeletonCode(c);
    if (v === TABLE_SLOW) {
      n = -1;
      break;
    }
    if (v === TABLE_DROP) continue;
    codes[n] = v;
    start[n] = i;
    end[n] = i + 1;
    n++;
  }
  if (n >= 0) {
    let text = '';
    for (let i = 0; i < n; i += 4096) text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
    return { text, start: start.subarray(0, n), end: end.subarray(0, n) };
  }
  n = 0;
  let out = '';
  const push = (ch: string, a: number, b: number) => {
    if (n === start.length) {
      const grow = (arr: Int32Array) => {
        const next = new Int32Array(arr.length * 2 + 8);
        next.set(arr);
        return next;
      };
      start = grow(start);
      end = grow(end);
    }
    start[n] = a;
    end[n] = b;
    n++;
    out += ch;
  };
  const code = skeletonCode;
  let i = 0;
  const len = s.length;
  while (i < len) {
    // A table char is never a mark or jamo: it starts a cluster, alone unless a non-table char follows.
    const v = code(s.charCodeAt(i));
    if (v !== TABLE_SLOW && (i + 1 === len || code(s.charCodeAt(i + 1)) !== TABLE_SLOW)) {
      if (v !== TABLE_DROP) push(String.fromCharCode(v), i, i + 1);
      i++;
      continue;
    }
    CLUSTER.lastIndex = i;
    const m = CLUSTER.exec(s);
    const cluster = m !== null && m.index === i ? m[0] : s[i]!;
    const j = i + cluster.length;
    const sk = toSkeleton(cluster);
    for (const ch of sk) {
      // Each skeleton char of a cluster maps to the whole cluster.
      for (let u = 0; u < ch.length; u++) push(ch[u]!, i, j);
    }
    i = j;
  }
  return { text: out, start: start.subarray(0, n), end: end.subarray(0, n) };
}

/** Soft hyphen, zero-width spaces and joiners, word joiner, BOM: never part of a name. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Curly, low and reversed single quotes, primes, the modifier apostrophe. */
const SINGLE_QUOTES = /[\u2018-\u201b\u2032\u2035\u02bc]/g;
/** Curly, low and reversed double quotes, double primes, guillemets. */
const DOUBLE_QUOTES = /[\u201c-\u201f\u2033\u2036\u00ab\u00bb]/g;
/** Hyphens and dashes of every kind, the minus sign, small and full-width hyphen-minus. */
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

/** The same fold with word breaks kept (names as words, dates): NFC, lower case, ASCII quotes and dashes, single spaces. */
export function foldText(s: string): string {
  return s
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

