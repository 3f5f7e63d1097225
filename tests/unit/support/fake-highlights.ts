/** A stand-in for the CSS Custom Highlight API, which jsdom lacks: `CSS.highlights` and `Highlight` on a window. */
export class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

export type FakeRegistry = Map<string, FakeHighlight>;

/** Installs a fresh fake registry on `win` and returns it. */
export function installFakeHighlights(win: Window = window): FakeRegistry {
  const registry: FakeRegistry = new Map();
  Object.defineProperty(win, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
  Object.defineProperty(win, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
  return registry;
}

/** How many ranges each name starting with `prefix` paints. */
export function paintedRanges(registry: FakeRegistry, prefix = ''): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [name, h] of registry) if (name.startsWith(prefix) && h.ranges.length > 0) counts[name] = h.ranges.length;
  return counts;
}
