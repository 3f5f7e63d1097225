import './Timeline.css';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DateValue, TimelineEvent } from '~/lib/dataset/schema';
import type { Strings, UiLang } from '~/lib/panel/strings';
import { formatDate } from '~/lib/i18n/format';
import {
  TIMELINE_CATEGORIES,
  assignLanes,
  categoryOf,
  filterByCategories,
  groupByYear,
  groupEntriesByYear,
  labelledYears,
  linkLabel,
  splitAtArticle,
  timeFraction,
  toggleCategory,
  yearOf,
  yearSpan,
  type TimelineCategory,
  type TimelineEntry,
} from '~/lib/panel/timeline';
import { VerificationBadge } from './VerificationBadge';
import { AfterArticle, ContextAsOf } from './ContextDate';

export interface TimelineProps {
  events: TimelineEvent[];
  articleDate: DateValue;
  lang: UiLang;
  t: Strings;
  /** An event another section asked to show (e.g. the glossary): marked current and scrolled to. */
  highlightEventId?: string | null;
}

/** Meta's open-source history as a rail of dated cards, with the article's own date marked and later developments set apart. */
export function Timeline({ events, articleDate, lang, t, highlightEventId = null }: TimelineProps) {
  const [shown, setShown] = useState<ReadonlySet<TimelineCategory>>(() => new Set(TIMELINE_CATEGORIES));
  const [seenHighlight, setSeenHighlight] = useState<string | null>(null);
  const rootRef = useRef<HTMLElement>(null);

  // A newly requested event whose category is filtered out: turn its category back on (during render, before commit).
  if (highlightEventId !== seenHighlight) {
    setSeenHighlight(highlightEventId);
    const target = events.find((e) => e.id === highlightEventId);
    if (target && !shown.has(categoryOf(target.kind))) setShown(toggleCategory(shown, categoryOf(target.kind)));
  }

  const visible = useMemo(() => filterByCategories(events, shown), [events, shown]);
  const { story, later } = useMemo(() => splitAtArticle(visible, articleDate), [visible, articleDate]);
  const span = useMemo(() => yearSpan(events), [events]);

  useEffect(() => {
    if (!highlightEventId) return;
    const item = [...(rootRef.current?.querySelectorAll<HTMLElement>('[data-event-id]') ?? [])].find(
      (el) => el.dataset.eventId === highlightEventId,
    );
    if (!item) return;
    // jsdom (and very old engines) have no scrollIntoView.
    if (typeof item.scrollIntoView === 'function') item.scrollIntoView({ block: 'center' });
    item.focus({ preventScroll: true });
  }, [highlightEventId]);

  const s = t.timeline;
  return (
    <section aria-labelledby="timeline-title" className="timeline" ref={rootRef}>
      <h2 id="timeline-title">{s.title}</h2>
      <p className="timeline-intro">{s.intro(span.first, span.last)}</p>
      <ContextAsOf events={events} lang={lang} t={t} />
      <Overview events={visible} articleDate={articleDate} span={span} />

      <div className="timeline-filters" role="group" aria-label={s.filterLabel}>
        {TIMELINE_CATEGORIES.map((category) => (
          <button
            key={category}
            type="button"
            className={`timeline-filter tl-cat-${category}`}
            aria-pressed={shown.has(category)}
            onClick={() => setShown(toggleCategory(shown, category))}
          >
            <span className="timeline-swatch" aria-hidden="true" />
            {s.filters[category]}
          </button>
        ))}
      </div>
      <p role="status" className="timeline-count">
        {s.shownCount(visible.length, events.length)}
      </p>
      {shown.size === 0 && (
        <p className="timeline-none">
          {s.noneShown}{' '}
          <button type="button" onClick={() => setShown(new Set(TIMELINE_CATEGORIES))}>
            {s.showAll}
          </button>
        </p>
      )}

      <ol className="timeline-rail">
        {groupEntriesByYear(story).map((group) => (
          <YearGroup key={group.year} year={group.year}>
            {group.items.map((entry) => (
              <Entry key={entryKey(entry)} entry={entry} lang={lang} t={t} highlightEventId={highlightEventId} />
            ))}
          </YearGroup>
        ))}
      </ol>

      {later.length > 0 && (
        <div className="timeline-later" role="group" aria-labelledby="timeline-later-title">
          <h3 id="timeline-later-title">{s.laterTitle}</h3>
          <p className="timeline-later-note">{s.laterNote}</p>
          <ol className="timeline-rail">
            {groupByYear(later, (e) => yearOf(e.date)).map((group) => (
              <YearGroup key={group.year} year={group.year}>
                {group.items.map((event) => (
                  <EventItem key={event.id} event={event} lang={lang} t={t} current={event.id === highlightEventId} />
                ))}
              </YearGroup>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}

function entryKey(entry: TimelineEntry): string {
  return entry.type === 'event' ? entry.event.id : 'article-marker';
}

/** One year on the rail: its label, then its items. */
function YearGroup({ year, children }: { year: string; children: ReactNode }) {
  return (
    <li className="timeline-year">
      <span className="timeline-year-label">{year}</span>
      <ol className="timeline-events">{children}</ol>
    </li>
  );
}

function Entry({ entry, lang, t, highlightEventId }: { entry: TimelineEntry; lang: UiLang; t: Strings; highlightEventId: string | null }) {
  if (entry.type === 'article') {
    return (
      <li className="timeline-article-marker" data-article-marker="">
        <span className="timeline-marker-dot" aria-hidden="true" />
        <time dateTime={entry.date.value}>{t.timeline.articleMarker(formatDate(entry.date, lang, t))}</time>
      </li>
    );
  }
  return <EventItem event={entry.event} lang={lang} t={t} current={entry.event.id === highlightEventId} />;
}

/** An event: a dot coloured by its category on the rail, and a card with its date, title, kind, source and verification. */
function EventItem({ event, lang, t, current }: { event: TimelineEvent; lang: UiLang; t: Strings; current: boolean }) {
  const category = categoryOf(event.kind);
  return (
    <li
      id={`event-${event.id}`}
      data-event-id={event.id}
      className={`timeline-event tl-cat-${category}${current ? ' current' : ''}`}
      aria-current={current ? 'true' : undefined}
      tabIndex={-1}
    >
      <span className="timeline-dot" aria-hidden="true" />
      <div className="timeline-card">
        <p className="timeline-meta">
          <time dateTime={event.date.value} title={event.date.note}>
            {formatDate(event.date, lang, t)}
          </time>
          <span className="timeline-kind">
            <span className="visually-hidden">{t.timeline.kindLabel}: </span>
            {t.timeline.kinds[category]}
          </span>
          <AfterArticle event={event} t={t} />
        </p>
        <p className="timeline-title">{event.title[lang]}</p>
        <p className="timeline-source">
          {t.source}: {event.source.text}
          {event.source.urls.map((url) => (
            <span key={url}>
              {' · '}
              <a href={url} target="_blank" rel="noreferrer noopener">
                {linkLabel(url)}
              </a>
            </span>
          ))}
        </p>
        <VerificationBadge verification={event.verification} t={t} />
      </div>
    </li>
  );
}

const VIEW_W = 400;
const VIEW_H = 44;
const PAD = 8;
const LANES = [6, 13, 20];
const AXIS_Y = 27;

/** The decorative overview strip: every shown event placed in time, year ticks, and the article's date. */
function Overview({ events, articleDate, span }: { events: TimelineEvent[]; articleDate: DateValue; span: { first: number; last: number } }) {
  const x = (date: DateValue) => PAD + timeFraction(date, span) * (VIEW_W - 2 * PAD);
  const xs = events.map((e) => x(e.date));
  const lanes = assignLanes(xs, 7, LANES.length);
  const labelled = new Set(labelledYears(span));
  const years: number[] = [];
  for (let y = span.first; y <= span.last; y++) years.push(y);
  const articleX = x(articleDate);
  return (
    <svg
      className="timeline-overview"
      aria-hidden="true"
      focusable="false"
      width="100%"
      viewBox={`0 0 ${VIEW_W} ${VIEW_H}`}
      preserveAspectRatio="xMidYMid meet"
    >
      <rect className="timeline-overview-later" x={articleX} y={1} width={Math.max(0, VIEW_W - PAD - articleX)} height={AXIS_Y - 1} />
      <line className="timeline-overview-axis" x1={PAD} x2={VIEW_W - PAD} y1={AXIS_Y} y2={AXIS_Y} />
      {years.map((year) => {
        const tx = x({ value: String(year), certainty: 'exact' });
        return (
          <g key={year}>
            <line className="timeline-overview-tick" x1={tx} x2={tx} y1={AXIS_Y - 2} y2={AXIS_Y + 3} />
            {labelled.has(year) && (
              <text className="timeline-overview-year" x={tx} y={VIEW_H - 3} textAnchor={year === span.first ? 'start' : 'middle'}>
                {year}
              </text>
            )}
          </g>
        );
      })}
      {events.map((e, i) => (
        <circle key={e.id} className={`timeline-overview-dot tl-cat-${categoryOf(e.kind)}`} cx={xs[i]} cy={LANES[lanes[i]!]} r={3} />
      ))}
      <line className="timeline-overview-article" x1={articleX} x2={articleX} y1={1} y2={AXIS_Y + 4} />
    </svg>
  );
}
