/**
 * A quote's card as plain strings in one language: who said it, where and
 * when, both texts, the verification level in plain words. The background
 * builds it (it has the whole dataset) for the in-page popover.
 */
import type { Article, Verification } from './dataset/schema';
import { documentById, quoteById, speakerById } from './dataset/article';
import type { PopoverQuote } from './content/popover';
import { formatDate } from './panel/format';
import { STRINGS, type UiLang } from './panel/strings';

export function verificationWords(v: Pick<Verification, 'level'>, lang: UiLang): string {
  return STRINGS[lang][v.level];
}

export function quoteCard(article: Article, quoteId: string, lang: UiLang): PopoverQuote | null {
  const quote = quoteById(article, quoteId);
  if (!quote) return null;
  const t = STRINGS[lang];
  const speaker = speakerById(article, quote.speakerId);
  const doc = documentById(article, quote.said.documentId);
  const where = doc ? doc.title[lang] : quote.said.where;
  return {
    speaker: speaker ? `${speaker.name[lang]} · ${speaker.role[lang]}` : quote.speakerId,
    said: `${where} · ${formatDate(quote.said.when, lang, t)}`,
    en: quote.en,
    ko: quote.ko,
    verification: `${t.verification}: ${verificationWords(quote.verification, lang)}`,
  };
}
