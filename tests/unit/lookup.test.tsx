// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { article } from '../../lib/dataset/article';
import glossaryJson from '../../lib/dataset/data/glossary.json';
import timelineJson from '../../lib/dataset/data/timeline.json';
import type { GlossaryEntry, Quote, TimelineEvent } from '../../lib/dataset/schema';
import { formatDate } from '../../lib/i18n/format';
import { glossaryEntryFor } from '../../lib/dataset/glossary';
import { STRINGS, type UiLang } from '../../lib/panel/strings';
import { datesIn, EVENTS_MAX, lookUp, QUERY_MAX, QUOTE_FRAGMENT_MIN } from '../../lib/recognition/lookup';
import { toSkeleton } from '../../lib/text/normalize';
import { LookupSection } from '../../components/LookupSection';

afterEach(cleanup);

const glossary = glossaryJson as GlossaryEntry[];
const timeline = timelineJson as TimelineEvent[];
const data = { article, timeline, glossary };
const LANGS: UiLang[] = ['en', 'ko'];
const other = (lang: UiLang): UiLang => (lang === 'en' ? 'ko' : 'en');
const names = (e: GlossaryEntry) => [e.name.en, e.name.ko, ...e.aliases.en, ...e.aliases.ko];
const ids = (items: { id: string }[]) => items.map((i) => i.id);
const look = (text: string) => lookUp(text, data);

const byName = (en: string) => {
  const entry = glossary.find((e) => e.name.en === en);
  if (!entry) throw new Error(`no glossary entry named ${en}`);
  return entry;
};
const meta = byName('Meta');
const zuckerberg = byName('Mark Zuckerberg');
const llama = byName('Llama');
const behemoth = byName('Llama 4 Behemoth');
const scale = byName('Scale AI');

/** Timeline events of a date prefix (YYYY, YYYY-MM, YYYY-MM-DD), and less precise ones containing it, in timeline order. */
const eventsOn = (date: string) => timeline.filter((e) => e.date.value.startsWith(date) || date.startsWith(`${e.date.value}-`));
/** An entry's events, in timeline order. */
const eventsOf = (entry: GlossaryEntry) => timeline.filter((e) => entry.eventIds.includes(e.id));
const years = [...new Set(timeline.map((e) => e.date.value.slice(0, 4)))];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayEvents = timeline.filter((e) => e.date.value.length === 10);

/** The shortest prefix of `text` whose skeleton has `n` letters or digits. */
function prefixWithLetters(text: string, n: number): string {
  for (let i = 1; i <= text.length; i++) if (toSkeleton(text.slice(0, i)).length === n) return text.slice(0, i);
  throw new Error(`"${text}" has fewer than ${n} letters`);
}

