/**
 * One scan of a page (pure orchestration, no extension APIs, no DOM writes): the cheap check, the page text
 * read in slices, then `analyze` and the spans mapped to Ranges (a node changed meanwhile gives none).
 * Each main-thread step is a `meta-context:scan` measure with `detail.scan`; their sum is the scan's cost.
 */
import type { Analysis, AnalyzeInput, MatchKind } from '../recognition/analyze';
import type { Relation } from '../recognition/relation';
import type { PageText } from './page-text';
import { cheapCheck } from '../recognition/cheap-check';
import type { Edition } from '../dataset/schema';
import { PageTextReader, rangeFromOffsets } from './page-text';
import { sampleText } from './sample-text';
import type { MatchLang } from '../recognition/match';
import { now } from '../clock';
import { handOverToken, sendInParts, type TextPart, type TextParts } from './text-handover';

export interface ScanOptions {
  url: string;
  /** The editions, for the cheap check's URL test. */
  article: { editions: ReadonlyArray<Pick<Edition, 'url' | 'hosts'>> };
  /** Matching and detection (lib/recognition/analyze.ts): the content script asks the background; tests call it directly. */
  analyze: (input: AnalyzeRequest) => ScanAnalysis | Promise<ScanAnalysis | null> | null;
  /** Hands part of a long text over before `analyze` (false: refused); without it the text goes in one message. */
  sendPart?: (part: TextPart) => Promise<boolean>;
  /** Characters per part (default PART_CHARS). */
  partChars?: number;
  /** Length of one reading slice in ms (default 16: few yields, far under a 50 ms long task). */
  sliceMs?: number;
  /** Awaited between slices (default: setTimeout(0)). */
  yieldToMain?: () => Promise<void>;
  /** Characters of text read by the cheap check (default 2200; see sampleText). */
  sampleChars?: number;
  /** "Scan this page": read it whole, past the cheap check (a page may concern the story without naming it early). */
  skipCheapCheck?: boolean;
}

/** What `analyze` is given: the page's text, or its last part when the rest went before in `parts.count` parts. */
export type AnalyzeRequest = AnalyzeInput & { parts?: TextParts };

/** A saved highlight of the reader's, placed by the background in the text the scan read; its colour as sent, checked where painted. */
export interface PlacedSpan {
  id: string;
  start: number;
  end: number;
  color?: unknown;
}

/** The analysis, and (from the background) where the page's saved highlights are in the same text. */
export type ScanAnalysis = Analysis & { mine?: PlacedSpan[] };

export interface FoundQuote {
  quoteId: string;
  lang: MatchLang;
  ranges: Range[];
  /** True when every occurrence matched exactly (skeleton-equal). */
  exact: boolean;
  /** How the page gives the quote (a misquote's id with `misquote`); `quote` when left out. */
  kind?: MatchKind;
}

export interface ScanResult {
  passedCheapCheck: boolean;
  edition: 'en' | 'ko' | null;
  reason: string;
  found: FoundQuote[];
  /** How the page relates to the story (null: not at all, or not analysed). */
  relation?: Relation | null;
  stats: { textLength: number; nodes: number; slices: number };
  /** The page passed the cheap check but its text could not be analysed: nothing is known. */
  analysisFailed?: boolean;
  /** This content script's scan number (`detail.scan` of its measures). */
  scan?: number;
  /** The text the scan read (when it read any): the reader's highlights are placed in it, not read again. */
  page?: PageText;
  /** Where the background placed the page's saved highlights in `page`. */
  mine?: PlacedSpan[];
}

export const SCAN_MEASURE = 'meta-context:scan';

/** Scans made by this content script so far: each measure's `detail.scan` says which scan it belongs to. */
let scans = 0;

function measure(start: number, end: number, scan: number): void {
  try {
    performance.measure(SCAN_MEASURE, { start, end, detail: { scan } });
  } catch {
    // No User Timing here (or an old one): the scan still runs.
  }
}

const defaultYield = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function scanPage(doc: Document, opts: ScanOptions): Promise<ScanResult> {
  const stats = { textLength: 0, nodes: 0, slices: 0 };
  const t0 = now();
  const scan = ++scans;
  let title = '';
  try {
    title = doc.title ?? '';
  } catch {
    title = '';
  }
  // URL and title decide most pages about the story; the sample is read only when they don't.
  const passed =
    opts.skipCheapCheck === true ||
    cheapCheck({ url: opts.url, title, sample: '' }, opts.article) ||
    cheapCheck({ url: '', title: '', sample: sampleText(doc, opts.sampleChars ?? 2200) }, opts.article);
  measure(t0, now(), scan);
  if (!passed) {
    return { passedCheapCheck: false, edition: null, reason: 'cheap check: nothing about the story', found: [], relation: null, stats, scan };
  }

  const sliceMs = opts.sliceMs !== undefined && opts.sliceMs > 0 ? opts.sliceMs : 16;
  const yieldToMain = opts.yieldToMain ?? defaultYield;
  // The first slice includes finding the root and setting up the walk.
  let sliceStart = now();
  const root: Node = doc.body ?? doc.documentElement ?? doc;
  const reader = new PageTextReader(root, { skipBlank: true });
  for (;;) {
    const done = reader.step(sliceStart + sliceMs);
    measure(sliceStart, now(), scan);
    stats.slices++;
    if (done) break;
    await yieldToMain();
    sliceStart = now();
  }

  const page = reader.pageText;
  stats.textLength = page.text.length;
  stats.nodes = page.nodes.length;
  const analysis = await handOver(page, opts, title, scan);
  if (analysis === null) {
    return { passedCheapCheck: true, edition: null, reason: 'the analysis could not run', found: [], relation: null, stats, analysisFailed: true };
  }
  const start = now();
  const matches = analysis.matches;
  const byQuote = new Map<string, FoundQuote>();
  for (const m of matches) {
    const range = rangeFromOffsets(page, m.start, m.end);
    if (range === null) continue;
    const kind = m.kind ?? 'quote';
    const key = `${m.lang}:${m.quoteId}:${kind}`;
    let f = byQuote.get(key);
    if (f === undefined) {
      f = { quoteId: m.quoteId, lang: m.lang, ranges: [], exact: true, kind };
      byQuote.set(key, f);
    }
    f.ranges.push(range);
    f.exact = f.exact && m.exact;
  }
  measure(start, now(), scan);
  return {
    passedCheapCheck: true,
    edition: analysis.edition,
    reason: analysis.reason,
    found: [...byQuote.values()],
    relation: analysis.relation ?? null,
    stats,
    scan,
    page,
    ...(analysis.mine ? { mine: analysis.mine } : {}),
  };
}

/** Sends the text to be analysed, in parts when long; sending is main-thread work (serialization): each send is a measure. */
async function handOver(page: PageText, opts: ScanOptions, title: string, scan: number): Promise<ScanAnalysis | null> {
  const request: AnalyzeRequest = { url: opts.url, title, text: page.text, starts: page.starts, breaks: page.breaks };
  if (opts.sendPart !== undefined) {
    const step = (send: () => Promise<boolean>) => {
      const start = now();
      const sent = send();
      measure(start, now(), scan);
      return sent;
    };
    const last = await sendInParts(page.text, opts.sendPart, handOverToken(scan), { size: opts.partChars, step });
    if (last === null) return null;
    request.text = last.text;
    if (last.parts) request.parts = last.parts;
  }
  const start = now();
  const pending = opts.analyze(request);
  measure(start, now(), scan);
  return pending;
}
