/**
 * The page's text: its text nodes' data joined as is, with where each node starts, skipping script, style,
 * form fields and the like; maps offsets to Ranges and back. Never writes to the DOM. Reads no char in script
 * (per node: a trim, a parent check, a push) to stay near the floor's cost.
 */
import { now } from '../clock';

export interface PageText {
  text: string;
  /** The text nodes read, in document order (none with empty data). */
  nodes: Text[];
  /** starts[i]: offset of nodes[i] in text; nodes[i] ends where nodes[i + 1] starts (the last at text.length). */
  starts: number[];
  /**
   * Indices of the nodes with a block boundary before them (a paragraph, list item, cell, side column…: their
   * nearest non-inline ancestors differ), ascending; node 0 is not listed. Matches never straddle one.
   */
  breaks: number[];
}

/** Parents whose text is not page text, by nodeName (upper case for HTML, as written for SVG and XHTML). */
const SKIP_PARENTS = new Set(
  ['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option'].flatMap((n) => [n, n.toUpperCase()]),
);

/** Text whose parent is not page text (script, style, form fields…). */
export function isSkipped(node: Node): boolean {
  const parent = node.parentNode;
  return parent !== null && SKIP_PARENTS.has(parent.nodeName);
}

/** Inline elements, by nodeName: text in them belongs to the block around them. Anything else is a block. */
const INLINE = new Set(
  ['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var'].flatMap(
    (n) => [n, n.toUpperCase()],
  ),
);
/** Inline ancestors looked through at most (a page nesting spans thousands deep stays cheap). */
const INLINE_DEPTH = 8;

/**
 * The nearest non-inline ancestor of a text node whose parent `parent` is inline (or the last one looked at),
 * starting from `parent`'s parent. `known`, the previous node's block when that is a real block (not where a
 * walk stopped), ends the walk at once: most inline text sits in the block of the text before it.
 * Sets `walk` to what the walk learnt about the node returned.
 */
function blockAbove(parent: Node, known: Node | null, knownName: string): Node {
  let el = parent;
  walk.isBlock = false;
  for (let i = 0; i < INLINE_DEPTH; i++) {
    const up = el.parentNode;
    if (up === null) return el;
    el = up;
    const name = el === known ? knownName : el.nodeName;
    if (!INLINE.has(name)) {
      walk.isBlock = true;
      walk.name = name;
      return el;
    }
  }
  return el;
}
const walk = { isBlock: false, name: '' };

/** Nodes between two looks at the clock. */
const CLOCK_EVERY = 256;

export interface PageTextOptions {
  /** Leave out nodes made only of white space (most of a pretty-printed page's nodes). */
  skipBlank?: boolean;
}

/** Reads a root's page text, resumably: `step(deadline)` until it returns true. */
export class PageTextReader {
  private readonly root: Node;
  private readonly skipBlank: boolean;
  private readonly walker: TreeWalker | null;
  private rootPending: boolean;
  private done = false;
  private readonly parts: string[] = [];
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly breaks: number[] = [];
  private lastBlock: Node | null = null;
  /** lastBlock is a non-inline element (not where a walk stopped at its depth limit), named lastBlockName. */
  private lastIsBlock = false;
  private lastBlockName = '';
  /** The previous kept node's parent (same parent: same block, nothing to look up). */
  private lastParent: Node | null = null;
  private length = 0;
  private cached: PageText | null = null;

