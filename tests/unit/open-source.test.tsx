// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { article, openSource, quoteById, timeline } from '../../lib/dataset';
import type { DateValue, OpenSourcePoint, TimelineEvent } from '../../lib/dataset/schema';
import { STRINGS, type UiLang } from '../../lib/panel/strings';
import { OpenSourceQuestion } from '../../components/OpenSourceQuestion';

afterEach(cleanup);

const LANGS: UiLang[] = ['en', 'ko'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Firmest first (this test's own order, independent of lib/dataset/validate.ts). */
const RANK = ['verified', 'partial', 'secondary', 'unverified'];

/** The date as a reader expects it, spelled out independently of formatDate. */
function expectedDate(date: DateValue, lang: UiLang): string {
  const [y, m, d] = date.value.split('-').map(Number);
  let text: string;
  if (lang === 'ko') text = [`${y}년`, m !== undefined ? `${m}월` : '', d !== undefined ? `${d}일` : ''].filter(Boolean).join(' ');
  else text = d !== undefined ? `${MONTHS_EN[m! - 1]} ${d}, ${y}` : m !== undefined ? `${MONTHS_EN[m - 1]} ${y}` : `${y}`;
  return date.certainty === 'uncertain' ? `${text} (${STRINGS[lang].dateUncertain})` : text;
}

function eventById(id: string): TimelineEvent {
  const event = timeline.find((e) => e.id === id);
  if (!event) throw new Error(`no timeline event ${id}`);
  return event;
}

function renderSection(lang: UiLang, onShowEvent?: (id: string) => void) {
  return render(<OpenSourceQuestion data={openSource} events={timeline} lang={lang} t={STRINGS[lang]} onShowEvent={onShowEvent} />);
}

/** The rendered article of `point`, found by its heading. */
function pointArticle(point: OpenSourcePoint, lang: UiLang): HTMLElement {
  return screen.getByRole('article', { name: point.heading[lang] });
}

/** The list items of a point's events, in order. */
function eventItems(card: HTMLElement, lang: UiLang): HTMLElement[] {
  const list = within(card).getByRole('list', { name: STRINGS[lang].openSource.basedOn });
  return within(list).getAllByRole('listitem');
}

describe('OpenSourceQuestion', () => {
  it.each(LANGS)('is a labelled section with the title and the short answer first (%s)', (lang) => {
    renderSection(lang);
    const t = STRINGS[lang];
    const section = screen.getByRole('region', { name: t.openSource.title });
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe(t.openSource.title);
    const summary = within(section).getByText(openSource.summary[lang], { exact: false });
    expect(summary.textContent).toBe(`${t.openSource.inShort}: ${openSource.summary[lang]}`);
    // The answer comes before every point.
    const firstPoint = within(section).getAllByRole('article')[0]!;
    expect(summary.compareDocumentPosition(firstPoint) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it.each(LANGS)('shows every point with its heading, text, source and verification (%s)', (lang) => {
    renderSection(lang);
    const t = STRINGS[lang];
    expect(screen.getAllByRole('article')).toHaveLength(openSource.points.length);
    for (const point of openSource.points) {
      const card = pointArticle(point, lang);
      expect(within(card).getByRole('heading', { level: 4 }).textContent).toBe(point.heading[lang]);
      expect(within(card).getByText(point.text[lang]).tagName).toBe('P');
      const source = within(card).getByText(point.source.text);
      expect(source.parentElement!.textContent).toBe(`${t.source}: ${point.source.text}`);
      for (const url of point.source.urls) {
        const links = within(card).getAllByRole('link').filter((a) => a.getAttribute('href') === url);
        expect(links, `${point.id}: ${url}`).toHaveLength(1);
        expect(links[0]!.getAttribute('rel')).toContain('noopener');
      }
      const verification = within(card).getByText(`${t.verification}:`, { exact: false }).parentElement!;
      expect(verification.textContent).toContain(`${t[point.verification.level]}: ${point.verification.note}`);
      expect(within(card).queryByText(t.openSource.fromArticle) !== null, point.id).toBe(point.fromArticle);
    }
  });

  it.each(LANGS)('shows each event a point rests on with its date and title (%s)', (lang) => {
    renderSection(lang);
    const t = STRINGS[lang];
    for (const point of openSource.points) {
      const items = eventItems(pointArticle(point, lang), lang);
      expect(items, point.id).toHaveLength(point.eventIds.length);
      point.eventIds.forEach((id, i) => {
        const event = eventById(id);
        const item = items[i]!;
        const time = item.querySelector('time')!;
        expect(time.textContent, id).toBe(expectedDate(event.date, lang));
        expect(time.getAttribute('datetime')).toBe(event.date.value);
        expect(item.textContent, id).toContain(event.title[lang]);
        expect(item.textContent, id).toContain(t[event.verification.level]);
      });
    }
  });

  it('says when an event’s date is unconfirmed', () => {
    const uncertain = openSource.points.flatMap((p) => p.eventIds.map(eventById)).find((e) => e.date.certainty === 'uncertain');
    expect(uncertain).toBeDefined();
    for (const lang of LANGS) {
      renderSection(lang);
      const times = [...document.querySelectorAll('time')].filter((el) => el.getAttribute('datetime') === uncertain!.date.value);
      expect(times.length).toBeGreaterThan(0);
      for (const el of times) expect(el.textContent).toContain(STRINGS[lang].dateUncertain);
      cleanup();
    }
  });

  it.each(LANGS)('calls onShowEvent with the event’s id when its button is clicked (%s)', (lang) => {
    const onShowEvent = vi.fn();
    renderSection(lang, onShowEvent);
    const t = STRINGS[lang];
    let clicks = 0;
    for (const point of openSource.points) {
      const card = pointArticle(point, lang);
      for (const id of point.eventIds) {
        const event = eventById(id);
        const name = `${expectedDate(event.date, lang)} ${event.title[lang]} (${t.openSource.showInTimeline})`;
        fireEvent.click(within(card).getByRole('button', { name }));
        clicks++;
        expect(onShowEvent).toHaveBeenLastCalledWith(id);
      }
    }
    expect(onShowEvent).toHaveBeenCalledTimes(clicks);
  });

  it('has no event buttons without onShowEvent', () => {
    renderSection('en');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    // The events are still listed, as text.
    expect(eventItems(pointArticle(openSource.points[0]!, 'en'), 'en').length).toBeGreaterThan(0);
  });

  it('shows the 700 million user clause and traces it to the licence event', () => {
    const figure = { en: '700 million', ko: '7억' } as const;
    const points = openSource.points.filter((p) => p.text.en.includes(figure.en));
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) {
      expect(point.text.ko).toContain(figure.ko);
      const licence = point.eventIds.map(eventById).filter((e) => e.kind === 'licence' && e.title.en.includes(figure.en));
      expect(licence, point.id).toHaveLength(1);
      expect(licence[0]!.title.ko).toContain(figure.ko);
      for (const lang of LANGS) {
        renderSection(lang);
        const card = pointArticle(point, lang);
        expect(within(card).getByText(point.text[lang]).textContent).toContain(figure[lang]);
        const item = eventItems(card, lang).find((li) => li.textContent!.includes(licence[0]!.title[lang]))!;
        expect(item, lang).toBeDefined();
        expect(item.textContent).toContain(figure[lang]);
        expect(item.querySelector('time')!.textContent).toBe(expectedDate(licence[0]!.date, lang));
        cleanup();
      }
    }
  });

  it.each(LANGS)('renders dataset text as text, never as markup (%s)', (lang) => {
    const tricky = structuredClone(openSource);
    tricky.points[0]!.text[lang] = '<img src=x onerror=alert(1)> Llama';
    render(<OpenSourceQuestion data={tricky} events={timeline} lang={lang} t={STRINGS[lang]} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)> Llama')).toBeDefined();
  });
});

describe('the open source data', () => {
  it('never makes a point firmer than an event or quote it rests on', () => {
    for (const point of openSource.points) {
      const restsOn = [...point.eventIds.map(eventById), ...(point.quoteIds ?? []).map((id) => quoteById(article, id)!)];
      expect(restsOn.length, point.id).toBeGreaterThan(0);
      const weakest = Math.max(...restsOn.map((x) => RANK.indexOf(x.verification.level)));
      expect(RANK.indexOf(point.verification.level), point.id).toBeGreaterThanOrEqual(weakest);
    }
  });

  it('words the points that rest on secondary reports as reported, in both languages', () => {
    const reported = openSource.points.filter((p) => p.verification.level === 'secondary');
    expect(reported.length).toBeGreaterThan(0);
    for (const p of reported) {
      expect(`${p.heading.en} ${p.text.en}`, p.id).toMatch(/\breport(ed|s)?\b/i);
      expect(`${p.heading.ko} ${p.text.ko}`, p.id).toMatch(/보도/);
    }
  });

  it('names the events’ sources in each point’s source', () => {
    for (const point of openSource.points) {
      for (const id of point.eventIds) {
        const event = eventById(id);
        const named =
          point.source.text.includes(event.source.text) || event.source.urls.some((u) => point.source.urls.includes(u));
        expect(named, `${point.id} -> ${id}`).toBe(true);
      }
    }
  });

  it('has Korean text (not English copied over) for the summary and every point', () => {
    const hangul = /\p{Script=Hangul}/u;
    const texts = [openSource.summary, ...openSource.points.flatMap((p) => [p.heading, p.text])];
    for (const text of texts) {
      expect(text.ko, text.en).toMatch(hangul);
      expect(text.ko).not.toBe(text.en);
    }
    for (const lang of LANGS) for (const [key, value] of Object.entries(STRINGS[lang].openSource)) expect(value, key).toBeTruthy();
    for (const value of Object.values(STRINGS.ko.openSource)) expect(value).toMatch(hangul);
  });
});
