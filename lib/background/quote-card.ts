/**
 * A quote's card (speaker, where and when, both texts, verification) as plain strings in one language, built in
 * the background, which has the whole dataset; likewise Firefox's in-page look-up card.
 */
import type { Article, Misquote, Verification } from '../dataset/schema';
import { misquoteById, misquoteText } from '../dataset/misquotes';
import { documentById, quoteById, speakerById } from '../dataset/article';
import type { LookupCard, PopoverQuote } from '../messages';
import type { LookupResult } from '../recognition/lookup';
import { formatDate } from '../i18n/format';
import { SHARED_STRINGS, type UiLang } from '../i18n/shared-strings';

export function verificationWords(v: Pick<Verification, 'level'>, lang: UiLang): string {
  return SHARED_STRINGS[lang][v.level];
}

/** How a match gives its quote, as the card's line ('quote' and left out: none). */
export type CardKind = 'quote' | 'part' | 'rendering' | 'altered' | 'misquote';

/**
 * The card for a clicked match: a known misquote's (by its id: never a key quote's card), else the key quote's,
 * with a line when the page gives it only in part, in its own words, or altered.
 */
export function quoteCard(article: Article, quoteId: string, lang: UiLang, kind?: CardKind): PopoverQuote | null {
  const misquote = misquoteById(quoteId);
  if (misquote) return misquoteCard(article, misquote, lang);
  if (kind === 'misquote') return null;
  const quote = quoteById(article, quoteId);
  if (!quote) return null;
  const t = SHARED_STRINGS[lang];
  const note = kind === 'part' ? t.kindPart : kind === 'rendering' ? t.kindRendering : kind === 'altered' ? t.kindAltered : undefined;
  const speaker = speakerById(article, quote.speakerId);
  const doc = documentById(article, quote.said.documentId);
  const where = doc ? doc.title[lang] : quote.said.where;
  return {
    speaker: speaker ? `${speaker.name[lang]} · ${speaker.role[lang]}` : quote.speakerId,
    said: `${where} · ${formatDate(quote.said.when, lang, t)}`,
    en: quote.en,
    ko: quote.ko,
    verification: `${t.verification}: ${verificationWords(quote.verification, lang)}`,
    ...(note ? { note } : {}),
  };
}

/** A known misquote's card: what circulates, that it is in no source, and why (its note). */
export function misquoteCard(article: Article, m: Misquote, lang: UiLang): PopoverQuote {
  const t = SHARED_STRINGS[lang];
  const who = speakerById(article, m.attributedTo)?.name[lang] ?? m.attributedTo;
  return { speaker: t.misquoteHeading, said: t.misquoteSaid(who), en: misquoteText(m), ko: null, verification: m.note[lang], misquote: true };
}

/** What "Look up" found, as plain strings in one language, for the in-page look-up card. */
export function lookupCard(result: LookupResult, lang: UiLang): LookupCard {
  const t = SHARED_STRINGS[lang];
  const items: LookupCard['items'] = [
    ...result.glossary.map((g) => ({
      kind: t.glossaryTitle,
      heading: g.name[lang],
      text: g.description[lang],
      verification: `${t.verification}: ${verificationWords(g.verification, lang)}`,
    })),
    ...result.quotes.map((q) => ({
      kind: t.keyQuotes,
      heading: `“${lang === 'ko' && q.ko ? q.ko : q.en}”`,
      text: lang === 'ko' || !q.ko ? q.en : q.ko,
      verification: `${t.verification}: ${verificationWords(q.verification, lang)}`,
    })),
    ...result.events.map((e) => ({
      kind: t.timelineTitle,
      heading: formatDate(e.date, lang, t),
      text: e.title[lang],
      verification: `${t.verification}: ${verificationWords(e.verification, lang)}`,
    })),
  ];
  return { query: result.query, items, nothing: items.length === 0 ? t.lookupNothing(result.query) : null };
}
