import type { Article, Quote } from '~/lib/dataset/schema';
import { documentById, speakerById } from '~/lib/dataset/article';
import type { Strings, UiLang } from '~/lib/panel/strings';
import { VerificationBadge } from './VerificationBadge';
import { formatDate } from '~/lib/i18n/format';
import { CopyLink } from './CopyLink';
import { diffWords } from '~/lib/text/word-diff';
import type { TabState } from '~/lib/messages';

export interface QuoteCardProps {
  article: Article;
  quote: Quote;
  lang: UiLang;
  t: Strings;
  /** Present when the quote is on the page: scrolls the page to it. */
  onShow?: () => void;
  /** The quote the reader just clicked in the page. */
  current?: boolean;
  /** Found on the page with small differences from the dataset's wording. */
  closeMatch?: boolean;
  /** A text-fragment link to the quote: on this page when found here, else in the article. */
  link?: { url: string; onThisPage: boolean } | null;
  /** How the page gives the quote (part, rendering, altered), with the page's wording. */
  onPage?: TabState['quotes'][number] | null;
}

/** Who said a quote, where and when, the English original beside the Korean translation, and how far it is verified. */
export function QuoteCard({ article, quote, lang, t, onShow, current = false, closeMatch = false, link = null, onPage = null }: QuoteCardProps) {
  const kind = onPage?.kind ?? 'quote';
  const speaker = speakerById(article, quote.speakerId);
  const doc = documentById(article, quote.said.documentId);
  return (
    <article
      className={current ? 'quote-card current' : 'quote-card'}
      aria-labelledby={`q-${quote.id}`}
      aria-current={current ? 'true' : undefined}
      data-quote-id={quote.id}
      tabIndex={-1}
    >
      <header>
        <h3 id={`q-${quote.id}`}>{speaker?.name[lang] ?? quote.speakerId}</h3>
        <p className="said">
          {doc?.url ? (
            <a href={doc.url} target="_blank" rel="noreferrer noopener">
              {doc.title[lang]}
            </a>
          ) : (
            <span>{doc?.title[lang] ?? quote.said.where}</span>
          )}
          {' · '}
          <time dateTime={quote.said.when.value}>{formatDate(quote.said.when, lang, t)}</time>
        </p>
      </header>
      {kind === 'part' && <p className="match-kind" data-kind="part">{t.relation.kindPart}</p>}
      {kind === 'rendering' && onPage && (
        <div className="match-kind" data-kind="rendering">
          <p>{t.relation.kindRendering}</p>
          <blockquote lang={onPage.lang}>{onPage.text}</blockquote>
        </div>
      )}
      {kind === 'altered' && onPage && (
        <div className="match-kind" data-kind="altered">
          <p>{t.relation.kindAltered}</p>
          <p className="word-diff" lang={onPage.lang}>
            {diffWords(onPage.lang === 'ko' ? (quote.ko ?? quote.en) : quote.en, onPage.text).map((op, i) =>
              op.op === 'same' ? (
                <span key={i}>{op.text} </span>
              ) : op.op === 'removed' ? (
                <del key={i} title={t.relation.diffRemoved}>{op.text} </del>
              ) : (
                <ins key={i} title={t.relation.diffAdded}>{op.text} </ins>
              ),
            )}
          </p>
        </div>
      )}
      <div className="quote-texts">
        <blockquote lang="en" cite={doc?.url ?? undefined}>
          <span className="quote-lang">{t.english}</span>
          {quote.en}
        </blockquote>
        <blockquote lang="ko">
          <span className="quote-lang">{t.korean}</span>
          {quote.ko ?? <em>{t.noKorean}</em>}
        </blockquote>
      </div>
      {closeMatch && <p className="close-match">{t.closeMatch}</p>}
      <footer>
        <VerificationBadge verification={quote.verification} t={t} />
        <span className="card-actions">
          {link && <CopyLink url={link.url} label={link.onThisPage ? t.copyLink : t.copyLinkEdition} t={t} />}
          {onShow && (
            <button type="button" onClick={onShow}>
              {t.showInPage}
            </button>
          )}
        </span>
      </footer>
    </article>
  );
}
