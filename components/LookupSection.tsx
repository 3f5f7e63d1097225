import './shared.css';
import './LookupSection.css';
import { useMemo, type ReactNode } from 'react';
import type { Article, GlossaryEntry, TimelineEvent, Verification } from '~/lib/dataset/schema';
import type { Strings, UiLang } from '~/lib/panel/strings';
import { formatDate } from '~/lib/i18n/format';
import { lookUp } from '~/lib/recognition/lookup';
import { EntryHeader } from './EntryHeader';
import { QuoteCard } from './QuoteCard';
import { SearchField } from './SearchField';
import { SourceLine } from './SourceLine';
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
  const result = useMemo(() => lookUp(query, { article, timeline, glossary }), [query, article, timeline, glossary]);
  const empty = result.query === '';
  const found = result.glossary.length + result.quotes.length + result.events.length > 0;
  return (
    <section aria-labelledby="lookup-title" className="lookup">
      <h2 id="lookup-title">{t.lookup.title}</h2>
      <p className="section-intro">{t.lookup.intro}</p>
      <form className="search-field" role="search" onSubmit={(e) => e.preventDefault()}>
        <SearchField label={t.lookup.searchLabel} value={query} onChange={onQueryChange} />
      </form>
      {empty && <p className="lookup-hint">{t.lookup.hint}</p>}
      {/* The one live region: the count, or that nothing was found (empty while there is no query). */}
      <p role="status" className={found ? 'lookup-status' : 'lookup-status lookup-nothing'}>
        {empty ? '' : found ? t.lookup.count(result.glossary.length, result.quotes.length, result.events.length) : t.lookup.nothing(result.query)}
      </p>
      <ResultGroup id="lookup-glossary-title" heading={t.lookup.glossaryHeading} items={result.glossary}>
        {(entry) => <EntryCard entry={entry} lang={lang} t={t} onShowGlossary={onShowGlossary} />}
      </ResultGroup>
      <ResultGroup id="lookup-quotes-title" heading={t.lookup.quotesHeading} items={result.quotes} listClass="quotes">
        {(quote) => <QuoteCard article={article} quote={quote} lang={lang} t={t} />}
      </ResultGroup>
      <ResultGroup id="lookup-events-title" heading={t.lookup.eventsHeading} items={result.events}>
        {(event) => <EventCard event={event} lang={lang} t={t} onShowEvent={onShowEvent} />}
      </ResultGroup>
    </section>
  );
}

interface ResultGroupProps<T extends { id: string }> {
  /** The heading's id (the list is labelled by it). */
  id: string;
  heading: string;
  items: T[];
  /** A class added to the list's own. */
  listClass?: string;
  children: (item: T) => ReactNode;
}

/** One kind of result under its heading, as a list of cards; nothing when there is none. */
function ResultGroup<T extends { id: string }>({ id, heading, items, listClass, children }: ResultGroupProps<T>) {
  if (items.length === 0) return null;
  return (
    <div className="lookup-group">
      <h3 id={id}>{heading}</h3>
      <ul aria-labelledby={id} className={listClass ? `card-list ${listClass}` : 'card-list'}>
        {items.map((item) => (
          <li key={item.id}>{children(item)}</li>
        ))}
      </ul>
    </div>
  );
}

/** A glossary entry: its names in both languages, kind, description, source and verification. */
function EntryCard({ entry, lang, t, onShowGlossary }: { entry: GlossaryEntry; lang: UiLang; t: Strings; onShowGlossary?: (id: string) => void }) {
  const titleId = `lookup-glossary-${entry.id}`;
  return (
    <article className="section-card lookup-card" aria-labelledby={titleId} data-glossary-id={entry.id}>
      <EntryHeader entry={entry} lang={lang} t={t} titleId={titleId} level={4} />
      <p className="lookup-description">{entry.description[lang]}</p>
      <SourceLine source={entry.source} t={t} linksLabel={t.lookup.sourceLinks} />
      <CardFooter
        verification={entry.verification}
        t={t}
        action={onShowGlossary && { label: t.lookup.openInGlossary, name: entry.name[lang], run: () => onShowGlossary(entry.id) }}
      />
    </article>
  );
}

/** A timeline event: its date, title, whether it came after the article, source and verification. */
function EventCard({ event, lang, t, onShowEvent }: { event: TimelineEvent; lang: UiLang; t: Strings; onShowEvent?: (id: string) => void }) {
  const titleId = `lookup-event-${event.id}`;
  return (
    <article className="section-card lookup-card" aria-labelledby={titleId} data-event-id={event.id}>
      <header className="entry-header">
        <time dateTime={event.date.value}>{formatDate(event.date, lang, t)}</time>
        {event.later && <span className="entry-tag">{t.lookup.later}</span>}
      </header>
      <h4 id={titleId}>{event.title[lang]}</h4>
      <SourceLine source={event.source} t={t} linksLabel={t.lookup.sourceLinks} />
      <CardFooter
        verification={event.verification}
        t={t}
        action={onShowEvent && { label: t.lookup.showInTimeline, name: event.title[lang], run: () => onShowEvent(event.id) }}
      />
    </article>
  );
}

/** A card's footer: its verification, and a button "label: name" (the name for screen readers only) when there is an action. */
function CardFooter({ verification, t, action }: { verification: Verification; t: Strings; action?: { label: string; name: string; run: () => void } }) {
  return (
    <footer>
      <VerificationBadge verification={verification} t={t} />
      {action && (
        <button type="button" onClick={action.run}>
          {action.label}
          <span className="visually-hidden">: {action.name}</span>
        </button>
      )}
    </footer>
  );
}