describe('lookUp: glossary', () => {
  it('finds the brief’s examples in both languages', () => {
    expect(ids(look('라마').glossary)).toEqual([llama.id]);
    expect(ids(look('베히모스').glossary)).toEqual([behemoth.id]);
    expect(ids(look('스케일 AI').glossary)).toEqual([scale.id]);
    expect(ids(look('Zuckerberg’s').glossary)).toEqual([zuckerberg.id]);
    expect(ids(look("Zuckerberg's").glossary)).toEqual([zuckerberg.id]);
    expect(ids(look('메타의').glossary)).toEqual([meta.id]);
  });

  it('finds every entry by each of its names, alone, in NFD Hangul, in upper case and with a Korean particle', () => {
    for (const entry of glossary) {
      for (const name of names(entry)) {
        for (const text of [name, name.normalize('NFD'), ` ${name.toUpperCase()}\n`, `${name}의`]) {
          const found = look(text).glossary;
          expect(found[0]?.id, text).toBeDefined();
          // The entry owning this name comes first (another entry may own the same spelling only if it is longer).
          expect(names(found[0]!).map((n) => n.toLowerCase()), text).toContain(name.toLowerCase());
        }
      }
    }
  });

  it('returns every entity a long passage names, longest name first, each once, not a name inside a longer one', () => {
    const en = look(`${zuckerberg.name.en} said ${meta.name.en}’s ${behemoth.name.en} may stay closed; ${zuckerberg.aliases.en.at(-1)} also backed ${scale.name.en}.`);
    const expected = [zuckerberg, behemoth, scale, meta].sort((a, b) => b.name.en.length - a.name.en.length);
    expect(ids(en.glossary)).toEqual(ids(expected));
    expect(ids(en.glossary)).not.toContain(llama.id);
    const ko = look(`저커버그는 ${meta.name.ko}의 ${behemoth.name.ko}를 공개하지 않을 수도 있다고 말했다. ${scale.name.ko}에도 투자했다.`);
    expect(ids(ko.glossary)).toEqual([behemoth.id, scale.id, zuckerberg.id, meta.id]);
    expect(new Set(ids(ko.glossary)).size).toBe(ko.glossary.length);
  });

  it('finds the entries named in the article’s own quotes (unless inside a longer name found)', () => {
    let named = 0;
    for (const quote of article.quotes) {
      for (const text of [quote.en, quote.ko ?? '']) {
        const found = look(text).glossary;
        for (const entry of glossary.filter((e) => glossaryEntryFor([e], text) !== null)) {
          named++;
          const inLonger = found.some((f) => names(f).some((n) => text.includes(n) && names(entry).some((m) => m.length < n.length && n.includes(m))));
          expect(found.includes(entry) || inLonger, `${entry.id} in ${text}`).toBe(true);
        }
      }
    }
    expect(named).toBeGreaterThan(0);
  });

  it('finds entries by the start of a name while it is being typed', () => {
    expect(ids(look(behemoth.name.en.split(' ').at(-1)!.slice(0, 5)).glossary)).toEqual([behemoth.id]);
    expect(ids(look(behemoth.aliases.ko[0]!.slice(0, 2)).glossary)).toEqual([behemoth.id]);
    // A word inside a name counts from its start.
    const msl = byName('Meta Superintelligence Labs');
    expect(ids(look('superintelligence lab').glossary)).toEqual([msl.id]);
  });

  it('finds no entry for unrelated words, names inside other words or a lone letter', () => {
    for (const text of ['Metadata', 'metaverse', '메타버스', 'The weather was mild on Tuesday.', '오늘 날씨가 맑다', 'a', 'AI', '라']) {
      expect(look(text).glossary, text).toEqual([]);
    }
  });
});

describe('lookUp: quotes', () => {
  const withKo = article.quotes.filter((q): q is Quote & { ko: string } => q.ko !== null);

  it('finds each quote from its whole text, in either language, with typographic or straight quotes and NFD Hangul', () => {
    for (const quote of article.quotes) {
      const texts = [quote.en, `“${quote.en.replace(/'/g, '’')}”`, quote.en.replace(/[’‘]/g, "'").toUpperCase()];
      if (quote.ko) texts.push(quote.ko, quote.ko.normalize('NFD'), `‘${quote.ko.replace(/ /g, '\u00a0')}’`);
      for (const text of texts) expect(ids(look(text).quotes), text).toContain(quote.id);
    }
  });

  it('finds a quote from a fragment of at least 12 letters, in both languages', () => {
    for (const quote of article.quotes) {
      for (const text of [quote.en, quote.ko]) {
        if (text === null || toSkeleton(text).length < QUOTE_FRAGMENT_MIN + 4) continue;
        // A fragment from the middle: drop the first two and last two letters.
        const s = text.slice(prefixWithLetters(text, 2).length);
        const fragment = prefixWithLetters(s, QUOTE_FRAGMENT_MIN);
        expect(ids(look(fragment).quotes), fragment).toContain(quote.id);
        expect(ids(look(fragment.normalize('NFD')).quotes), fragment).toContain(quote.id);
      }
    }
  });

  it('finds the quotes a longer passage contains whole, key quotes first', () => {
    // A key quote that comes after a phrase in the dataset, so that role order is not dataset order.
    const phrase = article.quotes.find((q) => q.role === 'phrase')!;
    const key = article.quotes.findLast((q) => q.role === 'key')!;
    const context = article.quotes.find((q) => q.role === 'context')!;
    expect(article.quotes.indexOf(key)).toBeGreaterThan(article.quotes.indexOf(phrase));
    const passage = `As the letter put it, “${context.en}” Then: ${phrase.en}. And: “${key.en}” — the article ends.`;
    const found = ids(look(passage).quotes);
    expect(found.slice(0, 3)).toEqual([key.id, phrase.id, context.id]);
    const koPhrase = withKo.find((q) => q.role === 'phrase')!;
    const koKey = withKo.findLast((q) => q.role === 'key')!;
    expect(withKo.indexOf(koKey)).toBeGreaterThan(withKo.indexOf(koPhrase));
    expect(ids(look(`기사는 “${koPhrase.ko}”을 말한 뒤, “${koKey.ko}”고 전했다.`).quotes).slice(0, 2)).toEqual([koKey.id, koPhrase.id]);
  });

  it('finds no quote for a fragment shorter than 12 letters, a 3-letter piece or unrelated words', () => {
    const longest = [...article.quotes].sort((a, b) => b.en.length - a.en.length)[0]!;
    const short = prefixWithLetters(longest.en, QUOTE_FRAGMENT_MIN - 1);
    // No phrase quote fits in it either (else a whole quote would be found).
    expect(article.quotes.some((q) => toSkeleton(short).includes(toSkeleton(q.en)))).toBe(false);
    expect(look(short).quotes).toEqual([]);
    expect(ids(look(prefixWithLetters(longest.en, QUOTE_FRAGMENT_MIN)).quotes)).toContain(longest.id);
    for (const quote of withKo) {
      expect(look(prefixWithLetters(quote.ko, 3)).quotes, quote.ko).toEqual([]);
      expect(look(prefixWithLetters(quote.en, 3)).quotes, quote.en).toEqual([]);
    }
    for (const text of ['Metadata', 'The weather was mild on Tuesday, and the trains ran on time.', '오늘은 날씨가 맑고 기차도 제시간에 왔다']) {
      expect(look(text).quotes, text).toEqual([]);
    }
  });
});

