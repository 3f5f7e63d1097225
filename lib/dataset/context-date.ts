/** How current the dataset's context is, and how long after the article an event came. */
import type { DateValue } from './schema';

function parts(date: DateValue): [number, number | undefined, number | undefined] {
  const [y, m, d] = date.value.split('-').map(Number);
  return [y!, m, d];
}

/** The date of the newest event (a partial date sorts before the full dates it covers). */
export function contextAsOf(events: readonly { date: DateValue }[]): DateValue {
  if (events.length === 0) throw new Error('no events');
  // YYYY, YYYY-MM and YYYY-MM-DD compare in date order as strings.
  return events.reduce((newest, e) => (e.date.value > newest.value ? e.date : newest), events[0]!.date);
}

/**
 * Whole months from `from` to `to`, and the days when under a month. A partial
 * date counts by its month alone (June 2026 is 11 months after July 2025).
 */
export function timeAfter(from: DateValue, to: DateValue): { months: number; days: number } {
  const [y1, m1 = 1, d1] = parts(from);
  const [y2, m2 = 1, d2] = parts(to);
  let months = (y2 - y1) * 12 + (m2 - m1);
  if (d1 === undefined || d2 === undefined) return { months: Math.max(0, months), days: 0 };
  if (d2 < d1) months -= 1;
  if (months > 0) return { months, days: 0 };
  const days = Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
  return { months: 0, days: Math.max(0, days) };
}
