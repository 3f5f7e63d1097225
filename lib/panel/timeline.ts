/** The timeline section's pure logic: categories, filtering, ordering partial dates, the article's place, the overview strip. */
import type { DateValue, TimelineEvent, TimelineKind } from '../dataset/schema';

/** The categories the reader can filter by, in the order the filter buttons show them. */
export const TIMELINE_CATEGORIES = ['releases', 'licences', 'statements', 'business', 'coverage', 'after'] as const;
export type TimelineCategory = (typeof TIMELINE_CATEGORIES)[number];

const CATEGORY_OF_KIND: Record<TimelineKind, TimelineCategory> = {
  'open-source': 'releases',
  release: 'releases',
  licence: 'licences',
  statement: 'statements',
  business: 'business',
  coverage: 'coverage',
  after: 'after',
};

/** The filter category of a dataset kind ('open-source' and 'release' are both releases). */
export function categoryOf(kind: TimelineKind): TimelineCategory {
  return CATEGORY_OF_KIND[kind];
}

/** The events whose category is in `shown`, in their given order. */
export function filterByCategories(events: readonly TimelineEvent[], shown: ReadonlySet<TimelineCategory>): TimelineEvent[] {
  return events.filter((e) => shown.has(categoryOf(e.kind)));
}

/** `shown` with `category` switched on or off (a new set; `shown` is left as it was). */
export function toggleCategory(shown: ReadonlySet<TimelineCategory>, category: TimelineCategory): Set<TimelineCategory> {
  const next = new Set(shown);
  if (next.has(category)) next.delete(category);
  else next.add(category);
  return next;
}

/** The date's parts as numbers; a missing month or day is 0, so "2013-05" sorts before "2013-05-01". */
function dateParts(date: DateValue): [number, number, number] {
  const [y, m, d] = date.value.split('-').map(Number);
  return [y!, m ?? 0, d ?? 0];
}

/** Orders partial dates by year, month, day; a partial date precedes the full dates it covers; certainty is ignored. */
export function compareDates(a: DateValue, b: DateValue): number {
  const pa = dateParts(a);
  const pb = dateParts(b);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}

/** The events in chronological order (a new array); events with the same date keep their dataset order. */
export function sortChronologically(events: readonly TimelineEvent[]): TimelineEvent[] {
  // Array.prototype.sort is stable (ES2019), which keeps ties in dataset order.
  return [...events].sort((a, b) => compareDates(a.date, b.date));
}

/** One row of the main list: an event, or the marker of the article's own date. */
export type TimelineEntry = { type: 'event'; event: TimelineEvent } | { type: 'article'; date: DateValue };

/**
 * The timeline around the article: `story` (not later developments, chronological, the article's marker after
 * events on or before its date) and `later` (shown apart).
 */
export function splitAtArticle(
  events: readonly TimelineEvent[],
  articleDate: DateValue,
): { story: TimelineEntry[]; later: TimelineEvent[] } {
  const sorted = sortChronologically(events);
  const before = sorted.filter((e) => !e.later);
  const cut = before.findIndex((e) => compareDates(e.date, articleDate) > 0);
  const at = cut === -1 ? before.length : cut;
  const story: TimelineEntry[] = before.map((event) => ({ type: 'event', event }));
  story.splice(at, 0, { type: 'article', date: articleDate });
  return { story, later: sorted.filter((e) => e.later) };
}

/** The year (YYYY) of a date. */
export function yearOf(date: DateValue): string {
  return date.value.slice(0, 4);
}

/** The year an entry is filed under: its event's year, or the article's year for the marker. */
function entryYear(entry: TimelineEntry): string {
  return yearOf(entry.type === 'event' ? entry.event.date : entry.date);
}

/** Consecutive items of the same year gathered under that year, keeping their order. */
export function groupByYear<T>(items: readonly T[], year: (item: T) => string): { year: string; items: T[] }[] {
  const groups: { year: string; items: T[] }[] = [];
  for (const item of items) {
    const y = year(item);
    const last = groups[groups.length - 1];
    if (last && last.year === y) last.items.push(item);
    else groups.push({ year: y, items: [item] });
  }
  return groups;
}

/** The main list's entries gathered by year (the marker files under the article's year). */
export function groupEntriesByYear(entries: readonly TimelineEntry[]): { year: string; items: TimelineEntry[] }[] {
  return groupByYear(entries, entryYear);
}

/** Milliseconds since the epoch of the start of a possibly partial date (UTC). */
function startOf(date: DateValue): number {
  const [y, m, d] = dateParts(date);
  return Date.UTC(y, Math.max(m, 1) - 1, Math.max(d, 1));
}

/** The first and last years the events span (the overview strip's axis). */
export function yearSpan(events: readonly TimelineEvent[]): { first: number; last: number } {
  const years = events.map((e) => Number(yearOf(e.date)));
  return { first: Math.min(...years), last: Math.max(...years) };
}

/** Where a date falls (0..1) on an axis from 1 January of `span.first` to the end of `span.last`; a partial date at its start. */
export function timeFraction(date: DateValue, span: { first: number; last: number }): number {
  const start = Date.UTC(span.first, 0, 1);
  const end = Date.UTC(span.last + 1, 0, 1);
  return Math.min(1, Math.max(0, (startOf(date) - start) / (end - start)));
}

/**
 * Spreads points over `lanes` rows so points closer than `gap` do not overlap: first lane far enough, else the lane
 * whose last point is furthest left. Lanes in input order.
 */
export function assignLanes(xs: readonly number[], gap: number, lanes: number): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  const lastX = new Array<number>(lanes).fill(Number.NEGATIVE_INFINITY);
  const result = new Array<number>(xs.length).fill(0);
  for (const { x, i } of order) {
    let lane = lastX.findIndex((lx) => x - lx >= gap);
    if (lane === -1) lane = lastX.indexOf(Math.min(...lastX));
    lastX[lane] = x;
    result[i] = lane;
  }
  return result;
}

/** Years labelled on the overview strip: first, last, and every fifth at least `minGap` from a labelled neighbour. */
export function labelledYears(span: { first: number; last: number }, minGap = 3): number[] {
  const years = [span.first];
  for (let y = span.first + 1; y < span.last; y++) {
    if (y % 5 === 0 && y - years[years.length - 1]! >= minGap && span.last - y >= minGap) years.push(y);
  }
  if (span.last !== span.first) years.push(span.last);
  return years;
}

/** A short, readable name for a source link: the URL's host without "www.". */
export function linkLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
