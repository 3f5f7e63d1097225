import './shared.css';
import './OpenSourceQuestion.css';
import type { OpenSourcePoint, OpenSourceQuestion as OpenSourceData, TimelineEvent } from '~/lib/dataset/schema';
import type { Strings, UiLang } from '~/lib/panel/strings';
import { EventList } from './EventItem';
import { SourceLine } from './SourceLine';
import { VerificationBadge } from './VerificationBadge';

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
      <ul className="card-list">
        {data.points.map((point) => (
          <li key={point.id}>
            <Point point={point} events={events} lang={lang} t={t} onShowEvent={onShowEvent} />
          </li>
        ))}
      </ul>
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
      <h3 id={headingId}>{point.heading[lang]}</h3>
      {point.fromArticle && <p className="open-source-from-article">{t.openSource.fromArticle}</p>}
      <p className="open-source-text">{point.text[lang]}</p>
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