  constructor(root: Node, options: PageTextOptions = {}) {
    this.root = root;
    this.skipBlank = options.skipBlank === true;
    this.rootPending = root.nodeType === 3;
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

  /** Reads until `deadline` (performance.now()) or the end; true when done. Always makes some progress. */
  step(deadline: number): boolean {
    if (this.done) return true;
    const walker = this.walker!;
    try {
      for (let count = 0; ; ) {
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
        if (data.length === 0) continue;
        if (this.skipBlank && data.charCodeAt(0) <= 0x20 && data.trim().length === 0) continue;
        const parent = node.parentNode;
        // The block marker costs a DOM read or two only where the parent changes: one nodeName (also the skip
        // test's), and for inline text its parent's parentNode, which is most often the block just seen.
        if (parent === null || parent !== this.lastParent) {
          let block: Node = node;
          let isBlock = false;
          let blockName = '';
          if (parent !== null) {
            // Back in the block of the text before (after an inline element): its name is known.
            const name = parent === this.lastBlock && this.lastIsBlock ? this.lastBlockName : parent.nodeName;
            if (SKIP_PARENTS.has(name)) continue;
            if (INLINE.has(name)) {
              block = blockAbove(parent, this.lastIsBlock ? this.lastBlock : null, this.lastBlockName);
              isBlock = walk.isBlock;
              blockName = walk.name;
            } else {
              block = parent;
              isBlock = true;
              blockName = name;
            }
          }
          if (block !== this.lastBlock) {
            if (this.nodes.length > 0) this.breaks.push(this.nodes.length);
            this.lastBlock = block;
          }
          this.lastIsBlock = isBlock;
          this.lastBlockName = blockName;
          this.lastParent = parent;
        }
        this.nodes.push(node as Text);
        this.starts.push(this.length);
        this.parts.push(data);
        this.length += data.length;
      }
    } catch {
      // A DOM that throws under us (detached, exotic): keep what we have.
      this.done = true;
    }
    this.cached = null;
    return this.done;
  }

  /** The text read so far (all of it once `step` returned true). */
  get pageText(): PageText {
    if (this.cached === null) {
      this.cached = { text: this.parts.join(''), nodes: this.nodes.slice(), starts: this.starts.slice(), breaks: this.breaks.slice() };
    }
    return this.cached;
  }
}

/** A root's page text, in one go. */
export function readPageText(root: Node, options?: PageTextOptions): PageText {
  const reader = new PageTextReader(root, options);
  reader.step(Number.POSITIVE_INFINITY);
  return reader.pageText;
}

/** Index of the last node starting at or before `offset`. */
function nodeAt(pt: PageText, offset: number): number {
  let lo = 0;
  let hi = pt.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pt.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A boundary point as an offset in the page text (a point outside indexed text snaps to the next indexed text). */
function offsetOf(pt: PageText, container: Node, offset: number, doc: Document): number {
  if (container.nodeType === 3) {
    const i = pt.nodes.indexOf(container as Text);
    if (i >= 0) return pt.starts[i]! + Math.min(offset, (container as Text).data.length);
  }
  // Nodes are in document order: binary search for the first one starting at or after the point.
  const probe = doc.createRange();
  probe.setStart(container, offset);
  let lo = 0;
  let hi = pt.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (probe.comparePoint(pt.nodes[mid]!, 0) >= 0) hi = mid;
    else lo = mid + 1;
  }
  return lo < pt.nodes.length ? pt.starts[lo]! : pt.text.length;
}

/** The Range's span in the page text, or null when it covers no page text. */
export function offsetsOfRange(pt: PageText, range: Range): { start: number; end: number } | null {
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const start = offsetOf(pt, range.startContainer, range.startOffset, doc);
  const end = offsetOf(pt, range.endContainer, range.endOffset, doc);
  if (end <= start) return null;
  return { start, end };
}

/** True when nodes[i] still holds the text read from it (connected, same data). */
function unchanged(pt: PageText, i: number): boolean {
  const node = pt.nodes[i]!;
  if (!node.isConnected) return false;
  const start = pt.starts[i]!;
  const end = i + 1 < pt.starts.length ? pt.starts[i + 1]! : pt.text.length;
  const data = node.data;
  return data.length === end - start && data === pt.text.slice(start, end);
}

/** A Range over [start, end) of the page text, or null when the span is empty or out of bounds, or a node it touches changed since it was read. */
export function rangeFromOffsets(pt: PageText, start: number, end: number): Range | null {
  if (pt.nodes.length === 0 || !(start >= 0 && end <= pt.text.length && end > start)) return null;
  const a = nodeAt(pt, start);
  const b = nodeAt(pt, end - 1);
  if (!unchanged(pt, a) || (b !== a && !unchanged(pt, b))) return null;
  const first = pt.nodes[a]!;
  const last = pt.nodes[b]!;
  try {
    if (a !== b && first.getRootNode() !== last.getRootNode()) return null;
    const range = first.ownerDocument.createRange();
    range.setStart(first, start - pt.starts[a]!);
    range.setEnd(last, end - pt.starts[b]!);
    return range;
  } catch {
    return null;
  }
}