describe('lookUp: dates and events', () => {
  it('reads years, months and days in the usual English, Korean and numeric forms', () => {
    expect(datesIn('2023')).toEqual(['2023']);
    expect(datesIn('2023년')).toEqual(['2023']);
    for (const text of ['2023-07', '2023.07', 'July 2023', 'Jul. 2023', '2023년 7월', '2023년7월']) expect(datesIn(text), text).toEqual(['2023-07']);
    for (const text of ['2023-07-18', 'July 18, 2023', 'July 18th 2023', '18 July 2023', '2023년 7월 18일', '2023.7.18', '2023. 7. 18.', '2023/07/18']) {
      expect(datesIn(text), text).toEqual(['2023-07-18']);
    }
    expect(datesIn('From 2023–2024, and on May 5, 2025')).toEqual(['2023', '2024', '2025-05-05']);
    expect(datesIn('Llama 3.1 with 405B parameters, $14.3B, 700 million users, 20230 items')).toEqual([]);
  });

  it.each(years)('a year gives that year’s events (%s)', (year) => {
    const expected = ids(eventsOn(year).slice(0, EVENTS_MAX));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(look(year).events)).toEqual(expected);
    expect(ids(look(`${year}년`).events)).toEqual(expected);
    expect(ids(look(`In ${year}.`).events)).toEqual(expected);
  });

  it('a month gives that month’s events, in every form', () => {
    const months = [...new Set(timeline.map((e) => e.date.value.slice(0, 7)).filter((v) => v.length === 7))];
    for (const month of months) {
      const [y, m] = month.split('-').map(Number) as [number, number];
      const expected = ids(eventsOn(month));
      for (const text of [month, `${MONTHS_EN[m - 1]} ${y}`, `${y}년 ${m}월`]) expect(ids(look(text).events), text).toEqual(expected);
    }
  });

  it('a day gives that day’s events, and a less precise event containing it, in every form', () => {
    for (const event of dayEvents) {
      const date = event.date.value;
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const expected = ids(eventsOn(date));
      expect(expected).toContain(event.id);
      for (const text of [date, `${MONTHS_EN[m - 1]} ${d}, ${y}`, `${d} ${MONTHS_EN[m - 1]} ${y}`, `${y}년 ${m}월 ${d}일`, `${y}.${m}.${d}`]) {
        expect(ids(look(text).events), text).toEqual(expected);
      }
    }
    const monthOnly = timeline.find((e) => e.date.value.length === 7)!;
    expect(ids(look(`${monthOnly.date.value}-15`).events)).toContain(monthOnly.id);
  });

  it('a named entity gives its events, after the events of the dates', () => {
    expect(ids(look('베히모스').events)).toEqual(ids(eventsOf(behemoth)));
    const year = behemoth.eventIds[0]!.slice(0, 4);
    const byDate = eventsOn(year);
    const expected = [...new Set([...byDate, ...eventsOf(behemoth)])].slice(0, EVENTS_MAX);
    expect(ids(look(`Behemoth, ${year}`).events)).toEqual(ids(expected));
    expect(ids(look(`${year}년의 베히모스`).events)).toEqual(ids(expected));
  });

  it(`lists at most ${EVENTS_MAX} events`, () => {
    expect(eventsOf(meta).length + eventsOf(llama).length).toBeGreaterThan(EVENTS_MAX);
    const events = look(`${meta.name.en} and ${llama.name.en}`).events;
    expect(events.length).toBe(EVENTS_MAX);
    expect(ids(events)).toEqual(ids([...new Set([...eventsOf(llama), ...eventsOf(meta)])].slice(0, EVENTS_MAX)));
  });

  it('gives no events for years outside the timeline or for no date at all', () => {
    expect(look('1999').events).toEqual([]);
    expect(look('2031년').events).toEqual([]);
    expect(look('Metadata').events).toEqual([]);
  });
});

