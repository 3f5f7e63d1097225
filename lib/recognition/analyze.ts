/**
 * Finds the key quotes (exact, then bounded fuzzy) in a page's text and detects the edition.
 * Runs in the background so the content script stays small and per-char work stays off the page;
 * answers with spans of the text that was sent.
 */
import { detectEdition, type DetectArticle } from './detect';
import { findQuotes, prepareNeedles, type MatchLang, type Needle } from './match';
import type { Fingerprints } from './fingerprint';
import { pageSkeleton, sourceSpan } from './page-skeleton';

export interface AnalyzeInput {
  url: string;
  title: string;
  /** The page's text (PageText.text). */
  text: string;
  /** Where each of its text nodes starts in it (PageText.starts). */
  starts: number[];
}

export interface AnalyzedMatch {
  quoteId: string;
  lang: MatchLang;
  /** The match's span of the page text that was sent: from its first letter to just after its last. */
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
  const skeleton = pageSkeleton(input.text, input.starts);
  const matches = findQuotes(skeleton.text, keyNeedles(article));
  const detection = detectEdition({ url: input.url, title: input.title, text: skeleton.text, matches, fingerprints, article });
  const spans: AnalyzedMatch[] = [];
  for (const { quoteId, lang, start, end, exact } of matches) {
    const span = sourceSpan(skeleton, start, end);
    if (span !== null) spans.push({ quoteId, lang, ...span, exact });
  }
  return { edition: detection.edition, reason: detection.reason, matches: spans };
}
