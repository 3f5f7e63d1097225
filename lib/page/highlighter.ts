/**
 * Paints named groups of Ranges. Two implementations behind one interface:
 * - the CSS Custom Highlight API (the page's DOM is not changed at all);
 * - a `<mark>` fallback for browsers without it, fully undone by `clear`.
 */
export interface Highlighter {
  readonly kind: 'css' | 'mark';
  /** Replace the ranges painted under `name` (an empty list removes it). */
  set(name: string, ranges: readonly Range[]): void;
  /** Remove one name, or every name this highlighter registered. */
  clear(name?: string): void;
  /** Names currently painted. */
  names(): string[];
}

type HighlightCtor = new (...ranges: Range[]) => unknown;
interface HighlightRegistryLike {
  set(name: string, value: unknown): unknown;
  delete(name: string): boolean;
}

function highlightApi(win: Window): { registry: HighlightRegistryLike; Highlight: HighlightCtor } | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: HighlightCtor };
  const registry = w.CSS?.highlights;
  const Highlight = w.Highlight;
  return registry && typeof Highlight === 'function' ? { registry, Highlight } : null;
}

export class CssHighlighter implements Highlighter {
  readonly kind = 'css' as const;
  readonly #painted = new Set<string>();
  constructor(private readonly api: { registry: HighlightRegistryLike; Highlight: HighlightCtor }) {}

  set(name: string, ranges: readonly Range[]): void {
    if (ranges.length === 0) return this.clear(name);
    this.api.registry.set(name, new this.api.Highlight(...ranges));
    this.#painted.add(name);
  }

  clear(name?: string): void {
    for (const n of name === undefined ? [...this.#painted] : [name]) {
      if (this.#painted.delete(n)) this.api.registry.delete(n);
    }
  }

  names(): string[] {
    return [...this.#painted];
  }
}

/** A text position: a piece of a text node to wrap. */
interface Piece {
  node: Text;
  start: number;
  end: number;
}

/**
 * Wrapping splits a text node N into [N][marked][tail] and puts `marked` in a
 * `<mark>`; the nodes it creates are remembered. Clearing unwraps each mark and
 * merges every created text node back into the text node before it, so N keeps
 * its identity and data whatever the order in which names are cleared, even
 * when several names split the same text node or nest.
 */
export class MarkHighlighter implements Highlighter {
  readonly kind = 'mark' as const;
  readonly #marks = new Map<string, HTMLElement[]>();
  /** Text nodes created by splitting (never the page's own). */
  readonly #created = new WeakSet<Text>();
  constructor(private readonly doc: Document) {}

  set(name: string, ranges: readonly Range[]): void {
    // Read the ranges before clearing: clearing merges text nodes they may point into.
    const pieces: Piece[] = [];
    for (const range of ranges) pieces.push(...textPieces(this.doc, range));
    const merged = new Map<Text, { into: Text; shift: number }>();
    this.#clearOne(name, merged);
    if (pieces.length === 0) return;
    // Follow the pieces into the nodes their text was merged into.
    for (const p of pieces) {
      for (let m = merged.get(p.node); m; m = merged.get(p.node)) {
        p.node = m.into;
        p.start += m.shift;
        p.end += m.shift;
      }
    }
    // Within a node, wrap from the last piece to the first so earlier offsets stay valid.
    const byNode = new Map<Text, Piece[]>();
    for (const p of pieces) {
      const list = byNode.get(p.node);
      if (list) list.push(p);
      else byNode.set(p.node, [p]);
    }
    const marks: HTMLElement[] = [];
    for (const [node, list] of byNode) {
      let limit = node.data.length;
      for (const { start, end: rawEnd } of list.sort((a, b) => b.start - a.start)) {
        const end = Math.min(rawEnd, limit);
        if (end <= start || start < 0 || !node.parentNode) continue;
        const marked = node.splitText(start);
        const tail = marked.splitText(end - start);
        this.#created.add(marked);
        this.#created.add(tail);
        const mark = this.doc.createElement('mark');
        mark.setAttribute('data-meta-context', name);
        marked.parentNode!.insertBefore(mark, marked);
        mark.appendChild(marked);
        marks.push(mark);
        limit = start;
      }
    }
    if (marks.length > 0) this.#marks.set(name, marks);
  }

  clear(name?: string): void {
    for (const n of name === undefined ? [...this.#marks.keys()].reverse() : [name]) this.#clearOne(n, new Map());
  }

  names(): string[] {
    return [...this.#marks.keys()];
  }

  #clearOne(name: string, merged: Map<Text, { into: Text; shift: number }>): void {
    const marks = this.#marks.get(name);
    if (!marks) return;
    this.#marks.delete(name);
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      const first = mark.firstChild;
      const after = mark.nextSibling;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
      for (const node of [first, after]) this.#mergeBack(node, merged);
    }
  }

  /** Merge a text node this highlighter created into the text node just before it. */
  #mergeBack(node: Node | null, merged: Map<Text, { into: Text; shift: number }>): void {
    if (node?.nodeType !== Node.TEXT_NODE) return;
    const text = node as Text;
    const prev = text.previousSibling;
    if (!this.#created.has(text) || prev?.nodeType !== Node.TEXT_NODE) return;
    const into = prev as Text;
    merged.set(text, { into, shift: into.data.length });
    into.data += text.data;
    text.remove();
  }
}

/** The text-node pieces a range covers. */
function textPieces(doc: Document, range: Range): Array<{ node: Text; start: number; end: number }> {
  const out: Array<{ node: Text; start: number; end: number }> = [];
  const root = range.commonAncestorContainer;
  if (root.nodeType === Node.TEXT_NODE) {
    out.push({ node: root as Text, start: range.startOffset, end: range.endOffset });
    return out;
  }
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(n)) continue;
    const start = n === range.startContainer ? range.startOffset : 0;
    const end = n === range.endContainer ? range.endOffset : n.data.length;
    out.push({ node: n, start, end });
  }
  return out;
}

/** The CSS Custom Highlight API where the browser has it, else the `<mark>` fallback. */
export function createHighlighter(doc: Document, prefer?: 'css' | 'mark'): Highlighter {
  const api = prefer === 'mark' ? null : highlightApi(doc.defaultView ?? window);
  return api ? new CssHighlighter(api) : new MarkHighlighter(doc);
}
