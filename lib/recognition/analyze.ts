/**
 * Finds the key quotes in a page's text (exact; else trimmed or altered, word-aligned and within one block;
 * renderings on pages about the story) and the known misquotes, detects the edition and decides how the page
 * relates to the story. Runs in the background so the content script stays small and per-char work stays off
 * the page; answers with spans of the text that was sent.
 */
import { detectEdition, fingerprintWindow, type DetectArticle } from './detect';
import { findQuotes, prepareNeedles, type MatchLang, type Needle, type QuoteMatch } from './match';
import { fingerprintScore, type Fingerprints } from './fingerprint';
import { crossesBlock, pageSkeleton, sourceSpan, type PageSkeleton } from './page-skeleton';
import { refineQuotes, wordNeedles, type WordNeedle } from './refine';
import { decideRelation, type Relation } from './relation';
import { findRenderings } from './renderings';
import { toSkeleton } from '../text/normalize';

export interface AnalyzeInput {
  url: string;
  title: string;
  /** The page's text (PageText.text). */
  text: string;
  /** Where each of its text nodes starts in it (PageText.starts). */
  starts: number[];
  /** Nodes with a block boundary before them (PageText.breaks); none known when left out. */
  breaks?: number[];
}

/** How a match stands to its quote: the quote itself (typography aside), part of it, another rendering, altered; or a known misquote. */
export type MatchKind = 'quote' | 'part' | 'rendering' | 'altered' | 'misquote';

export interface AnalyzedMatch {
  /** A key quote's id, or a misquote's (kind `misquote`). */
  quoteId: string;
  lang: MatchLang;
  /** The match's span of the page text that was sent: from its first letter to just after its last. */
  start: number;
  end: number;
  exact: boolean;
  /** `quote` when left out. */
  kind?: MatchKind;
}

export interface Analysis {
  edition: 'en' | 'ko' | null;
  reason: string;
  matches: AnalyzedMatch[];
  relation?: Relation | null;
}

/** What analysis reads of the dataset: the article, and the misquotes with their text in clear. */
export interface AnalyzeData {
  article: DetectArticle;
  misquotes?: ReadonlyArray<{ id: string; en: string }>;
}

interface Prepared {
  needles: Needle[];
  words: WordNeedle[];
  misNeedles: Needle[];
  misWords: WordNeedle[];
}

const cache = new WeakMap<object, Prepared>();

function prepare(data: AnalyzeData): Prepared {
  let p = cache.get(data.article);
  if (p === undefined) {
    const keys = data.article.quotes.filter((q) => q.role === 'key');
    // A misquote's sentences are needles of their own: either alone is the misquote.
    const mis = (data.misquotes ?? []).flatMap((m) => [
      { id: m.id, en: m.en, ko: null },
      ...m.en.split(/(?<=[.!?])\s+/).filter((s) => s.length > 0).map((s) => ({ id: m.id, en: s, ko: null })),
    ]);
    p = { needles: prepareNeedles(keys), words: wordNeedles(keys), misNeedles: prepareNeedles(mis), misWords: wordNeedles(mis) };
    cache.set(data.article, p);
  }
  return p;
}

