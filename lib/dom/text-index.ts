/**
 * The page's text as one skeleton string (see lib/text/normalize.ts) with a
 * map back to its text nodes.
 *
 * One TreeWalker pass over the text nodes of a root, skipping text whose
 * parent is SCRIPT, STYLE, NOSCRIPT, TEMPLATE, TEXTAREA, INPUT, SELECT,
 * OPTION (no computed-style checks), and never writing to the DOM. The build
 * is resumable (`TextIndexBuilder.step(deadline)`) so a huge page can be
 * indexed in short slices.
 *
 * Speed, measured in Chromium on a 4.8 MB page (1.8 M chars of text in 58 K
 * text nodes): V8's regex replace, toLowerCase and split over batches of
 * node text cost 5–12 ns a char, several times the floor (a TreeWalker pass
 * reading every char with charCodeAt: ~5 ms), and per-node native calls cost
 * ~0.3 µs each. So the hot path is:
 * - blank nodes (69 % of that page's chars) skipped with a native trim;
 * - one tight loop per node through a per-code-unit table (lazyTable(), filled on first sight;
 *   keep lower-cased, drop, or "slow"), writing into one Uint16Array, reused
 *   from build to build and decoded to a string once (TextDecoder);
 * - a node with any "slow" code unit (combining marks, NFD Hangul, Greek,
 *   emoji, …) skeletonized whole by toSkeleton instead;
 * - the parent checked after the letters are found (short nodes) or before
 *   reading (long ones: script bodies).
 * No per-node strings, no per-char allocations: ~1.4–1.7× the floor.
 */
import { lazyTable, skeletonCode, skeletonMap, TABLE_DROP, TABLE_SLOW, toSkeleton } from '../text/normalize';

export interface TextIndex {
  /** Concatenated skeleton of the indexed text nodes. */
  text: string;
  /** Indexed text nodes in document order (nodes with an empty skeleton are left out). */
  nodes: Text[];
  /** starts[i]: skeleton offset where nodes[i] begins; starts[nodes.length] === text.length. */
  starts: Int32Array;
  /** The indexed root, when known: rangeFor checks that nodes are still inside it. */
  root?: Node;
}

/**
 * Parents whose text is not page text, by nodeName: upper case for HTML
 * elements in HTML documents, as written for SVG and XHTML ones.
 */
const SKIP_PARENTS = new Set(
  ['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option'].flatMap((n) => [n, n.toUpperCase()]),
);

/** Nodes between two looks at the clock. */
const CLOCK_EVERY = 256;
/** Text longer than this has its parent checked before its chars are read (script bodies). */
const CHECK_PARENT_FIRST = 256;

/** performance.now(), or Date.now() where there is no `performance`. */
function now(): number {
  return typeof performance !== 'undefined' && typeof performance.now === 'function' ? performance.now() : Date.now();
}

