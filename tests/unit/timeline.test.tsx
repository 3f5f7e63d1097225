// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { article } from '../../lib/dataset/article';
import { timeline } from '../../lib/dataset';
import { TimelineKind, type DateValue, type TimelineEvent } from '../../lib/dataset/schema';
import { STRINGS, type UiLang } from '../../lib/panel/strings';
import {
  TIMELINE_CATEGORIES,
  assignLanes,
  categoryOf,
  compareDates,
  filterByCategories,
  groupByYear,
  labelledYears,
  linkLabel,
  sortChronologically,
  splitAtArticle,
  timeFraction,
  toggleCategory,
  yearSpan,
  type TimelineCategory,
} from '../../lib/panel/timeline';
import { Timeline } from '../../components/Timeline';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const LANGS: UiLang[] = ['en', 'ko'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The date as a reader expects it, spelled out independently of formatDate. */
function expectedDate(date: DateValue, lang: UiLang): string {
  const [y, m, d] = date.value.split('-').map(Number);
  let text: string;
  if (lang === 'ko') text = [`${y}년`, m !== undefined ? `${m}월` : '', d !== undefined ? `${d}일` : ''].filter(Boolean).join(' ');
  else text = d !== undefined ? `${MONTHS_EN[m! - 1]} ${d}, ${y}` : m !== undefined ? `${MONTHS_EN[m - 1]} ${y}` : `${y}`;
  return date.certainty === 'uncertain' ? `${text} (${STRINGS[lang].dateUncertain})` : text;
}

/** A sortable key for a date, written independently of lib/panel/timeline.ts (missing parts become 00). */
function dateKey(date: DateValue): string {
  const [y, m = '00', d = '00'] = date.value.split('-');
  return `${y}-${m}-${d}`;
}

/** The category each dataset kind is filtered under, as the section's brief lists them. */
const EXPECTED_CATEGORY: Record<TimelineKind, TimelineCategory> = {
  'open-source': 'releases',
  release: 'releases',
  licence: 'licences',
  statement: 'statements',
  business: 'business',
  coverage: 'coverage',
  after: 'after',
};

function ev(id: string, value: string, over: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    date: { value, certainty: 'exact' },
    title: { en: id, ko: id },
    kind: 'release',
    later: false,
    source: { text: 's', urls: [] },
    verification: { level: 'verified', note: 'verified' },
    ...over,
  };
}
const date = (value: string): DateValue => ({ value, certainty: 'exact' });

function renderTimeline(lang: UiLang, highlightEventId?: string | null) {
  const utils = render(<Timeline events={timeline} articleDate={article.date} lang={lang} t={STRINGS[lang]} highlightEventId={highlightEventId} />);
  const section = utils.container.querySelector('section')!;
  return { ...utils, section };
}

function item(section: HTMLElement, id: string): HTMLElement | null {
  return section.querySelector<HTMLElement>(`[data-event-id="${id}"]`);
}

function shownIds(section: HTMLElement): string[] {
  return [...section.querySelectorAll<HTMLElement>('[data-event-id]')].map((el) => el.dataset.eventId!);
}

function marker(section: HTMLElement): HTMLElement {
  const markers = section.querySelectorAll<HTMLElement>('.timeline-article-marker');
  expect(markers).toHaveLength(1);
  return markers[0]!;
}

const isBefore = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

