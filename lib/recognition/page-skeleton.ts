/**
 * The skeleton of a page's text, node by node, with where each skeleton char comes from. Each node is
 * skeletonized alone, so no skeleton char straddles two nodes. Pure, never throws; a node with an unusable
 * start or end is left out (with the node before it), and no text is read twice.
 */
import { lazyTable, skeletonCode, skeletonMap, TABLE_DROP, TABLE_SLOW } from '../text/normalize';

export interface PageSkeleton {
  /** The concatenated skeletons of the nodes. */
  text: string;
  /** from[i]: offset in the page text where skeleton char i's source begins. */
  from: Int32Array;
  /** For skeleton chars whose source is longer than one code unit: i → offset just after it (see sourceEnd). */
  wide: Map<number, number>;
  /** Skeleton offsets where a block (paragraph, list item, side column…) begins, ascending, 0 left out. */
  blocks: Int32Array;
}

/** Offset in the page text just after skeleton char i's source. */
export function sourceEnd(sk: PageSkeleton, i: number): number {
  return sk.wide.get(i) ?? sk.from[i]! + 1;
}

export function pageSkeleton(text: string, starts: readonly number[], breaks: readonly number[] = []): PageSkeleton {
  const len = text.length;
  let codes = new Uint16Array(len + 16);
  let from = new Int32Array(len + 16);
  const wide = new Map<number, number>();
  const ensure = (size: number) => {
    if (size <= codes.length) return;
    const cap = Math.max(size, codes.length * 2);
    const grow = <T extends Uint16Array | Int32Array>(a: T, next: T): T => (next.set(a), next);
    codes = grow(codes, new Uint16Array(cap));
    from = grow(from, new Int32Array(cap));
  };
  const table = lazyTable();
  let n = 0;
  let previousEnd = 0;
  const blocks: number[] = [];
  let nextBreak = 0;
  for (let s = 0; s < starts.length; s++) {
    // A block boundary before node s (breaks ascend): the node's first skeleton char starts a block.
    while (nextBreak < breaks.length && !(breaks[nextBreak]! >= s)) nextBreak++;
    if (nextBreak < breaks.length && breaks[nextBreak] === s && n > 0 && blocks[blocks.length - 1] !== n) blocks.push(n);
    const a = starts[s]!;
    const b = s + 1 < starts.length ? starts[s + 1]! : len;
    if (!(Number.isInteger(a) && Number.isInteger(b) && a >= previousEnd && b >= a && b <= len)) continue;
    previousEnd = b;
    ensure(n + (b - a));
    const mark = n;
    let slow = false;
    // Most text: one table lookup per code unit, one skeleton char per kept code unit.
    for (let u = a; u < b; u++) {
      const c = text.charCodeAt(u);
      let v = table[c]!;
      if (v === 0) v = skeletonCode(c);
      if (v === TABLE_DROP) continue;
      if (v === TABLE_SLOW) {
        slow = true;
        break;
      }
      codes[n] = v;
      from[n] = u;
      n++;
    }
    if (slow) {
      // Combining marks, NFD Hangul, Greek, emoji…: the generic definition, cluster by cluster.
      n = mark;
      const map = skeletonMap(text.slice(a, b));
      ensure(n + map.text.length);
      for (let k = 0; k < map.text.length; k++) {
        codes[n] = map.text.charCodeAt(k);
        from[n] = a + map.start[k]!;
        if (map.end[k]! !== map.start[k]! + 1) wide.set(n, a + map.end[k]!);
        n++;
      }
    }
  }
  let out = '';
  for (let i = 0; i < n; i += 4096) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  // A block whose nodes gave no skeleton char ends where the next one starts: keep offsets inside the text.
  const inText = blocks.filter((b) => b < n);
  return { text: out, from: from.subarray(0, n), wide, blocks: Int32Array.from(inText) };
}

/** True when a block boundary lies strictly inside skeleton span [start, end). */
export function crossesBlock(sk: Pick<PageSkeleton, 'blocks'>, start: number, end: number): boolean {
  const b = firstBlockAfter(sk, start);
  return b < end;
}

/** How many block starts are <= `at` (binary search over the sorted starts). */
function blocksUpTo(blocks: Int32Array, at: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first block start > `at` (or +Infinity). */
export function firstBlockAfter(sk: Pick<PageSkeleton, 'blocks'>, at: number): number {
  const i = blocksUpTo(sk.blocks, at);
  return i < sk.blocks.length ? sk.blocks[i]! : Number.POSITIVE_INFINITY;
}

/** The last block start <= `at` (or 0). */
export function blockStartAt(sk: Pick<PageSkeleton, 'blocks'>, at: number): number {
  const i = blocksUpTo(sk.blocks, at);
  return i > 0 ? sk.blocks[i - 1]! : 0;
}

/** The page-text span [start, end) that skeleton span [start, end) comes from, or null for an empty or out-of-bounds span. */
export function sourceSpan(sk: PageSkeleton, start: number, end: number): { start: number; end: number } | null {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= sk.text.length)) return null;
  return { start: sk.from[start]!, end: sourceEnd(sk, end - 1) };
}
