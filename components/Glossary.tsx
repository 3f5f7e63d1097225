import './Glossary.css';
import { useId, useRef } from 'react';
import type { GlossaryEntry, TimelineEvent } from '~/lib/dataset/schema';
import type { Strings, UiLang } from '~/lib/panel/strings';
import { formatDate } from '~/lib/panel/format';
import { otherLang, relatedEvents, searchGlossary, urlLabel } from '~/lib/panel/glossary';
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
  const searchId = useId();
  const input = useRef<HTMLInputElement>(null);
  const results = searchGlossary(entries, query, lang);
  const clear = () => {
    onQueryChange('');
    input.current?.focus();
  };
  return (
    <section aria-labelledby="glossary-title" className="glossary">
      <h2 id="glossary-title">{t.glossary.title}</h2>
      <p className="glossary-intro">{t.glossary.intro}</p>
      <div className="glossary-search">
        <label htmlFor={searchId}>{t.glossary.searchLabel}</label>
        <input
          ref={input}
          id={searchId}
          type="search"
          value={query}
          onChange={(e) => onQueryChange(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
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
        <ul className="glossary-list">
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
  const other = otherLang(lang);
  const titleId = `glossary-${entry.id}-name`;
  const eventsId = `glossary-${entry.id}-events`;
  const related = relatedEvents(entry, events);
  const aliasGroups = [
    { lang: 'en' as const, label: t.glossary.namesEn, names: entry.aliases.en },
    { lang: 'ko' as const, label: t.glossary.namesKo, names: entry.aliases.ko },
  ].filter((g) => g.names.length > 0);
  return (
    <article id={`glossary-${entry.id}`} className="glossary-entry" aria-labelledby={titleId} lang={lang} tabIndex={-1}>
      <header>
        <h3 id={titleId}>{entry.name[lang]}</h3>
        {entry.name[other] !== entry.name[lang] && (
          <span className="glossary-other-name" lang={other}>
            {entry.name[other]}
          </span>
        )}
        <span className="glossary-kind">{t.glossary.kinds[entry.kind]}</span>
      </header>
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
      <div className="glossary-source">
        <p>
          <span className="glossary-label">{t.source}: </span>
          <span lang="en">{entry.source.text}</span>
        </p>
        {entry.source.urls.length > 0 && (
          <ul className="glossary-links" aria-label={t.glossary.sourceLinks}>
            {entry.source.urls.map((url) => (
              <li key={url}>
                <a href={url} target="_blank" rel="noreferrer noopener">
                  {urlLabel(url)}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="glossary-verification">
        <VerificationBadge verification={entry.verification} t={t} />
      </p>
      {related.length > 0 && (
        <div className="glossary-events">
          <h4 id={eventsId}>{t.glossary.related}</h4>
          <ul aria-labelledby={eventsId}>
            {related.map((event) => {
              const content = (
                <>
                  <time dateTime={event.date.value}>{formatDate(event.date, lang, t)}</time>{' '}
                  <span className="glossary-event-title">{event.title[lang]}</span>
                </>
              );
              return (
                <li key={event.id} data-event-id={event.id}>
                  {onShowEvent ? (
                    <button type="button" title={t.glossary.showInTimeline} onClick={() => onShowEvent(event.id)}>
                      {content}
                    </button>
                  ) : (
                    <span className="glossary-event">{content}</span>
                  )}{' '}
                  <VerificationBadge verification={event.verification} t={t} />
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </article>
  );
}