interface Span {
  quoteId: string;
  lang: MatchLang;
  start: number;
  end: number;
  kind: MatchKind;
  exact: boolean;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Exact occurrences, then trimmed and altered ones where a needle has none (fuzzy matches only hint where to look). */
function quoteSpans(sk: PageSkeleton, text: string, needles: Needle[], words: WordNeedle[]): Span[] {
  const raw = findQuotes(sk.text, needles);
  // An exact occurrence across a block boundary (a paragraph cut short, then a side column) is not the quote.
  const exact = raw.filter((m) => m.exact && !crossesBlock(sk, m.start, m.end));
  const has = new Set(exact.map((m) => `${m.lang}:${m.quoteId}`));
  const rest = words.filter((w) => !has.has(`${w.lang}:${w.quoteId}`));
  const hints = raw.filter((m: QuoteMatch) => !m.exact);
  const refined = rest.length > 0 ? refineQuotes(sk, text, rest, { hints }) : [];
  const spans: Span[] = exact.map((m) => ({ quoteId: m.quoteId, lang: m.lang, start: m.start, end: m.end, kind: 'quote', exact: true }));
  for (const r of refined) if (!spans.some((s) => overlaps(s, r))) spans.push({ ...r, exact: false });
  return spans;
}

export function analyzeText(input: AnalyzeInput, data: AnalyzeData | DetectArticle, fingerprints: Fingerprints): Analysis {
  const d: AnalyzeData = 'article' in data ? data : { article: data };
  const { article } = d;
  const prepared = prepare(d);
  const skeleton = pageSkeleton(input.text, input.starts, input.breaks ?? []);
  const sk = skeleton.text;

  // Known misquotes first: a page quoting one is never painted with a key quote there.
  const mis = quoteSpans(skeleton, input.text, prepared.misNeedles, prepared.misWords).map((s) => ({ ...s, kind: 'misquote' as const }));
  const misquotes: Span[] = [];
  for (const m of mis.sort((a, b) => b.end - b.start - (a.end - a.start))) if (!misquotes.some((x) => overlaps(x, m))) misquotes.push(m);
  let spans = quoteSpans(skeleton, input.text, prepared.needles, prepared.words).filter((s) => !misquotes.some((m) => overlaps(m, s)));

  // Detection reads whole quotes (exact and altered ones), as before trimmed quotes existed.
  const asMatches: QuoteMatch[] = spans
    .filter((s) => s.kind !== 'part')
    .map((s) => ({ quoteId: s.quoteId, lang: s.lang, start: s.start, end: s.end, errors: s.exact ? 0 : 1, exact: s.exact }));
  const detection = detectEdition({ url: input.url, title: input.title, text: sk, matches: asMatches, fingerprints, article });

  const distinct = (lang: MatchLang, kinds: readonly MatchKind[]) =>
    new Set(spans.filter((s) => s.lang === lang && kinds.includes(s.kind)).map((s) => s.quoteId)).size;
  const found = {
    en: { verbatim: distinct('en', ['quote', 'part']), any: distinct('en', ['quote', 'part', 'altered']) },
    ko: { verbatim: distinct('ko', ['quote', 'part']), any: distinct('ko', ['quote', 'part', 'altered']) },
  };
  let koScore = detection.score.ko;
  const koSpans = spans.filter((s) => s.lang === 'ko');
  const fp = fingerprints?.ko;
  if (koScore === 0 && koSpans.length > 0 && fp !== undefined && fp.sourceLength > 0) {
    const w = fingerprintWindow(sk, koSpans.map((s) => ({ ...s, errors: 0 })), fp.sourceLength);
    if (w !== null) koScore = fingerprintScore(sk.slice(w[0], w[1]), fp);
  }
  const en = article.editions.find((e) => e.lang === 'en');
  const title = toSkeleton(input.title);
  const headline = en?.headline ? toSkeleton(en.headline) : '';
  const relation = decideRelation({
    url: input.url,
    title,
    text: sk,
    detected: detection.edition,
    editions: article.editions,
    found,
    headline: headline.length > 0 && (title.includes(headline) || sk.includes(headline)),
    koScore,
    enKeys: article.quotes.filter((q) => q.role === 'key').length,
  });

  // Altered quotes only where the page relates to the story (a changed word elsewhere is more likely another text).
  if (relation === null) spans = spans.filter((s) => s.kind !== 'altered');
  else if (relation.kind !== 'quotes') {
    const taken = [...spans, ...misquotes];
    for (const r of findRenderings(skeleton, input.text, article, spans)) if (!taken.some((t) => overlaps(t, r))) spans.push({ ...r, exact: false });
  }

  const out: AnalyzedMatch[] = [];
  for (const s of [...spans, ...misquotes].sort((a, b) => a.start - b.start)) {
    const span = sourceSpan(skeleton, s.start, s.end);
    if (span !== null) out.push({ quoteId: s.quoteId, lang: s.lang, ...span, exact: s.exact, kind: s.kind });
  }
  return { edition: detection.edition, reason: detection.reason, matches: out, relation };
}