describe('lookUp: the query and nothing found', () => {
  it('gives the text trimmed and with collapsed white space, at most 200 characters', () => {
    expect(look('  Behemoth \n\t model ').query).toBe('Behemoth model');
    expect(look('베히모스'.normalize('NFD')).query).toBe('베히모스');
    const long = look('word '.repeat(100));
    expect(Array.from(long.query).length).toBeLessThanOrEqual(QUERY_MAX);
    expect(long.query.endsWith('…')).toBe(true);
  });

  it('finds nothing for an empty text or unrelated words', () => {
    for (const text of ['', '   ', 'Metadata', 'banana bread recipe', '오늘 날씨가 맑다']) {
      const r = look(text);
      expect([r.glossary, r.quotes, r.events], text).toEqual([[], [], []]);
    }
  });
});

/** The panel's use: the query is state above the component. */
function Harness({ lang, initial = '', onShowEvent, onShowGlossary }: { lang: UiLang; initial?: string; onShowEvent?: (id: string) => void; onShowGlossary?: (id: string) => void }) {
  const [query, setQuery] = useState(initial);
  return (
    <LookupSection
      query={query}
      onQueryChange={setQuery}
      lang={lang}
      t={STRINGS[lang]}
      article={article}
      timeline={timeline}
      glossary={glossary}
      onShowEvent={onShowEvent}
      onShowGlossary={onShowGlossary}
    />
  );
}

