/**
 * The page's text as the reader sees it, for the reader's own highlights:
 * the text nodes' data joined (no normalization: W3C selectors quote the page
 * as it is), skipping what is not page text (script, style, form fields), the
 * same as the quote index. Maps a DOM Range to offsets in that text and back.
 *
 * Built only on a page that has highlights, or when the reader makes one.
 */
import { isSkipped } from './text-index';

export interface PageText {
  text: string;
  nodes: Text[];
  /** starts[i]: offset of nodes[i] in text. */
  starts: number[];
}

export function readPageText(root: Node): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let at = 0;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    const t = n as Text;
    if (t.data.length === 0 || isSkipped(t)) continue;
    nodes.push(t);
    starts.push(at);
    parts.push(t.data);
    at += t.data.length;
  }
  return { text: parts.join(''), nodes, starts };
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

/** A Range over [start, end) of the page text, or null when out of bounds or the page changed since. */
export function rangeFromOffsets(pt: PageText, start: number, end: number): Range | null {
  if (pt.nodes.length === 0 || start < 0 || end > pt.text.length || end <= start) return null;
  const a = nodeAt(pt, start);
  const b = nodeAt(pt, end - 1);
  const first = pt.nodes[a]!;
  const last = pt.nodes[b]!;
  if (!first.isConnected || !last.isConnected) return null;
  const range = first.ownerDocument.createRange();
  try {
    range.setStart(first, start - pt.starts[a]!);
    range.setEnd(last, end - pt.starts[b]!);
  } catch {
    return null;
  }
  return range;
}
