import type { Quote } from '~/lib/dataset/schema';
import { article, documentById, speakerById } from '~/lib/dataset/article';
import type { Strings, UiLang } from '~/lib/panel/strings';
import { formatDate } from '~/lib/i18n/format';

/**
 * A quote an open source point rests on: the English original, the Korean
 * edition's wording where it has one, and otherwise a note that the English is
 * the original wording (never a Korean translation of ours shown as a quote).
 */
export function PointQuote({ quote, lang, t }: { quote: Quote; lang: UiLang; t: Strings }) {
  const speaker = speakerById(article, quote.speakerId);
  const doc = documentById(article, quote.said.documentId);
  return (
    <figure className="point-quote" data-quote-id={quote.id}>
      <blockquote lang="en">
        <span className="quote-lang">{t.english}</span>
        {quote.en}
      </blockquote>
      {quote.ko !== null && lang === 'ko' && (
        <blockquote lang="ko">
          <span className="quote-lang">{t.korean}</span>
          {quote.ko}
        </blockquote>
      )}
      <figcaption>
        {speaker?.name[lang] ?? quote.speakerId}
        {doc && ` · ${doc.title[lang]}`}
        {' · '}
        <time dateTime={quote.said.when.value}>{formatDate(quote.said.when, lang, t)}</time>
        {quote.ko === null && <span className="point-quote-note">{t.openSource.originalWording}</span>}
      </figcaption>
    </figure>
  );
}
