/**
 * Matching and detection on a page's skeleton text: which key quotes are in
 * it (exact, then bounded fuzzy) and whether the page is one of the editions.
 *
 * Runs in the background: the content script builds the text index and sends
 * its skeleton text (`scan:analyze`), so the matcher, the fuzzy search, the
 * fingerprints and the quotes' text stay out of the content script that every
 * matching page loads, and the matching runs off the page's main thread. The
 * answer is offsets into that text, which the content script maps back to
 * DOM Ranges.
 */
import { detectEdition, type DetectArticle } from './detect';
import { findQuotes, prepareNeedles, type MatchLang, type Needle } from './match';
import type { Fingerprints } from './text/fingerprint';

export interface AnalyzeInput {
  url: string;
  title: string;
  /** The page's skeleton text (TextIndex.text). */
  text: string;
}

export interface AnalyzedMatch {
  quoteId: string;
  lang: MatchLang;
  start: number;
  end: number;
  exact: boolean;
}

export interface Analysis {
  edition: 'en' | 'ko' | null;
  reason: string;
  matches: AnalyzedMatch[];
}

const needleCache = new WeakMap<DetectArticle, Needle[]>();

function keyNeedles(article: DetectArticle): Needle[] {
  let needles = needleCache.get(article);
  if (needles === undefined) {
    needles = prepareNeedles(article.quotes.filter((q) => q.role === 'key'));
    needleCache.set(article, needles);
  }
  return needles;
}

export function analyzeText(input: AnalyzeInput, article: DetectArticle, fingerprints: Fingerprints): Analysis {
  const matches = findQuotes(input.text, keyNeedles(article));
  const detection = detectEdition({ url: input.url, title: input.title, text: input.text, matches, fingerprints, article });
  return {
    edition: detection.edition,
    reason: detection.reason,
    matches: matches.map(({ quoteId, lang, start, end, exact }) => ({ quoteId, lang, start, end, exact })),
  };
}