describe('timeline logic', () => {
  it('files every dataset kind under its category, and every category has a kind', () => {
    for (const kind of TimelineKind.options) expect(categoryOf(kind)).toBe(EXPECTED_CATEGORY[kind]);
    expect(new Set(Object.values(EXPECTED_CATEGORY))).toEqual(new Set(TIMELINE_CATEGORIES));
  });

  it('filters out exactly the events of categories not shown', () => {
    const events = [ev('a', '2020', { kind: 'open-source' }), ev('b', '2021', { kind: 'licence' }), ev('c', '2022', { kind: 'release' })];
    expect(filterByCategories(events, new Set<TimelineCategory>(['licences'])).map((e) => e.id)).toEqual(['b']);
    expect(filterByCategories(events, new Set<TimelineCategory>(['releases'])).map((e) => e.id)).toEqual(['a', 'c']);
    expect(filterByCategories(events, new Set())).toEqual([]);
  });

  it('toggles a category into a new set', () => {
    const all = new Set<TimelineCategory>(TIMELINE_CATEGORIES);
    const off = toggleCategory(all, 'business');
    expect(off.has('business')).toBe(false);
    expect(all.has('business')).toBe(true);
    expect(toggleCategory(off, 'business').has('business')).toBe(true);
  });

  it('compares partial dates by year, month, then day', () => {
    expect(compareDates(date('2013-05'), date('2013-05-10'))).toBeLessThan(0);
    expect(compareDates(date('2013'), date('2013-01'))).toBeLessThan(0);
    expect(compareDates(date('2013-12-31'), date('2014'))).toBeLessThan(0);
    expect(compareDates(date('2017-01'), date('2013-05-30'))).toBeGreaterThan(0);
    expect(compareDates(date('2025-07-30'), { value: '2025-07-30', certainty: 'uncertain' })).toBe(0);
  });

  it('sorts chronologically, keeping the given order for ties, without changing its input', () => {
    const events = [ev('late', '2024-01-02'), ev('tie-1', '2023-07-18'), ev('partial', '2023-07'), ev('tie-2', '2023-07-18'), ev('year', '2011')];
    const copy = [...events];
    expect(sortChronologically(events).map((e) => e.id)).toEqual(['year', 'partial', 'tie-1', 'tie-2', 'late']);
    expect(events).toEqual(copy);
  });

  it('sorts the dataset by date, same-day events in dataset order', () => {
    const sorted = sortChronologically(timeline);
    expect(sorted).toHaveLength(timeline.length);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      expect(dateKey(a.date) <= dateKey(b.date)).toBe(true);
      if (dateKey(a.date) === dateKey(b.date)) expect(timeline.indexOf(a)).toBeLessThan(timeline.indexOf(b));
    }
  });

  it('puts the article marker after events on or before its date and before the first one after it', () => {
    const events = [ev('after', '2025-08-01'), ev('same-day', '2025-07-30'), ev('month', '2025-07'), ev('later', '2025-12-09', { later: true }), ev('old', '2011')];
    const { story, later } = splitAtArticle(events, date('2025-07-30'));
    expect(story.map((e) => (e.type === 'event' ? e.event.id : 'ARTICLE'))).toEqual(['old', 'month', 'same-day', 'ARTICLE', 'after']);
    expect(later.map((e) => e.id)).toEqual(['later']);
  });

  it('places the marker alone when no event is left around it', () => {
    expect(splitAtArticle([], date('2025-07-30')).story).toEqual([{ type: 'article', date: date('2025-07-30') }]);
    const { story } = splitAtArticle([ev('x', '2026')], date('2025-07-30'));
    expect(story[0]!.type).toBe('article');
  });

  it('groups consecutive items by year', () => {
    const groups = groupByYear(['2011-04', '2013', '2013-05', '2017'], (v) => v.slice(0, 4));
    expect(groups).toEqual([
      { year: '2011', items: ['2011-04'] },
      { year: '2013', items: ['2013', '2013-05'] },
      { year: '2017', items: ['2017'] },
    ]);
  });

  it('places dates proportionally between the first and last years', () => {
    const span = yearSpan(timeline);
    const years = timeline.map((e) => Number(e.date.value.slice(0, 4)));
    expect(span).toEqual({ first: Math.min(...years), last: Math.max(...years) });
    expect(timeFraction(date(String(span.first)), span)).toBe(0);
    expect(timeFraction(date(`${span.last}-12-31`), span)).toBeGreaterThan(0.99);
    expect(timeFraction(date(`${span.last}-12-31`), span)).toBeLessThanOrEqual(1);
    expect(timeFraction(date('2013-05'), span)).toBe(timeFraction(date('2013-05-01'), span));
    const sorted = sortChronologically(timeline).map((e) => timeFraction(e.date, span));
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!).toBeGreaterThanOrEqual(sorted[i - 1]!);
  });

  it('spreads close points over lanes and keeps far points in the first lane', () => {
    expect(assignLanes([0, 100, 200], 7, 3)).toEqual([0, 0, 0]);
    expect(assignLanes([10, 12, 14, 30], 7, 3)).toEqual([0, 1, 2, 0]);
    // Input order does not matter, only positions.
    expect(assignLanes([14, 10, 12], 7, 3)).toEqual([2, 0, 1]);
  });

  it('labels the first and last years and keeps labels apart', () => {
    const years = labelledYears({ first: 2011, last: 2026 });
    expect(years[0]).toBe(2011);
    expect(years[years.length - 1]).toBe(2026);
    for (let i = 1; i < years.length; i++) expect(years[i]! - years[i - 1]!).toBeGreaterThanOrEqual(3);
    expect(labelledYears({ first: 2020, last: 2020 })).toEqual([2020]);
  });

  it('names a link by its host', () => {
    expect(linkLabel('https://www.dwarkeshpatel.com/p/mark-zuckerberg')).toBe('dwarkeshpatel.com');
    expect(linkLabel('not a url')).toBe('not a url');
  });
});

