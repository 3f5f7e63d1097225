/** Paints named groups of Ranges with the CSS Custom Highlight API (no DOM change); without the API, nothing is painted. */
export interface Highlighter {
  /** Replace the ranges painted under `name` (an empty list removes it). */
  set(name: string, ranges: readonly Range[]): void;
  /** Remove one name, or every name this highlighter registered. */
  clear(name?: string): void;
  /** Names currently painted. */
  names(): string[];
}

type HighlightCtor = new (...ranges: Range[]) => unknown;
export interface HighlightApi {
  registry: { set(name: string, value: unknown): unknown; delete(name: string): boolean };
  Highlight: HighlightCtor;
}

function highlightApi(win: Window | null): HighlightApi | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightApi['registry'] }; Highlight?: HighlightCtor } | null;
  const registry = w?.CSS?.highlights;
  const Highlight = w?.Highlight;
  return registry && typeof Highlight === 'function' ? { registry, Highlight } : null;
}

export class CssHighlighter implements Highlighter {
  readonly #painted = new Set<string>();
  constructor(private readonly api: HighlightApi | null) {}

  set(name: string, ranges: readonly Range[]): void {
    if (ranges.length === 0) return this.clear(name);
    if (this.api === null) return;
    this.api.registry.set(name, new this.api.Highlight(...ranges));
    this.#painted.add(name);
  }

  clear(name?: string): void {
    for (const n of name === undefined ? [...this.#painted] : [name]) {
      if (this.#painted.delete(n)) this.api?.registry.delete(n);
    }
  }

  names(): string[] {
    return [...this.#painted];
  }
}

/** A highlighter for the document's window. */
export function createHighlighter(doc: Document): Highlighter {
  return new CssHighlighter(highlightApi(doc.defaultView));
}
