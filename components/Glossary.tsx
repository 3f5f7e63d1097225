import './shared.css';
import './Glossary.css';
import { useRef } from 'react';
import type { GlossaryEntry, TimelineEvent } from '~/lib/dataset/schema';
import type { Strings, UiLang } from '~/lib/panel/strings';
import { relatedEvents, searchGlossary } from '~/lib/dataset/glossary';
import { EntryHeader } from './EntryHeader';
import { EventList } from './EventItem';
import { SearchField } from './SearchField';
import { SourceLine } from './SourceLine';
import { VerificationBadge } from './VerificationBadge';

export interface GlossaryProps {
  entries: GlossaryEntry[];
  events: TimelineEvent[];
  lang: UiLang;
  t: Strings;
  /** The search text (controlled: the panel may set it from a text the reader looks up). */
  query: string;
  onQueryChange: (q: string) => void;
  /** When given, related events are buttons that show the event in the timeline. */
  onShowEvent?: (eventId: string) => void;
}

/** The story's entities: a search box over names and aliases in both languages, and a card per matching entry. */
export function Glossary({ entries, events, lang, t, query, onQueryChange, onShowEvent }: GlossaryProps) {
  const input = useRef<HTMLInputElement>(null);
  const results = searchGlossary(entries, query, lang);
  const clear = () => {
    onQueryChange('');
    input.current?.focus();
  };
  return (
    <section aria-labelledby="glossary-title" className="glossary">
      <h2 id="glossary-title">{t.glossary.title}</h2>
      <p className="section-intro">{t.glossary.intro}</p>
      <div className="search-field">
        <SearchField label={t.glossary.searchLabel} value={query} onChange={onQueryChange} inputRef={input} />
      </div>
      <p role="status" className="glossary-count">
        {t.glossary.count(results.length, entries.length)}
      </p>
      {results.length === 0 ? (
        <div className="glossary-empty">
          <p>{t.glossary.noResults(query)}</p>
          <button type="button" onClick={clear}>
            {t.glossary.clearSearch}
          </button>
        </div>
      ) : (
        <ul className="card-list">
          {results.map((entry) => (
            <li key={entry.id}>
              <GlossaryCard entry={entry} events={events} lang={lang} t={t} onShowEvent={onShowEvent} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface CardProps {
  entry: GlossaryEntry;
  events: TimelineEvent[];
  lang: UiLang;
  t: Strings;
  onShowEvent?: (eventId: string) => void;
}

/** One entry: names in both languages, kind, aliases by language, description, source, verification, related events. */
function GlossaryCard({ entry, events, lang, t, onShowEvent }: CardProps) {
  const titleId = `glossary-${entry.id}-name`;
  const eventsId = `glossary-${entry.id}-events`;
  const related = relatedEvents(entry, events);
  const aliasGroups = [
    { lang: 'en' as const, label: t.glossary.namesEn, names: entry.aliases.en },
    { lang: 'ko' as const, label: t.glossary.namesKo, names: entry.aliases.ko },
  ].filter((g) => g.names.length > 0);
  return (
    <article id={`glossary-${entry.id}`} className="section-card glossary-entry" aria-labelledby={titleId} lang={lang} tabIndex={-1}>
      <EntryHeader entry={entry} lang={lang} t={t} titleId={titleId} level={3} />
      <dl className="glossary-aliases">
        {aliasGroups.map((g) => (
          <div key={g.lang}>
            <dt>{g.label}</dt>
            <dd>
              <ul>
                {g.names.map((name) => (
                  <li key={name} lang={g.lang}>
                    {name}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
      <p className="glossary-description">{entry.description[lang]}</p>
      <SourceLine source={entry.source} t={t} linksLabel={t.glossary.sourceLinks} />
      <p className="glossary-verification">
        <VerificationBadge verification={entry.verification} t={t} />
      </p>
      {related.length > 0 && (
        <EventList
          headingId={eventsId}
          heading={t.glossary.related}
          events={related}
          lang={lang}
          t={t}
          onShowEvent={onShowEvent}
          showHint={t.glossary.showInTimeline}
        />
      )}
    </article>
  );
}
