// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import glossaryJson from '../../lib/dataset/data/glossary.json';
import timelineJson from '../../lib/dataset/data/timeline.json';
import type { GlossaryEntry, TimelineEvent } from '../../lib/dataset/schema';
import { formatDate } from '../../lib/i18n/format';
import { glossaryEntryFor, searchGlossary } from '../../lib/dataset/glossary';
import { STRINGS, type UiLang } from '../../lib/panel/strings';
import { Glossary } from '../../components/Glossary';

afterEach(cleanup);

const glossary = glossaryJson as GlossaryEntry[];
const timeline = timelineJson as TimelineEvent[];
const LANGS: UiLang[] = ['en', 'ko'];
const other = (lang: UiLang): UiLang => (lang === 'en' ? 'ko' : 'en');
const names = (e: GlossaryEntry) => [e.name.en, e.name.ko, ...e.aliases.en, ...e.aliases.ko];
const ids = (entries: GlossaryEntry[]) => entries.map((e) => e.id);

/** The panel's use: the search text is state above the component. */
function Harness({ lang, initial = '', onShowEvent }: { lang: UiLang; initial?: string; onShowEvent?: (id: string) => void }) {
  const [query, setQuery] = useState(initial);
  return <Glossary entries={glossary} events={timeline} lang={lang} t={STRINGS[lang]} query={query} onQueryChange={setQuery} onShowEvent={onShowEvent} />;
}

const cards = (container: HTMLElement) => [...container.querySelectorAll('article')].map((a) => a.id.replace(/^glossary-/, ''));
const search = (lang: UiLang) => screen.getByRole('searchbox', { name: STRINGS[lang].glossary.searchLabel });
const type = (lang: UiLang, text: string) => fireEvent.change(search(lang), { target: { value: text } });

