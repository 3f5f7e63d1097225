/**
 * Is this page one of the article's editions? 'en': TechCrunch's URL, or the headline plus EN_MIN_QUOTES
 * English quotes (no English text, so no English fingerprint); 'ko': KO_MIN_QUOTES Korean quotes plus the
 * fingerprint scoring KO_MIN_FINGERPRINT around them; otherwise null.
 */
import type { Edition, Quote } from '../dataset/schema';
import type { QuoteMatch } from './match';
import { fingerprintScore, type Fingerprints } from './fingerprint';
import { toSkeleton } from '../text/normalize';
import { isEditionUrl, safeDecode } from './cheap-check';

export { cheapCheck, isEditionUrl, STORY_TERMS, type CheapCheckInput } from './cheap-check';

/** What detection reads of the article: a dataset Article or the content script's slim ContentArticle. */
export interface DetectArticle {
  editions: ReadonlyArray<Pick<Edition, 'lang' | 'url' | 'hosts' | 'headline' | 'outlet'>>;
  quotes: ReadonlyArray<Pick<Quote, 'id' | 'role' | 'en' | 'ko'>>;
}

/** English key quotes that must match (with the headline) for 'en'. */
export const EN_MIN_QUOTES = 6;
/** Korean key quotes that must match for 'ko'. */
export const KO_MIN_QUOTES = 4;
/** Korean fingerprint score needed for 'ko': between most of the edition (≥ 0.7) and a few quoted paragraphs (0.21); see DESIGN.md. */
export const KO_MIN_FINGERPRINT = 0.6;

export interface DetectInput {
  url: string;
  title: string;
  /** The page's skeleton text (lib/recognition/page-skeleton.ts). */
  text: string;
  /** Key-quote matches in `text` (lib/recognition/match.ts findQuotes). */
  matches: readonly QuoteMatch[];
  fingerprints: Fingerprints;
  article: DetectArticle;
}

export interface Detection {
  edition: 'en' | 'ko' | null;
  /** en: share of the English key quotes matched; ko: Korean fingerprint score (0 when not computed). */
  score: { en: number; ko: number };
  reason: string;
}

function keyQuoteIds(article: DetectArticle, lang: 'en' | 'ko'): Set<string> {
  const ids = new Set<string>();
  for (const q of article.quotes ?? []) if (q.role === 'key' && typeof q[lang] === 'string') ids.add(q.id);
  return ids;
}

/** The window to score against the Korean fingerprint: the largest group of Korean matches within `span`, widened by `span` each side. */
export function fingerprintWindow(text: string, matches: readonly QuoteMatch[], span: number): [number, number] | null {
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  if (sorted.length === 0 || !(span > 0)) return null;
  // Sliding window over the sorted matches: the most matches within `span`.
  let bestLo = 0;
  let bestHi = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi]!.end - sorted[lo]!.start > span && lo < hi) lo++;
    if (hi - lo > bestHi - bestLo) {
      bestLo = lo;
      bestHi = hi;
    }
  }
  const a = Math.max(0, sorted[bestLo]!.start - span);
  const b = Math.min(text.length, sorted[bestHi]!.end + span);
  return [a, b];
}

/**
 * Skeletons of the edition's headline: the dataset's and its URL slug's (TechCrunch's slug keeps a headline's
 * first wording). Slugs under 24 skeleton chars (ids, numbers) are ignored.
 */
function headlineSkeletons(edition: Pick<Edition, 'headline' | 'url'>): string[] {
  const out: string[] = [];
  if (typeof edition.headline === 'string') out.push(toSkeleton(edition.headline));
  try {
    const slug = new URL(edition.url).pathname.split('/').filter((p) => p.length > 0).pop() ?? '';
    out.push(toSkeleton(safeDecode(slug)));
  } catch {
    // No slug.
  }
  return out.filter((h) => h.length >= 24);
}

/** Which edition is this page, if any. Never throws. */
export function detectEdition(input: DetectInput): Detection {
  const score = { en: 0, ko: 0 };
  try {
    const { article, fingerprints } = input;
    const text = typeof input.text === 'string' ? input.text : '';
    const matches = Array.isArray(input.matches) ? input.matches : [];
    const en = article.editions.find((e) => e.lang === 'en');

    const enKeys = keyQuoteIds(article, 'en');
    const enFound = new Set(matches.filter((m) => m.lang === 'en' && enKeys.has(m.quoteId)).map((m) => m.quoteId));
    score.en = enKeys.size > 0 ? enFound.size / enKeys.size : 0;

    const koKeys = keyQuoteIds(article, 'ko');
    const koMatches = matches.filter((m) => m.lang === 'ko' && koKeys.has(m.quoteId));
    const koFound = new Set(koMatches.map((m) => m.quoteId));
    const fp = fingerprints?.ko;
    if (koMatches.length > 0 && fp !== undefined && fp.sourceLength > 0) {
      const w = fingerprintWindow(text, koMatches, fp.sourceLength);
      if (w !== null) score.ko = fingerprintScore(text.slice(w[0], w[1]), fp);
    }

    if (en !== undefined && typeof input.url === 'string' && isEditionUrl(input.url, en)) {
      return { edition: 'en', score, reason: `URL of the ${en.outlet} article` };
    }
    if (en !== undefined && enFound.size >= EN_MIN_QUOTES) {
      const title = toSkeleton(typeof input.title === 'string' ? input.title : '');
      for (const headline of headlineSkeletons(en)) {
        if (title.includes(headline) || text.includes(headline)) {
          return { edition: 'en', score, reason: `headline and ${enFound.size}/${enKeys.size} English key quotes` };
        }
      }
    }
    if (koFound.size >= KO_MIN_QUOTES && score.ko >= KO_MIN_FINGERPRINT) {
      return {
        edition: 'ko',
        score,
        reason: `${koFound.size}/${koKeys.size} Korean key quotes, fingerprint ${score.ko.toFixed(2)}`,
      };
    }
    const why: string[] = [];
    if (enFound.size > 0) why.push(`${enFound.size}/${enKeys.size} English key quotes`);
    if (koFound.size > 0) why.push(`${koFound.size}/${koKeys.size} Korean key quotes, fingerprint ${score.ko.toFixed(2)}`);
    return { edition: null, score, reason: why.length > 0 ? `not an edition: ${why.join('; ')}` : 'no key quotes' };
  } catch {
    return { edition: null, score, reason: 'detection failed on odd input' };
  }
}
