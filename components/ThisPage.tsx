import type { Article } from '~/lib/dataset/schema';
import { editionByLang, keyQuotes } from '~/lib/dataset/article';
import type { TabState } from '~/lib/messages';
import type { Strings, UiLang } from '~/lib/panel/strings';
import { QuoteCard } from './QuoteCard';
import { textFragmentUrl } from '~/lib/panel/text-fragment';
import type { Quote } from '~/lib/dataset/schema';
import { misquoteById, misquoteText } from '~/lib/dataset/misquotes';

/** How the page relates to the story, as a plain sentence with its reasons. */
export function relationSentence(state: TabState, t: Strings): string {
  const r = state.relation ?? null;
  const w = t.relation;
  if (r === null) return w.relationNone;
  if (r.kind === 'edition') return w.relationEdition(r.edition ?? 'en');
  if (r.kind === 'copy') return w.relationCopy(r.edition ?? 'en', r.share);
  if (r.kind === 'coverage') return w.relationCoverage(r.reasons);
  return w.relationQuotes;
}

export interface ThisPageProps {
  article: Article;
  state: TabState | null;
  lang: UiLang;
  t: Strings;
  onScan: () => void;
  /** Shown after "Scan this page" could not reach the page. */
  scanFailed?: boolean;
  onShow: (quoteId: string) => void;
  /** The quote the reader clicked in the page: its card is marked as current. */
  focusedQuoteId?: string | null;
}

/** Which edition the tab carries (or that it is not the article), and the key quotes found and not found on it. */
export function ThisPage({ article, state, lang, t, onScan, onShow, focusedQuoteId = null, scanFailed = false }: ThisPageProps) {
  const keys = keyQuotes(article);
  const foundIds = new Set(state?.quotes.map((q) => q.id) ?? []);
  const keyFound = state?.quotes.filter((q) => q.kind !== 'misquote') ?? [];
  const inexact = new Set(keyFound.filter((q) => !q.exact && (q.kind ?? 'quote') === 'quote').map((q) => q.id));
  const kindOf = new Map(keyFound.map((q) => [q.id, q]));
  const misquotesHere = state?.quotes.filter((q) => q.kind === 'misquote') ?? [];
  const found = keys.filter((q) => foundIds.has(q.id));
  const missing = keys.filter((q) => !foundIds.has(q.id));
  const edition = state?.article?.edition ?? null;
  const other = edition ? editionByLang(article, edition === 'en' ? 'ko' : 'en') : null;
  const onPage = new Map(state?.quotes.map((q) => [q.id, q.text]) ?? []);
  /** A link to the quote on this page when it is here, else to it in the Korean edition (or the original). */
  const linkTo = (q: Quote) => {
    const here = state?.url && onPage.has(q.id) ? textFragmentUrl(state.url, onPage.get(q.id)!) : null;
    if (here) return { url: here, onThisPage: true };
    const edition = editionByLang(article, q.ko ? 'ko' : 'en');
    const there = edition ? textFragmentUrl(edition.url, q.ko ?? q.en) : null;
    return there ? { url: there, onThisPage: false } : null;
  };

  return (
    <section aria-labelledby="this-page" className="this-page">
      <h2 id="this-page">{t.thisPage}</h2>
      <p className="page-status" data-edition={edition ?? 'none'} role="status">
        {state === null ? t.unavailable : state.status === 'not-scanned' ? t.notScanned : edition === 'en' ? t.editionEn : edition === 'ko' ? t.editionKo : t.notArticle}
      </p>
      {state?.status === 'scanned' && (
        <p className="relation" data-relation={state.relation?.kind ?? 'none'}>
          {relationSentence(state, t)}
        </p>
      )}
      {state?.status === 'scanned' && <p className="quote-count">{t.quoteCount(found.length, keys.length)}</p>}
      {misquotesHere.length > 0 && (
        <>
          <h3 className="list-heading">{t.relation.misquotesFound}</h3>
          <ul className="quotes misquotes" aria-label={t.relation.misquotesFound}>
            {misquotesHere.map((q) => {
              const m = misquoteById(q.id);
              return (
                <li key={q.id}>
                  <article className="quote-card misquote" data-misquote-id={q.id} tabIndex={-1}>
                    <header>
                      <h3>{t.relation.misquoteHeading}</h3>
                    </header>
                    <blockquote lang="en">{m ? misquoteText(m) : q.text}</blockquote>
                    <p className="misquote-note">{m?.note[lang]}</p>
                    {m && <p className="misquote-evidence">{m.evidence.text}</p>}
                  </article>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {state !== null && state.status === 'not-scanned' && (
        <button type="button" onClick={onScan}>
          {t.scanPage}
        </button>
      )}
      {scanFailed && <p role="alert">{t.scanHint}</p>}
      {other && (
        <p>
          <a href={other.url} target="_blank" rel="noreferrer noopener" lang={other.lang}>
            {other.lang === 'en' ? t.otherEditionEn : t.otherEditionKo}
          </a>
        </p>
      )}
      {found.length > 0 && (
        <>
          <h3 className="list-heading">{t.quotesFound}</h3>
          <ul className="quotes found" aria-label={t.quotesFound}>
            {found.map((q) => (
              <li key={q.id}>
                <QuoteCard
                  article={article}
                  quote={q}
                  lang={lang}
                  t={t}
                  current={q.id === focusedQuoteId}
                  closeMatch={inexact.has(q.id)}
                  onPage={kindOf.get(q.id) ?? null}
                  link={linkTo(q)}
                  onShow={() => onShow(q.id)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="list-heading">{found.length > 0 ? t.quotesMissing : t.keyQuotes}</h3>
      <ul className="quotes missing" aria-label={found.length > 0 ? t.quotesMissing : t.keyQuotes}>
        {missing.map((q) => (
          <li key={q.id}>
            <QuoteCard article={article} quote={q} lang={lang} t={t} link={linkTo(q)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
