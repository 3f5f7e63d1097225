import './shared.css';
import './OpenSourceQuestion.css';
import type { OpenSourceGroup, OpenSourcePoint, OpenSourceQuestion as OpenSourceData, TimelineEvent } from '~/lib/dataset/schema';
import { article, quoteById } from '~/lib/dataset/article';
import type { Strings, UiLang } from '~/lib/panel/strings';
import { EventList } from './EventItem';
import { SourceLine } from './SourceLine';
import { VerificationBadge } from './VerificationBadge';
import { ContextAsOf } from './ContextDate';
import { PointQuote } from './PointQuote';

/** The answer's parts, in order, with their headings' strings. */
const GROUPS: [OpenSourceGroup, 'groupGives' | 'groupLimits' | 'groupOsi' | 'groupArticle' | 'groupMeta'][] = [
  ['gives', 'groupGives'],
  ['limits', 'groupLimits'],
  ['osi', 'groupOsi'],
  ['article', 'groupArticle'],
  ['meta', 'groupMeta'],
];

export interface OpenSourceQuestionProps {
  data: OpenSourceData;
  /** The timeline, where the points' events are looked up. */
  events: TimelineEvent[];
  lang: UiLang;
  t: Strings;
  /** When given, each event is a button that shows it in the timeline. */
  onShowEvent?: (eventId: string) => void;
}

/** "Is Llama open source?": a short answer, then each point it rests on with its dated events, source and verification. */
export function OpenSourceQuestion({ data, events, lang, t, onShowEvent }: OpenSourceQuestionProps) {
  return (
    <section aria-labelledby="open-source-title" className="open-source">
      <h2 id="open-source-title">{t.openSource.title}</h2>
      <p className="open-source-summary">
        <strong>{t.openSource.inShort}: </strong>
        {data.summary[lang]}
      </p>
      <ContextAsOf events={events} lang={lang} t={t} />
      {GROUPS.map(([group, title]) => {
        const points = data.points.filter((p) => p.group === group);
        return points.length === 0 ? null : (
          <div key={group} className="open-source-group" data-group={group}>
            <h3 id={`open-source-group-${group}`}>{t.openSource[title]}</h3>
            <ul className="card-list" aria-labelledby={`open-source-group-${group}`}>
              {points.map((point) => (
                <li key={point.id}>
                  <Point point={point} events={events} lang={lang} t={t} onShowEvent={onShowEvent} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

interface PointProps {
  point: OpenSourcePoint;
  events: TimelineEvent[];
  lang: UiLang;
  t: Strings;
  onShowEvent?: (eventId: string) => void;
}

/** One point: heading, text, the events it rests on (dated), its source and its verification. */
function Point({ point, events, lang, t, onShowEvent }: PointProps) {
  const headingId = `open-source-${point.id}-heading`;
  const eventsId = `open-source-${point.id}-events`;
  const restsOn = point.eventIds.flatMap((id) => events.filter((e) => e.id === id));
  return (
    <article id={`open-source-${point.id}`} className="section-card open-source-point" aria-labelledby={headingId} lang={lang}>
      <h4 id={headingId}>{point.heading[lang]}</h4>
      {point.fromArticle && <p className="open-source-from-article">{t.openSource.fromArticle}</p>}
      <p className="open-source-text">{point.text[lang]}</p>
      {point.quoteIds?.map((id) => {
        const quote = quoteById(article, id);
        return quote && <PointQuote key={id} quote={quote} lang={lang} t={t} />;
      })}
      {restsOn.length > 0 && (
        <EventList
          headingId={eventsId}
          heading={t.openSource.basedOn}
          events={restsOn}
          lang={lang}
          t={t}
          onShowEvent={onShowEvent}
          showHint={t.openSource.showInTimeline}
          hintInName
          level={5}
        />
      )}
      <SourceLine source={point.source} t={t} linksLabel={t.openSource.sourceLinks} />
      <p className="open-source-verification">
        <span className="field-label">{t.verification}: </span>
        <VerificationBadge verification={point.verification} t={t} />
      </p>
    </article>
  );
}
