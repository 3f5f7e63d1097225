import './shared.css';
import type { TimelineEvent } from '~/lib/dataset/schema';
import type { Strings, UiLang } from '~/lib/panel/strings';
import { formatDate } from '~/lib/i18n/format';
import { VerificationBadge } from './VerificationBadge';
import { AfterArticle } from './ContextDate';

interface EventOptions {
  lang: UiLang;
  t: Strings;
  /** When given, the event is a button that shows it in the timeline. */
  onShowEvent?: (eventId: string) => void;
  /** What the button does, in words: its tooltip, or with `hintInName` a hidden part of its accessible name. */
  showHint: string;
  hintInName?: boolean;
}

export interface EventListProps extends EventOptions {
  /** The heading's id (the list is labelled by it). */
  headingId: string;
  heading: string;
  events: TimelineEvent[];
  /** The heading's level (4 unless the list sits under an h4). */
  level?: 4 | 5;
}

/** A titled list of timeline events (those a card relates to or rests on). */
export function EventList({ headingId, heading, events, level = 4, ...options }: EventListProps) {
  const Heading = level === 5 ? 'h5' : 'h4';
  return (
    <div className="event-list">
      <Heading id={headingId}>{heading}</Heading>
      <ul aria-labelledby={headingId}>
        {events.map((event) => (
          <EventItem key={event.id} event={event} {...options} />
        ))}
      </ul>
    </div>
  );
}

/** A timeline event: its date (formatDate), title and verification; the date and title are a button when it can be shown. */
export function EventItem({ event, lang, t, onShowEvent, showHint, hintInName = false }: EventOptions & { event: TimelineEvent }) {
  const content = (
    <>
      <time dateTime={event.date.value}>{formatDate(event.date, lang, t)}</time>{' '}
      <span className="event-title">{event.title[lang]}</span>
    </>
  );
  return (
    <li data-event-id={event.id}>
      {onShowEvent ? (
        <button type="button" title={hintInName ? undefined : showHint} onClick={() => onShowEvent(event.id)}>
          {content}
          {hintInName && (
            <>
              {' '}
              <span className="visually-hidden">({showHint})</span>
            </>
          )}
        </button>
      ) : (
        <span className="event-text">{content}</span>
      )}{' '}
      <AfterArticle event={event} t={t} />
      <VerificationBadge verification={event.verification} t={t} />
    </li>
  );
}
