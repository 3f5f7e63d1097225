/**
 * The content script's job on one page: scan, paint the key quotes, report, follow late changes and SPA
 * navigations, answer the background. Never throws into the page: every entry point catches and logs.
 */
import type { ContentArticle } from '../dataset/content-article';
import type { ScanReport, ToContent } from '../messages';
import { createHighlighter, type Highlighter } from '../page/highlighter';
import { FOCUS_HIGHLIGHT, MISQUOTE_HIGHLIGHT, quoteGroupOf, quoteHighlightName, type Palette, type QuoteGroup, type QuoteStyle } from '../page/highlight-names';
import { DEFAULT_HIGHLIGHT_PREFS, type HighlightPrefs } from '../settings/highlight-prefs';
import { scanPage, type AnalyzeRequest, type FoundQuote, type ScanOptions, type ScanResult } from '../page/scan';
import { toReport } from './report';
import { now } from '../clock';
import { DEFAULT_RESCAN, RescanScheduler } from './rescan-scheduler';
import { addsLargeText, changesPageText } from './page-mutations';
import { PageLifecycle } from './lifecycle';
import type { Analysis } from '../recognition/analyze';

export interface ReaderDeps {
  doc: Document;
  article: ContentArticle;
  /** Matching and detection, done by the background (`scan:analyze`, a long text's parts first by `scan:part`). */
  analyze: (input: AnalyzeRequest) => Promise<Analysis | null>;
  sendPart?: ScanOptions['sendPart'];
  /** Sends the scan's report to the background. */
  report: (report: ScanReport) => void;
  /** Register cleanup for when the content script is invalidated. */
  onInvalidated: (cb: () => void) => void;
  /** The reader's highlight settings; read once, before the first paint that has quotes. */
  loadPrefs?: () => Promise<HighlightPrefs>;
  /** A scan was painted (its text and the reader's highlights placed in it go to UserHighlights). */
  onScanned?: (result: ScanResult) => void;
}

const GROUPS: readonly QuoteGroup[] = ['zuckerberg', 'spokesperson'];
const PALETTES: readonly Palette[] = ['default', 'contrast'];
const STYLES: readonly QuoteStyle[] = ['quote', 'rendering', 'altered'];
const styleOf = (f: FoundQuote): QuoteStyle => (f.kind === 'rendering' || f.kind === 'altered' ? f.kind : 'quote');

export function logError(where: string, error: unknown): void {
  console.warn(`[meta-context] ${where}:`, error);
}

export class Reader {
  readonly highlighter: Highlighter;
  #found: FoundQuote[] = [];
  #scanning: Promise<void> | null = null;
  #again = false;
  /** Where this page stands: not about the story, about it, stopped (lifecycle.ts). */
  readonly lifecycle = new PageLifecycle();
  #cursor = -1;
  #focusTimer: ReturnType<typeof setTimeout> | null = null;
  #observer: MutationObserver | null = null;
  readonly scheduler: RescanScheduler;
  #stopped = false;
  #prefs: HighlightPrefs = DEFAULT_HIGHLIGHT_PREFS;
  #prefsLoaded: Promise<void> | null = null;
  #prefsChanged = false;

  constructor(private readonly deps: ReaderDeps) {
    this.highlighter = createHighlighter(deps.doc);
    this.scheduler = new RescanScheduler(() => {
      void this.scan();
      // The budget is spent: stop watching the page (an in-place navigation starts again).
      if (this.scheduler.spent) this.#disconnect();
    }, {
      ...DEFAULT_RESCAN,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      now,
    });
    deps.onInvalidated(() => this.stop());
  }

  get found(): readonly FoundQuote[] {
    return this.#found;
  }

  /** Scan the page now; a request during a scan runs once more after it. */
  scan(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    if (this.#scanning) {
      this.#again = true;
      return this.#scanning;
    }
    this.scheduler.ranNow();
    this.#scanning = this.#scanOnce()
      .catch((error) => logError('scan', error))
      .finally(() => {
        this.#scanning = null;
        if (this.#again && !this.#stopped) {
          this.#again = false;
          void this.scan();
        }
      });
    return this.#scanning;
  }

