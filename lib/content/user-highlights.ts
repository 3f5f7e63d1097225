/**
 * The reader's own highlights on this page, placed by the background from their W3C selectors (unplaced ones
 * become orphans in the panel) and painted under `meta-context-user`. Where a scan read the page's text, the
 * background placed them in that text with its analysis (one hand-over); otherwise the text is read in slices,
 * and only when the page has highlights.
 */
import { offsetsOfRange, PageTextReader, rangeFromOffsets, readPageText, type PageText } from '../page/page-text';
import { now } from '../clock';
import type { PlacedSpan } from '../page/scan';
import type { Highlighter } from '../page/highlighter';
import { userColorHighlightName, type Palette } from '../page/highlight-names';
import { DEFAULT_COLOR, HIGHLIGHT_COLORS, isHighlightColor, type HighlightColor } from '../annotations/colors';

export interface UserHighlightsDeps {
  doc: Document;
  highlighter: Highlighter;
  /** How many highlights the page has saved (the background's store). */
  count: () => Promise<number>;
  /** Where the saved highlights are in this text (the background places them). */
  place: (text: string) => Promise<PlacedSpan[]>;
  palette: () => Palette;
  /** Awaited between reading slices (default: setTimeout(0)). */
  yieldToMain?: () => Promise<void>;
  /** Length of a reading slice in ms (default 16, as the scan's). */
  sliceMs?: number;
}

/** A reading slice, as the scan's (lib/page/scan.ts). */
const SLICE_MS = 16;

export class UserHighlights {
  #ranges = new Map<string, Range>();
  #colors = new Map<string, HighlightColor>();
  /** Bumped by every load and every local change: a load that finishes after a newer one, or after a change, is dropped. */
  #generation = 0;
  /** The last scan read the page's text and brought the highlights placed in it: nothing to read or send again. */
  #placedByScan = false;

  constructor(private readonly deps: UserHighlightsDeps) {}

  get anchored(): ReadonlyMap<string, Range> {
    return this.#ranges;
  }

  #root(): Node {
    return this.deps.doc.body ?? this.deps.doc.documentElement;
  }

  /** A Range as a span of the page's text (null when it covers none); the background makes its selectors. */
  span(range: Range): { text: string; start: number; end: number } | null {
    const pt = readPageText(this.#root());
    const offsets = offsetsOfRange(pt, range);
    return offsets ? { text: pt.text, ...offsets } : null;
  }

  /** A scan was painted: when it read the text, its placed highlights are painted from that text. */
  scanned(result: { page?: PageText; mine?: PlacedSpan[] }): void {
    if (!result.page || !result.mine) {
      this.#placedByScan = false;
      return;
    }
    this.#placedByScan = true;
    this.#generation++;
    ({ ranges: this.#ranges, colors: this.#colors } = placedIn(result.page, result.mine));
    this.paint();
  }

  /** The page's text, read in slices with a yield between them (no long task on a huge page). */
  async #readSliced(): Promise<PageText> {
    const reader = new PageTextReader(this.#root());
    const pause = this.deps.yieldToMain ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    while (!reader.step(now() + (this.deps.sliceMs ?? SLICE_MS))) await pause();
    return reader.pageText;
  }

  /**
   * Load, place and paint the page's highlights (again). Only the latest load paints. Without `force`, nothing to
   * do when the last scan already placed them.
   */
  async load(options: { force?: boolean } = {}): Promise<void> {
    if (this.#placedByScan && !options.force) return;
    const generation = ++this.#generation;
    let placed: Placed = { ranges: new Map(), colors: new Map(), missed: false };
    if ((await this.deps.count()) > 0) {
      let pt = await this.#readSliced();
      // Twice at most: if the text changed while the background placed them (a changed node gives no range), read and place again.
      for (let attempt = 0; attempt < 2; attempt++) {
        placed = placedIn(pt, await this.deps.place(pt.text));
        if (!placed.missed || generation !== this.#generation) break;
        const again = await this.#readSliced();
        if (again.text === pt.text) break;
        pt = again;
      }
    }
    if (generation !== this.#generation) return;
    this.#ranges = placed.ranges;
    this.#colors = placed.colors;
    this.paint();
  }

  /** A highlight just saved: paint it at once. */
  added(id: string, range: Range, color: HighlightColor = DEFAULT_COLOR): void {
    // A load still in flight read the store before this highlight: the refresh that follows the save brings both.
    this.#generation++;
    this.#ranges.set(id, range.cloneRange());
    this.#colors.set(id, color);
    this.paint();
  }

  /** A highlight's colour changed here (the background's refresh follows). */
  recolored(id: string, color: HighlightColor): void {
    this.#colors.set(id, color);
    this.paint();
  }

  paint(): void {
    const palette = this.deps.palette();
    for (const color of HIGHLIGHT_COLORS) {
      const ranges = [...this.#ranges].filter(([id]) => (this.#colors.get(id) ?? DEFAULT_COLOR) === color).map(([, r]) => r);
      for (const p of ['default', 'contrast'] as const) this.deps.highlighter.set(userColorHighlightName(color, p), p === palette ? ranges : []);
    }
  }
}

interface Placed {
  ranges: Map<string, Range>;
  colors: Map<string, HighlightColor>;
  /** A span gave no range: the text changed since it was read. */
  missed: boolean;
}

/** Placed spans as Ranges in the text they were placed in, with their colours (an unknown one is the default). */
function placedIn(pt: PageText, spans: readonly PlacedSpan[]): Placed {
  const placed: Placed = { ranges: new Map(), colors: new Map(), missed: false };
  for (const { id, start, end, color } of spans) {
    placed.colors.set(id, isHighlightColor(color) ? color : DEFAULT_COLOR);
    const range = rangeFromOffsets(pt, start, end);
    if (range) placed.ranges.set(id, range);
    else placed.missed = true;
  }
  return placed;
}