/** Text whose parent is not page text (script, style, form fields…). */
export function isSkipped(node: Node): boolean {
  const parent = node.parentNode;
  return parent !== null && SKIP_PARENTS.has(parent.nodeName);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
let decoder: TextDecoder | null | undefined;
/** Text longer than this is decoded with a TextDecoder. */
const DECODER_FROM = 16384;

/**
 * The string of UTF-16 code units buf[0, length): a TextDecoder for long text,
 * String.fromCharCode for short (cheaper than creating the decoder, cold).
 */
function decodeUtf16(buf: Uint16Array, length: number): string {
  if (length <= DECODER_FROM) return fromCodes(buf, length);
  if (decoder === undefined) {
    try {
      decoder = LITTLE_ENDIAN && typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;
    } catch {
      decoder = null;
    }
  }
  return decoder !== null ? decoder.decode(buf.subarray(0, length)) : fromCodes(buf, length);
}

function fromCodes(buf: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += 4096) {
    parts.push(String.fromCharCode.apply(null, buf.subarray(i, Math.min(length, i + 4096)) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * The skeleton buffer of the last finished build, reused by the next one: a
 * page is scanned again and again (mutations, navigations), and a fresh
 * multi-megabyte buffer per scan cost ~10 % of a scan in allocation and
 * growth.
 */
let spareBuffer: Uint16Array | null = null;

export class TextIndexBuilder {
  private readonly root: Node;
  private readonly walker: TreeWalker | null;
  private done = false;
  private buf: Uint16Array;
  private length = 0;
  private readonly nodes: Text[] = [];
  private starts = new Int32Array(1024);
  private cached: TextIndex | null = null;
  private rootPending: boolean;

  constructor(root: Node) {
    this.root = root;
    this.rootPending = root.nodeType === 3;
    this.buf = spareBuffer ?? new Uint16Array(1 << 12);
    spareBuffer = null;
    let walker: TreeWalker | null = null;
    try {
      const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
      if (doc !== null) walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    } catch {
      walker = null;
    }
    this.walker = walker;
    if (walker === null) this.done = true;
  }

  /** True once the whole root has been indexed. */
  get finished(): boolean {
    return this.done;
  }

  /**
   * Index until `deadline` (a performance.now() value) or the end of the root;
   * returns true when done. Always makes some progress.
   */
  step(deadline: number): boolean {
    if (this.done) return true;
    const walker = this.walker!;
    const table = lazyTable();
    try {
      let count = 0;
      for (;;) {
        // The clock, every CLOCK_EVERY nodes (blank and skipped ones included).
        if (++count > CLOCK_EVERY) {
          count = 1;
          if (now() >= deadline) break;
        }
        let node: Node | null;
        if (this.rootPending) {
          // A text node as root: the walker never returns its root.
          this.rootPending = false;
          node = this.root;
        } else node = walker.nextNode();
        if (node === null) {
          this.done = true;
          break;
        }
        const data = (node as Text).data;
        const len = data.length;
        // Blank nodes (most of a pretty-printed page's text) go with a native trim.
        if (data.charCodeAt(0) <= 0x20 && data.trim().length === 0) continue;
        if (len > CHECK_PARENT_FIRST && isSkipped(node)) continue;
        let o = this.length;
        if (o + len > this.buf.length) this.grow(o + len);
        const buf = this.buf;
        let slow = false;
        for (let i = 0; i < len; i++) {
          const c = data.charCodeAt(i);
          let v = table[c]!;
          // First sight of this code unit: classify it (Hangul syllables, hundreds of them on a
          // Korean page, without a call: on a cold page each call costs more than the lookups).
          if (v === 0) v = c >= 0xac00 && c <= 0xd7a3 ? (table[c] = c) : skeletonCode(c);
          if (v === TABLE_DROP) continue;
          if (v === TABLE_SLOW) {
            slow = true;
            break;
          }
          buf[o++] = v;
        }
        if (slow) o = this.slow(data);
        if (o > this.length) {
          // Short text is checked only when it has letters: most nodes are blank.
          if (len <= CHECK_PARENT_FIRST && isSkipped(node)) continue;
          this.add(node as Text, o);
        }
      }
    } catch {
      // A DOM that throws under us (detached, exotic): keep what we have.
      this.done = true;
    }
    this.cached = null;
    return this.done;
  }

  private grow(min: number): void {
    let size = this.buf.length * 2;
    while (size < min) size *= 2;
    const next = new Uint16Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  /** Writes toSkeleton(data) after the index's text; returns the new end. */
  private slow(data: string): number {
    const sk = toSkeleton(data);
    let o = this.length;
    if (o + sk.length > this.buf.length) this.grow(o + sk.length);
    const buf = this.buf;
    for (let j = 0; j < sk.length; j++) buf[o++] = sk.charCodeAt(j);
    return o;
  }

  private add(node: Text, end: number): void {
    const n = this.nodes.length;
    if (n + 1 >= this.starts.length) {
      const next = new Int32Array(this.starts.length * 2);
      next.set(this.starts);
      this.starts = next;
    }
    this.starts[n] = this.length;
    this.nodes.push(node);
    this.length = end;
  }

  /** The index so far (complete once `step` returned true). */
  get index(): TextIndex {
    if (this.cached === null) {
      const n = this.nodes.length;
      const starts = new Int32Array(n + 1);
      starts.set(this.starts.subarray(0, n));
      starts[n] = this.length;
      this.cached = { text: decodeUtf16(this.buf, this.length), nodes: this.nodes.slice(), starts, root: this.root };
      if (this.done && this.buf.length > 0) {
        // Finished: hand the buffer to the next build.
        if (spareBuffer === null || spareBuffer.length < this.buf.length) spareBuffer = this.buf;
        this.buf = new Uint16Array(0);
      }
    }
    return this.cached;
  }
}

/** Index `root` in one go. */
export function buildTextIndex(root: Node): TextIndex {
  const builder = new TextIndexBuilder(root);
  builder.step(Number.POSITIVE_INFINITY);
  return builder.index;
}

/** The i with starts[i] <= offset < starts[i + 1] (nodes.length - 1 at most). */
function nodeAt(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where skeleton chars k0 and k1 of nodes[i] come from in the node's current
 * text: [start of k0's source, end of k1's source) as UTF-16 offsets (-1 for
 * a k that is -1), or null when the node changed since indexing (detached,
 * or its text no longer gives the indexed skeleton). A node whose code units
 * are all in the skeleton table (most text) is read in one pass that
 * allocates nothing; any other goes through skeletonMap.
 */
function offsetsIn(index: TextIndex, i: number, k0: number, k1: number): [number, number] | null {
  const node = index.nodes[i]!;
  if (index.root !== undefined ? !index.root.contains(node) : node.parentNode === null) return null;
  const data = node.data;
  const a = index.starts[i]!;
  const n = index.starts[i + 1]! - a;
  const text = index.text;
  const table = lazyTable();
  let k = 0;
  let from = -1;
  let to = -1;
  for (let u = 0; u < data.length; u++) {
    const c = data.charCodeAt(u);
    let v = table[c]!;
    if (v === 0) v = skeletonCode(c);
    if (v === TABLE_DROP) continue;
    if (v === TABLE_SLOW) return offsetsByMap(data, text.slice(a, a + n), k0, k1);
    if (k === n || text.charCodeAt(a + k) !== v) return null;
    if (k === k0) from = u;
    if (k === k1) to = u + 1;
    k++;
  }
  return k === n ? [from, to] : null;
}

/** offsetsIn for text the table does not cover (combining marks, NFD Hangul, Greek, …). */
function offsetsByMap(data: string, indexed: string, k0: number, k1: number): [number, number] | null {
  const map = skeletonMap(data);
  if (map.text !== indexed) return null;
  const from = k0 < 0 ? -1 : map.start[k0];
  const to = k1 < 0 ? -1 : map.end[k1];
  return from === undefined || to === undefined ? null : [from, to];
}

/**
 * A DOM Range from the first letter of skeleton span [start, end) to just after
 * its last letter, or null when the span is empty or out of bounds, or a node
 * involved was detached or changed since indexing.
 */
export function rangeFor(index: TextIndex, start: number, end: number): Range | null {
  try {
    if (!(start >= 0 && end > start && end <= index.text.length) || index.nodes.length === 0) return null;
    start = Math.floor(start);
    end = Math.ceil(end);
    const i = nodeAt(index, start);
    const j = nodeAt(index, end - 1);
    const k0 = start - index.starts[i]!;
    const k1 = end - 1 - index.starts[j]!;
    const first = offsetsIn(index, i, k0, j === i ? k1 : -1);
    const last = j === i ? first : offsetsIn(index, j, -1, k1);
    if (first === null || last === null || first[0] < 0 || last[1] < 0) return null;
    const startNode = index.nodes[i]!;
    const endNode = index.nodes[j]!;
    if (i !== j && startNode.getRootNode() !== endNode.getRootNode()) return null;
    const range = startNode.ownerDocument.createRange();
    range.setStart(startNode, first[0]);
    range.setEnd(endNode, last[1]);
    return range;
  } catch {
    return null;
  }
}

/**
 * A bounded sample of the page's text for the cheap check: the document's
 * text in document order (its title included), at most SAMPLE_NODE_CHARS from
 * each of its first SAMPLE_NODES text nodes, cut to `maxChars`; parts joined
 * with newlines.
 *
 * It touches no element. In a content script's fresh world the first element
 * wrapper (document.body, a text node's parent) costs ~0.3 ms to create
 * (Chromium instantiates the Element and HTMLElement prototypes for that
 * world), several times the whole check; text nodes are cheap. So the sample
 * cannot tell script and style text from the page's text, nor the head from
 * the body (it only decides whether the page may concern the story; the
 * index skips such text): the cut per node keeps a long script or stylesheet
 * from filling it. On the 32 Readability pages, 2200 characters of it hold,
 * in all, more of the body's visible text (2567 characters) than the body's
 * first 1000 characters, the sample before, did (2375).
 */
/** Text nodes read at most (blank ones included). */
export const SAMPLE_NODES = 200;
/** Characters read at most from one text node. */
export const SAMPLE_NODE_CHARS = 160;

export function sampleText(doc: Document, maxChars: number): string {
  // One short loop of native calls: this runs cold on every page.
  let sample = '';
  try {
    const walker = doc.createTreeWalker(doc, 4 /* NodeFilter.SHOW_TEXT */);
    for (let i = 0; i < SAMPLE_NODES && sample.length < maxChars; i++) {
      const node = walker.nextNode() as Text | null;
      if (node === null) break;
      // Only the chars it needs leave the DOM (a script's text may be megabytes).
      sample += (node.length > SAMPLE_NODE_CHARS ? node.substringData(0, SAMPLE_NODE_CHARS) : node.data) + '\n';
    }
  } catch {
    // An odd document: whatever was read so far.
  }
  return sample.length > maxChars ? sample.slice(0, Math.max(0, maxChars)) : sample;
}