describe('Glossary component', () => {
  it.each(LANGS)('is a labelled section with every entry in dataset order and a live count (%s)', (lang) => {
    const t = STRINGS[lang];
    const { container } = render(<Harness lang={lang} />);
    const region = screen.getByRole('region', { name: t.glossary.title });
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe(t.glossary.title);
    expect(search(lang).getAttribute('type')).toBe('search');
    expect(screen.getByRole('status').textContent).toBe(t.glossary.count(glossary.length, glossary.length));
    expect(cards(container)).toEqual(ids(glossary));
    expect(within(region).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(glossary.map((e) => e.name[lang]));
  });

  it.each(LANGS)('shows each entry’s names in both languages, kind, aliases by language, description, source and verification (%s)', (lang) => {
    const t = STRINGS[lang];
    const { container } = render(<Harness lang={lang} />);
    for (const entry of glossary) {
      const card = container.querySelector<HTMLElement>(`article#glossary-${entry.id}`)!;
      expect(card).not.toBeNull();
      expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe(entry.name[lang]);
      // The other language's name, marked with its language (or the same spelling in both).
      const o = other(lang);
      if (entry.name[o] !== entry.name[lang]) {
        expect([...card.querySelectorAll(`header [lang="${o}"]`)].map((el) => el.textContent)).toContain(entry.name[o]);
      }
      expect(card.textContent).toContain(entry.name[o]);
      expect(card.querySelector('header')!.textContent).toContain(t.glossary.kinds[entry.kind]);
      // Every alias, grouped under its language's label, each marked with its language.
      for (const l of ['en', 'ko'] as const) {
        const label = l === 'en' ? t.glossary.namesEn : t.glossary.namesKo;
        const dt = [...card.querySelectorAll('dt')].find((d) => d.textContent === label)!;
        expect(dt).toBeDefined();
        const items = [...dt.nextElementSibling!.querySelectorAll('li')];
        expect(items.map((li) => li.textContent)).toEqual(entry.aliases[l]);
        for (const li of items) expect(li.getAttribute('lang')).toBe(l);
      }
      expect(card.textContent).toContain(entry.description[lang]);
      expect(card.textContent).not.toContain(entry.description[o]);
      expect(card.textContent).toContain(entry.source.text);
      const links = within(card).queryAllByRole('link');
      expect(links.map((a) => a.getAttribute('href'))).toEqual(entry.source.urls);
      for (const a of links) {
        expect(a.getAttribute('target')).toBe('_blank');
        expect(a.getAttribute('rel')).toContain('noopener');
        expect(a.getAttribute('rel')).toContain('noreferrer');
      }
      const badge = card.querySelector(':scope > .glossary-verification .verification')!;
      expect(badge.textContent).toContain(t[entry.verification.level]);
      expect(badge.getAttribute('title')).toBe(entry.verification.note);
    }
  });

  it.each(LANGS)('lists each entry’s related timeline events with date, title and verification (%s)', (lang) => {
    const t = STRINGS[lang];
    const { container } = render(<Harness lang={lang} />);
    const withEvents = glossary.filter((e) => e.eventIds.length > 0);
    expect(withEvents.length).toBeGreaterThan(0);
    for (const entry of glossary) {
      const card = container.querySelector<HTMLElement>(`article#glossary-${entry.id}`)!;
      const expected = timeline.filter((ev) => entry.eventIds.includes(ev.id));
      expect(expected.length).toBe(entry.eventIds.length); // every id resolves
      const items = [...card.querySelectorAll<HTMLElement>('[data-event-id]')];
      expect(items.map((li) => li.dataset.eventId)).toEqual(expected.map((ev) => ev.id));
      items.forEach((li, i) => {
        const ev = expected[i]!;
        expect(li.querySelector('time')!.textContent).toBe(formatDate(ev.date, lang, t));
        expect(li.querySelector('time')!.getAttribute('datetime')).toBe(ev.date.value);
        expect(li.textContent).toContain(ev.title[lang]);
        expect(li.querySelector('.verification')!.textContent).toContain(t[ev.verification.level]);
      });
      // Without onShowEvent the events are plain text.
      expect(within(card).queryByRole('button')).toBeNull();
    }
  });

  it.each(LANGS)('clicking a related event calls onShowEvent with its id (%s)', (lang) => {
    const t = STRINGS[lang];
    const onShowEvent = vi.fn();
    const { container } = render(<Harness lang={lang} onShowEvent={onShowEvent} />);
    const entry = glossary.find((e) => e.eventIds.length > 1)!;
    const ev = timeline.filter((x) => entry.eventIds.includes(x.id))[1]!;
    const card = container.querySelector<HTMLElement>(`article#glossary-${entry.id}`)!;
    const button = within(card).getByRole('button', { name: `${formatDate(ev.date, lang, t)} ${ev.title[lang]}` });
    fireEvent.click(button);
    expect(onShowEvent).toHaveBeenCalledTimes(1);
    expect(onShowEvent).toHaveBeenCalledWith(ev.id);
  });

  it.each(LANGS)('finds an entry by an alias in the other language (%s)', (lang) => {
    const t = STRINGS[lang];
    const { container } = render(<Harness lang={lang} />);
    const o = other(lang);
    const entry = glossary.find((e) => e.aliases[o].some((a) => !e.aliases[lang].includes(a)))!;
    const alias = entry.aliases[o].find((a) => !entry.aliases[lang].includes(a))!;
    type(lang, alias);
    expect(cards(container)[0]).toBe(entry.id);
    expect(screen.getByRole('status').textContent).toBe(t.glossary.count(cards(container).length, glossary.length));
    expect(cards(container).length).toBeLessThan(glossary.length);
  });

  it('finds entries typed in NFD Hangul, in any case, with extra spaces and typographic quotes', () => {
    const { container } = render(<Harness lang="en" />);
    const ko = glossary.find((e) => e.name.ko.normalize('NFD') !== e.name.ko)!;
    type('en', ko.name.ko.normalize('NFD'));
    expect(cards(container)[0]).toBe(ko.id);
    const en = glossary.find((e) => e.name.en.toUpperCase() !== e.name.en && e.name.en.includes(' '))!;
    type('en', `  ${en.name.en.toUpperCase().replace(' ', '   ')}  `);
    expect(cards(container)[0]).toBe(en.id);
    type('en', `“${en.name.en.toLowerCase()}”`);
    expect(cards(container)[0]).toBe(en.id);
    const hyphenated = glossary.find((e) => e.name.en.includes('-'))!;
    type('en', hyphenated.name.en.replace('-', '\u2011'));
    expect(cards(container)[0]).toBe(hyphenated.id);
  });

  it.each(LANGS)('says when nothing matches, echoing the query as text, and clears the search (%s)', (lang) => {
    const t = STRINGS[lang];
    const { container } = render(<Harness lang={lang} />);
    const query = '<img src=x onerror="globalThis.__pwned=1"> qqq';
    type(lang, query);
    expect(cards(container)).toEqual([]);
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText(t.glossary.noResults(query))).toBeDefined();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe(t.glossary.count(0, glossary.length));
    fireEvent.click(screen.getByRole('button', { name: t.glossary.clearSearch }));
    expect((search(lang) as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(search(lang));
    expect(cards(container)).toEqual(ids(glossary));
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows what the panel sets as the query (controlled)', () => {
    const entry = glossary[glossary.length - 1]!;
    const onQueryChange = vi.fn();
    const { container } = render(
      <Glossary entries={glossary} events={timeline} lang="en" t={STRINGS.en} query={entry.name.en} onQueryChange={onQueryChange} />,
    );
    expect((search('en') as HTMLInputElement).value).toBe(entry.name.en);
    expect(cards(container)[0]).toBe(entry.id);
    fireEvent.change(search('en'), { target: { value: 'x' } });
    expect(onQueryChange).toHaveBeenCalledWith('x');
  });

  it('uses distinct kind words in both languages', () => {
    for (const lang of LANGS) {
      const kinds = Object.values(STRINGS[lang].glossary.kinds);
      expect(new Set(kinds).size).toBe(kinds.length);
    }
    expect(STRINGS.ko.glossary.kinds).not.toEqual(STRINGS.en.glossary.kinds);
  });
});

/** The rank a reader expects, from plain lower-casing of the dataset (0 exact, 1 prefix, 2 substring, 3 description). */
function expectedRank(entry: GlossaryEntry, q: string, lang: UiLang): number | null {
  const all = names(entry).map((n) => n.toLowerCase());
  if (all.some((n) => n === q)) return 0;
  if (all.some((n) => n.startsWith(q))) return 1;
  if (all.some((n) => n.includes(q))) return 2;
  if (entry.description[lang].toLowerCase().includes(q)) return 3;
  return null;
}

describe('searchGlossary', () => {
  it('returns every entry in dataset order for an empty or blank query', () => {
    expect(ids(searchGlossary(glossary, ''))).toEqual(ids(glossary));
    expect(ids(searchGlossary(glossary, '  \u00a0 '))).toEqual(ids(glossary));
  });

  it('finds every entry by each of its names and aliases, in both languages, exact matches first', () => {
    for (const entry of glossary) {
      for (const name of names(entry)) {
        for (const q of [name, name.toLowerCase(), name.toUpperCase(), name.normalize('NFD')]) {
          const found = searchGlossary(glossary, q);
          expect(ids(found)).toContain(entry.id);
          // The first result has this name exactly.
          expect(names(found[0]!).map((n) => n.toLowerCase())).toContain(name.toLowerCase());
        }
      }
    }
  });

  it.each([
    ['llama', 'en'],
    ['meta', 'en'],
    ['메타', 'ko'],
    ['라마', 'ko'],
  ] as const)('ranks exact, then prefix, then substring, then description matches for %s', (q, lang) => {
    const found = searchGlossary(glossary, q, lang);
    const ranks = found.map((e) => expectedRank(e, q, lang));
    // The dataset gives this query matches of more than one rank, so the order is tested.
    expect(new Set(ranks).size).toBeGreaterThan(1);
    expect(ranks[0]).toBe(0);
    for (let i = 1; i < ranks.length; i++) expect(ranks[i]!).toBeGreaterThanOrEqual(ranks[i - 1]!);
    // Within a rank, dataset order; and nothing matching is left out.
    const expected = glossary
      .map((e, i) => ({ id: e.id, i, r: expectedRank(e, q, lang) }))
      .filter((x) => x.r !== null)
      .sort((a, b) => a.r! - b.r! || a.i - b.i)
      .map((x) => x.id);
    expect(ids(found)).toEqual(expected);
  });

  it('searches descriptions only in the given language', () => {
    const entry = glossary.find((e) => e.description.en.includes('OpenAI') && !names(e).some((n) => n.includes('OpenAI')))!;
    expect(ids(searchGlossary(glossary, 'OpenAI', 'en'))).toContain(entry.id);
    expect(ids(searchGlossary(glossary, 'OpenAI'))).not.toContain(entry.id);
    expect(ids(searchGlossary(glossary, 'OpenAI', 'ko'))).not.toContain(entry.id);
  });

  it('returns nothing for a query no entry contains', () => {
    expect(searchGlossary(glossary, 'zzqx', 'en')).toEqual([]);
  });
});

describe('glossaryEntryFor', () => {
  const idFor = (text: string) => glossaryEntryFor(glossary, text)?.id ?? null;

  it('names the brief’s examples', () => {
    expect(idFor('저커버그는')).toBe('mark-zuckerberg');
    expect(idFor('Llama 3')).toBe('llama');
    expect(idFor('메타의')).toBe('meta');
    expect(idFor('라마가')).toBe('llama');
    expect(idFor('저커버그는'.normalize('NFD'))).toBe('mark-zuckerberg');
  });

  it('finds every entry by each name or alias, alone, with a Korean particle or in an English sentence', () => {
    for (const entry of glossary) {
      for (const name of names(entry)) {
        const owner = (id: string | null) => glossary.find((e) => e.id === id)!;
        for (const text of [name, `  ${name.toUpperCase()} `, `${name}의`, `${name}는 `, `그 ${name}가 말했다`, `Reports say ${name}'s plan changed.`]) {
          const found = idFor(text);
          expect(found, text).not.toBeNull();
          // The longest name in the text is this one, so its owner wins.
          expect(names(owner(found)).map((n) => n.toLowerCase()), text).toContain(name.toLowerCase());
        }
      }
    }
  });

  it('prefers the longest name that occurs', () => {
    const pairs = glossary.flatMap((long) =>
      names(long).flatMap((a) =>
        glossary.filter((short) => short !== long && names(short).some((b) => b.length < a.length && a.includes(`${b} `))).map(() => ({ id: long.id, a })),
      ),
    );
    expect(pairs.length).toBeGreaterThan(0);
    for (const { id, a } of pairs) {
      expect(idFor(a)).toBe(id);
      expect(idFor(`Yesterday ${a}, again.`)).toBe(id);
    }
  });

  it('returns null when no name stands as a word in the text', () => {
    expect(idFor('Metadata')).toBeNull();
    expect(idFor('metaverse')).toBeNull();
    expect(idFor('Submeta and megallama')).toBeNull();
    expect(idFor('메타버스')).toBeNull();
    expect(idFor('The weather was mild on Tuesday.')).toBeNull();
    expect(idFor('오늘 날씨가 맑다')).toBeNull();
    expect(idFor('')).toBeNull();
    expect(idFor('   ')).toBeNull();
  });
});
