/**
 * Word-level comparison of a page's wording with a quote's: words are runs between white space, compared by
 * skeleton (so typography, case and punctuation never count as a difference). Pure; bounded (longer inputs
 * are cut to MAX_WORDS words).
 */
import { toSkeleton } from './normalize';

export interface Word {
  /** The word as written (punctuation kept). */
  text: string;
  /** Its skeleton; never empty. */
  key: string;
}

export type DiffOp = { op: 'same' | 'removed' | 'added'; text: string };

const MAX_WORDS = 400;

/** The words of `s` with a non-empty skeleton (a lone dash or quotation mark is not a word). */
export function wordsOf(s: string): Word[] {
  const out: Word[] = [];
  if (typeof s !== 'string') return out;
  for (const text of s.split(/[\s\u00a0\u2000-\u200a\u3000]+/)) {
    if (out.length >= MAX_WORDS) break;
    const key = toSkeleton(text);
    if (key.length > 0) out.push({ text, key });
  }
  return out;
}

/**
 * What changes `original` into `page`, word by word (longest common subsequence of skeletons): `removed` words
 * are the original's, `added` the page's. Adjacent ops of one kind are merged.
 */
export function diffWords(original: string, page: string): DiffOp[] {
  return diffWordLists(wordsOf(original), wordsOf(page));
}

export function diffWordLists(a: readonly Word[], b: readonly Word[]): DiffOp[] {
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: LCS length of a[i..] and b[j..].
  const lcs = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[at(i, j)] = a[i]!.key === b[j]!.key ? lcs[at(i + 1, j + 1)]! + 1 : Math.max(lcs[at(i + 1, j)]!, lcs[at(i, j + 1)]!);
    }
  }
  const ops: DiffOp[] = [];
  const push = (op: DiffOp['op'], text: string) => {
    const last = ops[ops.length - 1];
    if (last !== undefined && last.op === op) last.text += ` ${text}`;
    else ops.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i]!.key === b[j]!.key) {
      push('same', b[j]!.text);
      i++;
      j++;
    } else if (j < m && (i === n || lcs[at(i, j + 1)]! >= lcs[at(i + 1, j)]!)) {
      push('added', b[j]!.text);
      j++;
    } else {
      push('removed', a[i]!.text);
      i++;
    }
  }
  return ops;
}

/** True when the ops change words inside the quote (not only words cut or added at its two ends). */
export function changesInside(ops: readonly DiffOp[]): boolean {
  const first = ops.findIndex((o) => o.op === 'same');
  if (first < 0) return ops.length > 0;
  let last = ops.length - 1;
  while (ops[last]!.op !== 'same') last--;
  for (let k = first; k <= last; k++) if (ops[k]!.op !== 'same') return true;
  return false;
}
