import { Lang } from '../schema';
import { asArray, asString, describe, get, POINTS } from './raw';

// The "Is Llama open source?" answer: each point may claim no more than the events and quotes it rests on.

/** Verification levels from the firmest to the weakest. */
const VERIFICATION_ORDER = ['verified', 'partial', 'secondary', 'unverified'] as const;

/** How firm a level is: 0 for verified, up to 3 for unverified; -1 for anything else. */
function firmness(level: unknown): number {
  return (VERIFICATION_ORDER as readonly unknown[]).indexOf(level);
}

/** The list element whose id is `id`, or undefined. */
function byId(items: unknown[], id: unknown): unknown {
  return typeof id === 'string' ? items.find((item) => get(item, ['id']) === id) : undefined;
}

/** A URL without its scheme and leading www., as source texts write it. */
function bareUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '');
}

/** True when `source` links `url`, or names it (without its scheme) in its text. */
function mentionsUrl(source: unknown, url: string): boolean {
  const text = (asString(get(source, ['text'])) ?? '').toLowerCase();
  return asArray(get(source, ['urls'])).includes(url) || text.includes(bareUrl(url).toLowerCase());
}

/** True when `source` names `other`: contains its text, or links or names one of its URLs. */
function mentionsSource(source: unknown, other: unknown): boolean {
  const text = (asString(get(source, ['text'])) ?? '').toLowerCase();
  const otherText = (asString(get(other, ['text'])) ?? '').trim().toLowerCase();
  if (otherText !== '' && text.includes(otherText)) return true;
  return asArray(get(other, ['urls'])).some((u) => typeof u === 'string' && mentionsUrl(source, u));
}

/**
 * The answer: a summary in both languages; each point no firmer than what it rests on, its source naming its
 * events' sources, and a point resting on the article naming one of its editions.
 */
export function checkOpenSource(raw: unknown): string[] {
  const errors: string[] = [];
  for (const lang of Lang.options) {
    const summary = get(raw, ['openSource', 'summary', lang]);
    if (typeof summary === 'string' && summary.trim() === '') errors.push(describe(raw, ['openSource', 'summary', lang], 'blank summary'));
  }
  const events = asArray(get(raw, ['timeline']));
  const quotes = asArray(get(raw, ['article', 'quotes']));
  const editions = asArray(get(raw, ['article', 'editions']));
  asArray(get(raw, POINTS)).forEach((point, i) => {
    const path = [...POINTS, i];
    const level = get(point, ['verification', 'level']);
    const source = get(point, ['source']);
    const restsOn = [
      ...asArray(get(point, ['eventIds'])).map((id) => ['timeline event', id, byId(events, id)] as const),
      ...asArray(get(point, ['quoteIds'])).map((id) => ['quote', id, byId(quotes, id)] as const),
    ];
    for (const [what, id, item] of restsOn) {
      if (item === undefined || typeof id !== 'string') continue; // reported by checkReferences
      const theirs = get(item, ['verification', 'level']);
      if (firmness(level) >= 0 && firmness(theirs) >= 0 && firmness(level) < firmness(theirs))
        errors.push(describe(raw, [...path, 'verification', 'level'], `"${String(level)}" is firmer than ${what} "${id}" it rests on ("${String(theirs)}")`));
      if (what === 'timeline event' && !mentionsSource(source, get(item, ['source'])))
        errors.push(describe(raw, [...path, 'source'], `does not mention or link the source of ${what} "${id}"`));
    }
    if (get(point, ['fromArticle']) === true) {
      const linked = editions.some((e) => {
        const url = asString(get(e, ['url']));
        return url !== undefined && mentionsUrl(source, url);
      });
      if (!linked) errors.push(describe(raw, [...path, 'source'], 'rests on the article (fromArticle) but neither mentions nor links an edition of it'));
    }
  });
  return errors;
}