describe('Timeline', () => {
  it('dataset has the cases these tests need', () => {
    expect(timeline.some((e) => e.later)).toBe(true);
    expect(timeline.some((e) => !e.later)).toBe(true);
    expect(timeline.some((e) => e.source.urls.length > 0)).toBe(true);
    expect(timeline.some((e) => e.date.certainty === 'uncertain')).toBe(true);
    expect(timeline.some((e) => e.date.value.length === 7)).toBe(true);
  });

  it.each(LANGS)('is a section labelled by its heading (%s)', (lang) => {
    renderTimeline(lang);
    const section = screen.getByRole('region', { name: STRINGS[lang].timeline.title });
    expect(within(section).getByRole('heading', { level: 2 }).id).toBe('timeline-title');
  });

  it.each(LANGS)('shows every event once with its date, title, kind, source and verification (%s)', (lang) => {
    const t = STRINGS[lang];
    const { section } = renderTimeline(lang);
    for (const event of timeline) {
      expect(within(section).getAllByText(event.title[lang])).toHaveLength(1);
      const li = item(section, event.id)!;
      expect(li.id).toBe(`event-${event.id}`);
      expect(li.querySelector('time')!.textContent).toBe(expectedDate(event.date, lang));
      expect(li.querySelector('time')!.getAttribute('datetime')).toBe(event.date.value);
      expect(li.textContent).toContain(event.title[lang]);
      expect(li.textContent).toContain(event.source.text);
      expect(li.textContent).toContain(t.timeline.kinds[EXPECTED_CATEGORY[event.kind]]);
      expect(li.querySelector('.verification')!.textContent).toContain(t[event.verification.level]);
      const links = within(li).queryAllByRole('link');
      expect(links.map((a) => a.getAttribute('href'))).toEqual(event.source.urls);
      for (const a of links) {
        expect(a.getAttribute('target')).toBe('_blank');
        expect(a.getAttribute('rel')).toContain('noopener');
      }
    }
    expect(shownIds(section)).toHaveLength(timeline.length);
  });

  it.each(LANGS)('lists events in chronological order, same-day events in the given order (%s)', (lang) => {
    // Reversed, so that the component has to sort (the bundled dataset is already in date order).
    const events = [...timeline].reverse();
    const { container } = render(<Timeline events={events} articleDate={article.date} lang={lang} t={STRINGS[lang]} />);
    const section = container.querySelector('section')!;
    const byId = new Map(events.map((e) => [e.id, e]));
    const story = shownIds(section).map((id) => byId.get(id)!).filter((e) => !e.later);
    const later = shownIds(section).map((id) => byId.get(id)!).filter((e) => e.later);
    for (const part of [story, later]) {
      for (let i = 1; i < part.length; i++) {
        const [a, b] = [part[i - 1]!, part[i]!];
        expect(dateKey(a.date) <= dateKey(b.date)).toBe(true);
        if (dateKey(a.date) === dateKey(b.date)) expect(events.indexOf(a)).toBeLessThan(events.indexOf(b));
      }
    }
    // Every story event comes before every later one.
    expect(shownIds(section)).toEqual([...story, ...later].map((e) => e.id));
  });

  it.each(LANGS)('marks the article’s date between the story and the later developments (%s)', (lang) => {
    const t = STRINGS[lang];
    const { section } = renderTimeline(lang);
    const mark = marker(section);
    expect(mark.textContent).toBe(t.timeline.articleMarker(expectedDate(article.date, lang)));
    expect(mark.hasAttribute('data-event-id')).toBe(false);
    for (const event of timeline) {
      const li = item(section, event.id)!;
      const onOrBefore = !event.later && dateKey(event.date) <= dateKey(article.date);
      expect(isBefore(li, mark)).toBe(onOrBefore);
    }
    const story = timeline.filter((e) => !e.later);
    const lastStory = story.reduce((a, b) => (isBefore(item(section, a.id)!, item(section, b.id)!) ? b : a));
    const firstLater = timeline.filter((e) => e.later).reduce((a, b) => (isBefore(item(section, a.id)!, item(section, b.id)!) ? a : b));
    expect(isBefore(item(section, lastStory.id)!, mark)).toBe(true);
    expect(isBefore(mark, item(section, firstLater.id)!)).toBe(true);
  });

  it.each(LANGS)('puts the later events, and only them, under the later-developments heading (%s)', (lang) => {
    const t = STRINGS[lang];
    const { section } = renderTimeline(lang);
    const heading = within(section).getByRole('heading', { level: 3, name: t.timeline.laterTitle });
    const group = within(section).getByRole('group', { name: t.timeline.laterTitle });
    expect(group.contains(heading)).toBe(true);
    expect(group.textContent).toContain(t.timeline.laterNote);
    expect(group.contains(marker(section))).toBe(false);
    for (const event of timeline) expect(group.contains(item(section, event.id))).toBe(event.later);
  });

  it.each(LANGS)('hides exactly one category’s events when its filter is turned off, and updates the count (%s)', (lang) => {
    const t = STRINGS[lang];
    const { section } = renderTimeline(lang);
    const status = within(section).getByRole('status');
    expect(status.textContent).toBe(t.timeline.shownCount(timeline.length, timeline.length));
    for (const category of TIMELINE_CATEGORIES) {
      const button = within(section).getByRole('button', { name: t.timeline.filters[category] });
      expect(button.getAttribute('aria-pressed')).toBe('true');
      fireEvent.click(button);
      expect(button.getAttribute('aria-pressed')).toBe('false');
      const kept = timeline.filter((e) => EXPECTED_CATEGORY[e.kind] !== category);
      expect(kept.length).toBeLessThan(timeline.length);
      expect(new Set(shownIds(section))).toEqual(new Set(kept.map((e) => e.id)));
      for (const event of timeline) {
        expect(within(section).queryAllByText(event.title[lang])).toHaveLength(EXPECTED_CATEGORY[event.kind] === category ? 0 : 1);
      }
      expect(status.textContent).toBe(t.timeline.shownCount(kept.length, timeline.length));
      // The article's date stays marked whatever is filtered.
      marker(section);
      fireEvent.click(button);
      expect(shownIds(section)).toHaveLength(timeline.length);
    }
  });

  it.each(LANGS)('says so and offers to show all when every category is off (%s)', (lang) => {
    const t = STRINGS[lang];
    const { section } = renderTimeline(lang);
    expect(within(section).queryByText(t.timeline.noneShown)).toBeNull();
    for (const category of TIMELINE_CATEGORIES) fireEvent.click(within(section).getByRole('button', { name: t.timeline.filters[category] }));
    expect(shownIds(section)).toEqual([]);
    expect(within(section).getByRole('status').textContent).toBe(t.timeline.shownCount(0, timeline.length));
    expect(within(section).getByText(t.timeline.noneShown)).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: t.timeline.showAll }));
    expect(shownIds(section)).toHaveLength(timeline.length);
    expect(within(section).queryByRole('button', { name: t.timeline.showAll })).toBeNull();
    for (const category of TIMELINE_CATEGORIES) {
      expect(within(section).getByRole('button', { name: t.timeline.filters[category] }).getAttribute('aria-pressed')).toBe('true');
    }
  });

  it.each(LANGS)('labels each year on the rail (%s)', (lang) => {
    const { section } = renderTimeline(lang);
    const labels = [...section.querySelectorAll('.timeline-year-label')].map((el) => el.textContent);
    const years = [...new Set(timeline.map((e) => e.date.value.slice(0, 4)))];
    for (const y of years) expect(labels).toContain(y);
    for (const event of timeline) {
      const year = item(section, event.id)!.closest('.timeline-year')!.querySelector('.timeline-year-label')!.textContent;
      expect(year).toBe(event.date.value.slice(0, 4));
    }
  });

  it('draws a decorative overview with one dot per shown event', () => {
    const { section } = renderTimeline('en');
    const svg = section.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(svg.querySelectorAll('circle')).toHaveLength(timeline.length);
    fireEvent.click(within(section).getByRole('button', { name: STRINGS.en.timeline.filters.releases }));
    const kept = timeline.filter((e) => EXPECTED_CATEGORY[e.kind] !== 'releases');
    expect(svg.querySelectorAll('circle')).toHaveLength(kept.length);
  });

  it.each(LANGS)('marks the highlighted event current and scrolls it into view (%s)', (lang) => {
    const scroll = vi.fn();
    Object.defineProperty(Element.prototype, 'scrollIntoView', { value: scroll, configurable: true, writable: true });
    try {
      const [first, second] = [timeline[3]!, timeline[timeline.length - 1]!];
      const { section, rerender } = renderTimeline(lang, first.id);
      const current = section.querySelectorAll('.current');
      expect(current).toHaveLength(1);
      expect(current[0]).toBe(item(section, first.id));
      expect(item(section, first.id)!.getAttribute('aria-current')).toBe('true');
      expect(scroll).toHaveBeenCalledTimes(1);
      expect(scroll.mock.contexts[0]).toBe(item(section, first.id));
      expect(scroll).toHaveBeenCalledWith({ block: 'center' });
      rerender(<Timeline events={timeline} articleDate={article.date} lang={lang} t={STRINGS[lang]} highlightEventId={second.id} />);
      expect(item(section, first.id)!.classList.contains('current')).toBe(false);
      expect(item(section, first.id)!.hasAttribute('aria-current')).toBe(false);
      expect(item(section, second.id)!.getAttribute('aria-current')).toBe('true');
      expect(scroll.mock.contexts[1]).toBe(item(section, second.id));
    } finally {
      delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
    }
  });

  it('highlights without scrollIntoView (jsdom) and marks nothing current without a highlight', () => {
    expect('scrollIntoView' in Element.prototype).toBe(false);
    const { section } = renderTimeline('en', timeline[0]!.id);
    expect(item(section, timeline[0]!.id)!.classList.contains('current')).toBe(true);
    cleanup();
    const plain = renderTimeline('en').section;
    expect(plain.querySelectorAll('.current, [aria-current]')).toHaveLength(0);
  });

  it('turns a filtered-out category back on when one of its events is highlighted', () => {
    const t = STRINGS.en;
    const target = timeline.find((e) => e.kind === 'business')!;
    const { section, rerender } = renderTimeline('en');
    const button = within(section).getByRole('button', { name: t.timeline.filters.business });
    fireEvent.click(button);
    expect(item(section, target.id)).toBeNull();
    rerender(<Timeline events={timeline} articleDate={article.date} lang="en" t={t} highlightEventId={target.id} />);
    expect(item(section, target.id)!.getAttribute('aria-current')).toBe('true');
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });
});