  /** True when the last scan that counted found the page related to the story (see relatesToStory). */
  get related(): boolean {
    return this.lifecycle.related;
  }

  /** The page navigated in place (an SPA): a new view, with a fresh rescan budget and the cheap check again. */
  navigated(): Promise<void> {
    this.scheduler.reset();
    this.lifecycle.navigated();
    return this.scan().then(() => this.watchMutations());
  }

  async #scanOnce(): Promise<void> {
    const { doc, article, analyze, sendPart } = this.deps;
    const started = now();
    const url = doc.location?.href ?? '';
    const result = await scanPage(doc, { url, article, analyze, sendPart, skipCheapCheck: this.lifecycle.skipCheapCheck });
    // Stopped meanwhile, or a result that knows nothing (the analysis could not run): keep what is painted.
    if (this.#stopped || !this.lifecycle.scanned(result)) return;
    if (result.found.length > 0) await this.#loadPrefs();
    if (this.#stopped) return;
    this.#paint(result);
    this.deps.onScanned?.(result);
    markPainted(result.scan);
    this.deps.report(toReport(result, article, url, doc.title, now() - started));
  }

  #loadPrefs(): Promise<void> {
    const load = this.deps.loadPrefs;
    // A change that arrived meanwhile (setPrefs) is newer than what was read.
    this.#prefsLoaded ??= load
      ? load().then(
          (prefs) => void (this.#prefsChanged || (this.#prefs = prefs)),
          (error) => logError('settings', error),
        )
      : Promise.resolve();
    return this.#prefsLoaded;
  }

  /** The reader changed the highlight settings: repaint what was found, as they now say. */
  setPrefs(prefs: HighlightPrefs): void {
    this.#prefs = prefs;
    this.#prefsChanged = true;
    if (!this.#stopped) this.#repaint();
  }

  get prefs(): HighlightPrefs {
    return this.#prefs;
  }

  #paint(result: ScanResult): void {
    this.#found = result.found.filter((f) => f.ranges.length > 0);
    this.#found.sort((a, b) => compareRanges(a.ranges[0]!, b.ranges[0]!));
    this.#repaint();
  }

  #groupOf(f: FoundQuote): QuoteGroup {
    const quote = this.deps.article.quotes.find((q) => q.id === f.quoteId);
    return quoteGroupOf(quote?.speakerId ?? '');
  }

