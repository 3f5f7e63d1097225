import './LookupSection.css';
import { useId, useMemo } from 'react';
import type { Article, GlossaryEntry, Source, TimelineEvent } from '~/lib/dataset/schema';
import type { Strings, UiLang } from '~/lib/panel/strings';
import { formatDate } from '~/lib/panel/format';
import { otherLang, urlLabel } from '~/lib/panel/glossary';
import { lookUp } from '~/lib/lookup';
import { QuoteCard } from './QuoteCard';
import { VerificationBadge } from './VerificationBadge';

export interface LookupSectionProps {
  /** The looked-up text (controlled: the panel sets it from a selection the reader looks up). */
  query: string;
  onQueryChange: (q: string) => void;
  lang: UiLang;
  t: Strings;
  article: Article;
  timeline: TimelineEvent[];
  glossary: GlossaryEntry[];
  /** When given, each event has a button that shows it in the timeline. */
  onShowEvent?: (id: string) => void;
  /** When given, each glossary entry has a button that opens it in the glossary. */
  onShowGlossary?: (id: string) => void;
}

/** A search box over the dataset, and what it has on the text: glossary entries, quotes and timeline events. */
export function LookupSection({ query, onQueryChange, lang, t, article, timeline, glossary, onShowEvent, onShowGlossary }: LookupSectionProps) {
  const inputId = useId();
  const result = useMemo(() => lookUp(query, { article, timeline, glossary }), [query, article, timeline, glossary]);
  const empty = result.query === '';
  const found = result.glossary.length + result.quotes.length + result.events.length > 0;
  return (
    <section aria-labelledby="lookup-title" className="lookup">
      <h2 id="lookup-title">{t.lookup.title}</h2>
      <p className="lookup-intro">{t.lookup.intro}</p>
      <form className="lookup-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={inputId}>{t.lookup.searchLabel}</label>
        <input
          id={inputId}
          type="search"
          value={query}
          onChange={(e) => onQueryChange(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </form>
      {empty && <p className="lookup-hint">{t.lookup.hint}</p>}
      {/* The one live region: the count, or that nothing was found (empty while there is no query). */}
      <p role="status" className={found ? 'lookup-status' : 'lookup-status lookup-nothing'}>
        {empty ? '' : found ? t.lookup.count(result.glossary.length, result.quotes.length, result.events.length) : t.lookup.nothing(result.query)}
      </p>
      {result.glossary.length > 0 && (
        <div className="lookup-group">
          <h3 id="lookup-glossary-title">{t.lookup.glossaryHeading}</h3>
          <ul aria-labelledby="lookup-glossary-title" className="lookup-list">
            {result.glossary.map((entry) => (
              <li key={entry.id}>
                <EntryCard entry={entry} lang={lang} t={t} onShowGlossary={onShowGlossary} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.quotes.length > 0 && (
        <div className="lookup-group">
          <h3 id="lookup-quotes-title">{t.lookup.quotesHeading}</h3>
          <ul aria-labelledby="lookup-quotes-title" className="lookup-list quotes">
            {result.quotes.map((quote) => (
              <li key={quote.id}>
                <QuoteCard article={article} quote={quote} lang={lang} t={t} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.events.length > 0 && (
        <div className="lookup-group">
          <h3 id="lookup-events-title">{t.lookup.eventsHeading}</h3>
          <ul aria-labelledby="lookup-events-title" className="lookup-list">
            {result.events.map((event) => (
              <li key={event.id}>
                <EventCard event={event} lang={lang} t={t} onShowEvent={onShowEvent} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** A glossary entry: its names in both languages, kind, description, source and verification. */
function EntryCard({ entry, lang, t, onShowGlossary }: { entry: GlossaryEntry; lang: UiLang; t: Strings; onShowGlossary?: (id: string) => void }) {
  const other = otherLang(lang);
  const titleId = `lookup-glossary-${entry.id}`;
  return (
    <article className="lookup-card" aria-labelledby={titleId} data-glossary-id={entry.id}>
      <header>
        <h4 id={titleId}>{entry.name[lang]}</h4>
        {entry.name[other] !== entry.name[lang] && (
          <span className="lookup-other-name" lang={other}>
            {entry.name[other]}
          </span>
        )}
        <span className="lookup-kind">{t.glossary.kinds[entry.kind]}</span>
      </header>
      <p className="lookup-description">{entry.description[lang]}</p>
      <SourceLine source={entry.source} t={t} />
      <footer>
        <VerificationBadge verification={entry.verification} t={t} />
        {onShowGlossary && (
          <button type="button" onClick={() => onShowGlossary(entry.id)}>
            {t.lookup.openInGlossary}
            <span className="visually-hidden">: {entry.name[lang]}</span>
          </button>
        )}
      </footer>
    </article>
  );
}

/** A timeline event: its date, title, whether it came after the article, source and verification. */
function EventCard({ event, lang, t, onShowEvent }: { event: TimelineEvent; lang: UiLang; t: Strings; onShowEvent?: (id: string) => void }) {
  const titleId = `lookup-event-${event.id}`;
  return (
    <article className="lookup-card" aria-labelledby={titleId} data-event-id={event.id}>
      <header>
        <time dateTime={event.date.value}>{formatDate(event.date, lang, t)}</time>
        {event.later && <span className="lookup-kind">{t.lookup.later}</span>}
      </header>
      <h4 id={titleId}>{event.title[lang]}</h4>
      <SourceLine source={event.source} t={t} />
      <footer>
        <VerificationBadge verification={event.verification} t={t} />
        {onShowEvent && (
          <button type="button" onClick={() => onShowEvent(event.id)}>
            {t.lookup.showInTimeline}
            <span className="visually-hidden">: {event.title[lang]}</span>
          </button>
        )}
      </footer>
    </article>
  );
}

/** An item's source in the facts' wording (English), with its links. */
function SourceLine({ source, t }: { source: Source; t: Strings }) {
  return (
    <div className="lookup-source">
      <p>
        <span className="lookup-label">{t.source}: </span>
        <span lang="en">{source.text}</span>
      </p>
      {source.urls.length > 0 && (
        <ul aria-label={t.lookup.sourceLinks}>
          {source.urls.map((url) => (
            <li key={url}>
              <a href={url} target="_blank" rel="noreferrer noopener">
                {urlLabel(url)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