const box = (lang: UiLang) => screen.getByRole('searchbox', { name: STRINGS[lang].lookup.searchLabel });
const type = (lang: UiLang, text: string) => fireEvent.change(box(lang), { target: { value: text } });
const region = (lang: UiLang) => screen.getByRole('region', { name: STRINGS[lang].lookup.title });
const group = (name: string) => screen.getByRole('list', { name });
const status = () => {
  const all = within(document.body).getAllByRole('status');
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe('LookupSection', () => {
  it.each(LANGS)('is a labelled section with a labelled search box and a hint while empty (%s)', (lang) => {
    const t = STRINGS[lang];
    render(<Harness lang={lang} />);
    expect(within(region(lang)).getByRole('heading', { level: 2 }).textContent).toBe(t.lookup.title);
    expect(box(lang).getAttribute('type')).toBe('search');
    expect(screen.getByText(t.lookup.hint)).toBeTruthy();
    expect(status().textContent).toBe('');
    expect(screen.queryAllByRole('list')).toHaveLength(0);
  });

  it.each(LANGS)('typing 베히모스 shows the Behemoth entry with both names, kind, description, source and verification (%s)', (lang) => {
    const t = STRINGS[lang];
    render(<Harness lang={lang} />);
    type(lang, '베히모스');
    expect(screen.queryByText(t.lookup.hint)).toBeNull();
    const list = group(t.lookup.glossaryHeading);
    const card = within(list).getByRole('article', { name: behemoth.name[lang] });
    expect(within(card).getByRole('heading', { level: 4 }).textContent).toBe(behemoth.name[lang]);
    expect(card.querySelector(`[lang="${other(lang)}"]`)!.textContent).toBe(behemoth.name[other(lang)]);
    expect(card.textContent).toContain(t.glossary.kinds[behemoth.kind]);
    expect(card.textContent).toContain(behemoth.description[lang]);
    expect(card.textContent).toContain(behemoth.source.text);
    for (const url of behemoth.source.urls) expect(within(card).getAllByRole('link').map((a) => a.getAttribute('href'))).toContain(url);
    expect(card.querySelector('.verification')!.textContent).toContain(t[behemoth.verification.level]);
    // Its events follow, with their dates and verification.
    const events = within(group(t.lookup.eventsHeading)).getAllByRole('article');
    expect(events.map((a) => a.getAttribute('data-event-id'))).toEqual(ids(eventsOf(behemoth)));
    eventsOf(behemoth).forEach((event, i) => {
      expect(events[i]!.querySelector('time')!.textContent).toBe(formatDate(event.date, lang, t));
      expect(within(events[i]!).getByRole('heading', { level: 4 }).textContent).toBe(event.title[lang]);
      expect(events[i]!.querySelector('.verification')!.textContent).toContain(t[event.verification.level]);
    });
    expect(status().textContent).toBe(t.lookup.count(1, 0, eventsOf(behemoth).length));
    // Without callbacks, no buttons.
    expect(within(region(lang)).queryAllByRole('button')).toHaveLength(0);
  });

  it.each(LANGS)('a Korean fragment of a quote shows its card, with the English original too (%s)', (lang) => {
    const t = STRINGS[lang];
    const quote = article.quotes.find((q) => q.role === 'key' && q.ko !== null)!;
    render(<Harness lang={lang} />);
    type(lang, prefixWithLetters(quote.ko!, QUOTE_FRAGMENT_MIN + 2));
    const list = group(t.lookup.quotesHeading);
    const card = list.querySelector<HTMLElement>(`article[data-quote-id="${quote.id}"]`)!;
    expect(card).not.toBeNull();
    expect(card.querySelector('blockquote[lang="en"]')!.textContent).toContain(quote.en);
    expect(card.querySelector('blockquote[lang="ko"]')!.textContent).toContain(quote.ko);
    expect(card.querySelector('.verification')!.textContent).toContain(t[quote.verification.level]);
  });

  it.each(LANGS)('"2023" lists the events of 2023 in timeline order (%s)', (lang) => {
    const t = STRINGS[lang];
    render(<Harness lang={lang} initial="2023" />);
    const expected = eventsOn('2023');
    expect(expected.length).toBeGreaterThan(0);
    const cards = within(group(t.lookup.eventsHeading)).getAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading', { level: 4 }).textContent)).toEqual(expected.map((e) => e.title[lang]));
    expect(cards.map((c) => c.querySelector('time')!.textContent)).toEqual(expected.map((e) => formatDate(e.date, lang, t)));
    expect(status().textContent).toBe(t.lookup.count(0, 0, expected.length));
  });

  it.each(LANGS)('marks events after the article (%s)', (lang) => {
    const t = STRINGS[lang];
    const later = timeline.find((e) => e.later)!;
    render(<Harness lang={lang} initial={later.date.value} />);
    const card = within(group(t.lookup.eventsHeading)).getByRole('article', { name: later.title[lang] });
    expect(card.textContent).toContain(t.lookup.later);
  });

  it.each(LANGS)('says nothing was found, echoing the query as text, in the one status region (%s)', (lang) => {
    const t = STRINGS[lang];
    render(<Harness lang={lang} />);
    for (const text of ['Metadata', '<b>날씨</b>']) {
      type(lang, text);
      expect(status().textContent).toBe(t.lookup.nothing(text));
      expect(status().textContent).toContain(text);
      expect(region(lang).querySelector('b')).toBeNull();
      expect(screen.queryAllByRole('list')).toHaveLength(0);
    }
    type(lang, '');
    expect(status().textContent).toBe('');
    expect(screen.getByText(t.lookup.hint)).toBeTruthy();
  });

  it.each(LANGS)('buttons open an entry in the glossary and an event in the timeline (%s)', (lang) => {
    const t = STRINGS[lang];
    const onShowEvent = vi.fn();
    const onShowGlossary = vi.fn();
    render(<Harness lang={lang} initial={scale.name.ko} onShowEvent={onShowEvent} onShowGlossary={onShowGlossary} />);
    fireEvent.click(screen.getByRole('button', { name: `${t.lookup.openInGlossary}: ${scale.name[lang]}` }));
    expect(onShowGlossary).toHaveBeenCalledWith(scale.id);
    const event = eventsOf(scale)[0]!;
    fireEvent.click(screen.getByRole('button', { name: `${t.lookup.showInTimeline}: ${event.title[lang]}` }));
    expect(onShowEvent).toHaveBeenCalledWith(event.id);
    expect(onShowEvent).toHaveBeenCalledTimes(1);
    expect(onShowGlossary).toHaveBeenCalledTimes(1);
  });
});