  #painted(group: QuoteGroup): boolean {
    return this.#prefs.highlighting && this.#prefs.groups[group];
  }

  /** Paint each enabled group under its name (by style) for the chosen palette; clear every other quote name. */
  #repaint(): void {
    const names = new Map<string, Range[]>();
    for (const group of GROUPS) for (const palette of PALETTES) for (const style of STYLES) names.set(quoteHighlightName(group, palette, style), []);
    const misquotes: Range[] = [];
    for (const f of this.#found) {
      if (f.kind === 'misquote') {
        if (this.#prefs.highlighting) misquotes.push(...f.ranges);
        continue;
      }
      const group = this.#groupOf(f);
      if (this.#painted(group)) names.get(quoteHighlightName(group, this.#prefs.palette, styleOf(f)))!.push(...f.ranges);
    }
    for (const [name, ranges] of names) this.highlighter.set(name, ranges);
    this.highlighter.set(MISQUOTE_HIGHLIGHT, misquotes);
  }

  /**
   * Follow content that arrives late (SPA, lazy loading, "read more"): on a page about the story every change of
   * page text, elsewhere only large insertions; not at all once the rescan budget is spent.
   */
  watchMutations(): void {
    if (this.#stopped || this.#observer || this.scheduler.spent || typeof MutationObserver === 'undefined') return;
    this.#observer = new MutationObserver((records) => {
      const head = this.deps.doc.head;
      const counts = this.lifecycle.watch === 'text' ? changesPageText : addsLargeText;
      if (records.some((r) => counts(r, head))) this.scheduler.notify();
    });
    this.#observe(this.#observer);
  }

  /** True while a MutationObserver watches the page. */
  get watching(): boolean {
    return this.#observer !== null;
  }

  #disconnect(): void {
    this.#observer?.disconnect();
    this.#observer = null;
  }

  /**
     * Observes the whole document (a new body or title counts) without touching an element until something
     * changes; changes to scripts, styles or the head bar the title are ignored (page-mutations.ts).
     */
  #observe(observer: MutationObserver): void {
    observer.observe(this.deps.doc, { childList: true, subtree: true, characterData: true });
  }

  /** The quote that contains a point of the page, if any. */
  quoteAt(node: Node, offset: number): string | null {
    return this.matchAt(node, offset)?.quoteId ?? null;
  }

  /** The painted match at a point of the page: its quote (or misquote) and how the page gives it. */
  matchAt(node: Node, offset: number): { quoteId: string; kind: NonNullable<FoundQuote['kind']> } | null {
    for (const f of this.#found) {
      if (f.kind === 'misquote' ? !this.#prefs.highlighting : !this.#painted(this.#groupOf(f))) continue;
      for (const r of f.ranges) {
        try {
          if (r.isPointInRange(node, offset)) return { quoteId: f.quoteId, kind: f.kind ?? 'quote' };
        } catch {
          // A point in another document or a doctype: not in a quote.
        }
      }
    }
    return null;
  }

  /** Scroll a quote into view and flash it. Returns false when it is not on the page. */
  show(quoteId: string): boolean {
    const index = this.#found.findIndex((f) => f.quoteId === quoteId);
    if (index < 0) return false;
    this.#cursor = index;
    this.#focus(this.#found[index]!);
    return true;
  }

  /** Move to the next (1) or previous (-1) key quote in page order. */
  step(direction: 1 | -1): string | null {
    const n = this.#found.length;
    if (n === 0) return null;
    this.#cursor = this.#cursor < 0 ? (direction === 1 ? 0 : n - 1) : (this.#cursor + direction + n) % n;
    const f = this.#found[this.#cursor]!;
    this.#focus(f);
    return f.quoteId;
  }

  #focus(f: FoundQuote): void {
    const range = f.ranges[0]!;
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion(this.deps.doc) ? 'auto' : 'smooth' });
    this.highlighter.set(FOCUS_HIGHLIGHT, f.ranges);
    if (this.#focusTimer) clearTimeout(this.#focusTimer);
    this.#focusTimer = setTimeout(() => this.highlighter.clear(FOCUS_HIGHLIGHT), 1600);
  }

  /** Messages from the background. */
  handle(message: ToContent): unknown {
    switch (message.type) {
      case 'ping':
        return true;
      case 'scan:run':
        // The reader asked: from now on this page is read whole, past the cheap check.
        this.lifecycle.request();
        return this.scan().then(() => {
          this.watchMutations();
          return true;
        });
      case 'quote:show':
        return this.show(message.quoteId);
      case 'quote:step':
        return this.step(message.direction);
      default:
        return undefined;
    }
  }

  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.lifecycle.stop();
    this.scheduler.stop();
    this.#disconnect();
    if (this.#focusTimer) clearTimeout(this.#focusTimer);
    try {
      this.highlighter.clear();
    } catch (error) {
      logError('clear', error);
    }
  }
}

/** `meta-context:painted`: the scan's highlights are registered (the benchmark times scan start → painted). */
function markPainted(scan: number | undefined): void {
  try {
    performance.mark('meta-context:painted', { detail: { scan } });
  } catch {
    // No User Timing here.
  }
}

function prefersReducedMotion(doc: Document): boolean {
  return doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

function compareRanges(a: Range, b: Range): number {
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b);
  } catch {
    return 0;
  }
}
