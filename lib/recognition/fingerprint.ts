/**
 * Hashed shingles: recognising an edition's text without bundling it.
 *
 * The extension may not ship the articles' full text (copyright), so the
 * Korean edition is recognised by a fingerprint: 32-bit FNV-1a hashes of the
 * k-char windows ("shingles") of its skeleton (lib/text/normalize.ts), of
 * which only a deterministic sample is kept (hash % modulo === 0, sorted,
 * deduplicated). About 1 in `modulo` of the short hashes of 6-syllable
 * windows cannot be turned back into the text.
 *
 * fingerprintScore(window, fp) is the fraction of the fingerprint's hashes
 * found among the window's shingles. Its cost is linear in the window's
 * length (k steps per char), so callers pass a bounded window of the page's
 * skeleton (lib/recognition/detect.ts: at most 3 × the edition's skeleton length, around
 * where the edition's quotes matched), never a whole huge page.
 *
 * lib/dataset/fingerprints.json is generated from tests/fixtures/article-ko.txt
 * by tests/unit/fingerprint.test.ts: the test fails when the file is stale, and
 * `UPDATE_FINGERPRINTS=1 npx vitest run tests/unit/fingerprint.test.ts`
 * rewrites it.
 */
import { toSkeleton } from '../text/normalize';

export interface Fingerprint {
  /** Shingle length in skeleton chars (UTF-16 code units). */
  k: number;
  /** Only hashes with hash % modulo === 0 are kept. */
  modulo: number;
  /** Kept hashes, unsigned 32-bit, sorted ascending, no duplicates. */
  hashes: number[];
  /** Skeleton length of the source text. */
  sourceLength: number;
}

/** Fingerprints by edition language (lib/dataset/fingerprints.json). */
export interface Fingerprints {
  ko?: Fingerprint;
  en?: Fingerprint;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a (32-bit, unsigned) of s[from, from + k), by UTF-16 code unit. */
function fnv1a(s: string, from: number, k: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < from + k; i++) {
    const c = s.charCodeAt(i);
    h ^= c & 0xff;
    h = Math.imul(h, FNV_PRIME);
    h ^= c >>> 8;
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Hashes of every k-char window of a skeleton, in order (with repeats). */
export function shingles(skeleton: string, k: number): number[] {
  const out: number[] = [];
  if (typeof skeleton !== 'string' || !(k >= 1)) return out;
  k = Math.floor(k);
  for (let i = 0; i + k <= skeleton.length; i++) out.push(fnv1a(skeleton, i, k));
  return out;
}

/** The fingerprint of a (raw) text: its skeleton's sampled shingle hashes. */
export function makeFingerprint(text: string, opts: { k: number; keep: number }): Fingerprint {
  const skeleton = toSkeleton(text);
  const modulo = Math.max(1, Math.floor(opts.keep));
  const kept = new Set<number>();
  for (const h of shingles(skeleton, opts.k)) if (h % modulo === 0) kept.add(h);
  return {
    k: Math.floor(opts.k),
    modulo,
    hashes: [...kept].sort((a, b) => a - b),
    sourceLength: skeleton.length,
  };
}

/**
 * Fraction (0..1) of the fingerprint's hashes present among the shingles of
 * `textSkeleton` (a skeleton, not raw text). Pass a bounded window: the cost
 * is linear in its length.
 */
export function fingerprintScore(textSkeleton: string, fingerprint: Fingerprint | null | undefined): number {
  if (fingerprint == null || !Array.isArray(fingerprint.hashes) || fingerprint.hashes.length === 0) return 0;
  if (typeof textSkeleton !== 'string') return 0;
  const { k, modulo } = fingerprint;
  if (!(k >= 1) || !(modulo >= 1)) return 0;
  const wanted = new Set(fingerprint.hashes);
  const seen = new Set<number>();
  for (let i = 0; i + k <= textSkeleton.length; i++) {
    const h = fnv1a(textSkeleton, i, k);
    if (h % modulo === 0 && wanted.has(h)) seen.add(h);
  }
  return seen.size / wanted.size;
}
