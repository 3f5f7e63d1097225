/**
 * Looks up a text in the dataset: glossary entries it names, quotes it is part of (or contains), events of
 * its dates or entities. Pure (no React, zod or DOM) so the background bundles it cheaply.
 */
import type { Article, GlossaryEntry, Quote, TimelineEvent } from '../dataset/schema';
import { aliasPattern, entryNames, glossaryEntryFor, MatchRank, rankEntry, relatedEvents, searchGlossary } from '../dataset/glossary';
import { foldText, toSkeleton } from '../text/normalize';

export interface LookupData {
  article: Article;
  timeline: readonly TimelineEvent[];
  glossary: readonly GlossaryEntry[];
}

export interface LookupResult {
  /** The looked-up text as shown: NFC, trimmed, runs of white space as one space, at most QUERY_MAX characters. */
  query: string;
  /** Entries the text names, longest names first; when it names none, entries whose name starts with it. */
  glossary: GlossaryEntry[];
  /** Quotes the text is part of or contains, in either language: key quotes first, then phrases, then context. */
  quotes: Quote[];
  /** Events of the dates in the text (timeline order), then events of the entries it names; at most EVENTS_MAX. */
  events: TimelineEvent[];
}

/** The longest query shown (code points, an ellipsis included). */
export const QUERY_MAX = 200;
/** How much of a (very long) selection is looked at. */
export const TEXT_MAX = 20_000;
/** A selection must have at least this many letters or digits to match part of a quote. */
export const QUOTE_FRAGMENT_MIN = 12;
/** The most events a lookup returns. */
export const EVENTS_MAX = 12;

/** `text` as shown to the reader: NFC, trimmed, white space collapsed, cut to QUERY_MAX code points with an ellipsis. */
export function displayQuery(text: string): string {
  const q = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const chars = Array.from(q);
  return chars.length <= QUERY_MAX ? q : chars.slice(0, QUERY_MAX - 1).join('').trimEnd() + '…';
}

/** Look up `text` in the dataset (see the module comment). An empty or blank text finds nothing. */
export function lookUp(text: string, data: LookupData): LookupResult {
  const query = displayQuery(text);
  if (query === '') return { query, glossary: [], quotes: [], events: [] };
  const input = text.length > TEXT_MAX ? text.slice(0, TEXT_MAX) : text;
  const glossary = glossaryFor(input, data.glossary);
  return {
    query,
    glossary,
    quotes: quotesFor(input, data.article.quotes),
    events: eventsFor(input, glossary, data.timeline),
  };
}

// --- Glossary -------------------------------------------------------------

const HANGUL = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Stands in for a name already attributed to an entry: neither a letter nor a space. */
const MASK = '\u0000';

/** `folded` with every occurrence of the entry's names (longest first) replaced by MASK. */
function maskNames(folded: string, entry: GlossaryEntry): string {
  const names = entryNames(entry)
    .map(foldText)
    .filter((n) => n !== '')
    .sort((a, b) => b.length - a.length);
  return names.reduce((text, name) => text.replace(aliasPattern(name), MASK), folded);
}

/**
 * Entries whose name or alias stands in `text` as a word (Korean particles allowed), longest name first, each once.
 * A name inside a longer one already attributed ("Llama" in "Llama 4 Behemoth") does not count again.
 */
export function entriesNamedIn(text: string, entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  let folded = foldText(text);
  let candidates = entries.filter((e) => glossaryEntryFor([e], folded) !== null);
  const found: GlossaryEntry[] = [];
  while (candidates.length > 0) {
    const entry = glossaryEntryFor(candidates, folded);
    if (!entry) break;
    found.push(entry);
    folded = maskNames(folded, entry);
    candidates = candidates.filter((e) => e !== entry);
  }
  return found;
}

/** True when `folded` is long enough to search names by their start: 3 letters or digits, or 2 with Hangul. */
function searchable(folded: string): boolean {
  const n = toSkeleton(folded).length;
  return n >= 3 || (n >= 2 && HANGUL.test(folded));
}

/** True when `folded` occurs in the folded `name` at the start of one of its words. */
function startsAWordOf(name: string, folded: string): boolean {
  const f = foldText(name);
  for (let at = f.indexOf(folded); at >= 0; at = f.indexOf(folded, at + 1)) {
    if (at === 0 || !LETTER_OR_DIGIT.test(f[at - 1]!)) return true;
  }
  return false;
}

/** Entries for a partly typed name: a name, or a word of one, starting with it. Nothing below `searchable`. */
export function entriesStartingWith(text: string, entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  const folded = foldText(text);
  if (!searchable(folded)) return [];
  const query = toSkeleton(folded);
  return searchGlossary(entries, folded).filter((entry) => {
    const rank = rankEntry(entry, query);
    return rank !== null && (rank <= MatchRank.prefix || entryNames(entry).some((n) => startsAWordOf(n, folded)));
  });
}

/** The entries a text names; when it names none, the entries whose name starts with it. */
function glossaryFor(text: string, entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  const named = entriesNamedIn(text, entries);
  return named.length > 0 ? named : entriesStartingWith(text, entries);
}

// --- Quotes ---------------------------------------------------------------

const ROLE_ORDER: Record<Quote['role'], number> = { key: 0, phrase: 1, context: 2 };

/** Quotes `text` is part of (≥ QUOTE_FRAGMENT_MIN letters or digits) or contains, as skeletons: key quotes, phrases, then context. */
export function quotesFor(text: string, quotes: readonly Quote[]): Quote[] {
  const s = toSkeleton(text);
  if (s === '') return [];
  const matches = (quoteText: string | null) => {
    const q = quoteText === null ? '' : toSkeleton(quoteText);
    return q !== '' && (s.includes(q) || (s.length >= QUOTE_FRAGMENT_MIN && q.includes(s)));
  };
  return quotes
    .map((quote, index) => ({ quote, index }))
    .filter(({ quote }) => matches(quote.en) || matches(quote.ko))
    .sort((a, b) => ROLE_ORDER[a.quote.role] - ROLE_ORDER[b.quote.role] || a.index - b.index)
    .map(({ quote }) => quote);
}

// --- Dates and events -----------------------------------------------------

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![a-z])';
const MONTH_NUM = '(0?[1-9]|1[0-2])(?!\\d)';
const DAY_NUM = '(0?[1-9]|[12]\\d|3[01])(?!\\d)';
const YEAR = '((?:19|20)\\d\\d)(?!\\d)';
const ORDINAL = '(?:st|nd|rd|th)?';

const pad = (n: string) => n.padStart(2, '0');

/** A month name or abbreviation (lower case) as 01–12. */
function monthNumber(name: string): string {
  const i = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3));
  return pad(String(i + 1));
}

/** A date form: its pattern (on folded text) and the date its capture groups give, as YYYY, YYYY-MM or YYYY-MM-DD. */
interface DateForm {
  source: string;
  date: (g: (string | undefined)[]) => string;
}

/** Year, month and day (month and day optional) as YYYY[-MM[-DD]]. */
const ymd = (y: string, m?: string, d?: string) => [y, m && pad(m), m && d && pad(d)].filter(Boolean).join('-');

/** Date forms, most specific first: an alternation consumes a full date whole, so it is not also read as its year. */
const DATE_FORMS: DateForm[] = [
  // 2023-07-18, 2023-07, 2023.7.18, 2023. 7. 18, 2023/07/18
  { source: `(?<![\\d.])${YEAR}(?:-|/|\\. ?)${MONTH_NUM}(?:(?:-|/|\\. ?)${DAY_NUM})?`, date: ([y, m, d]) => ymd(y!, m, d) },
  // 2023년 7월 18일, 2023년 7월, 2023년
  { source: `(?<!\\d)${YEAR} ?년(?: ?${MONTH_NUM} ?월(?: ?${DAY_NUM} ?일)?)?`, date: ([y, m, d]) => ymd(y!, m, d) },
  // July 18, 2023; Jul. 18th 2023
  { source: `(?<![a-z])${MONTH} ${DAY_NUM}${ORDINAL}(?:, ?| )${YEAR}`, date: ([m, d, y]) => ymd(y!, monthNumber(m!), d) },
  // 18 July 2023, 18th July, 2023
  { source: `(?<![\\d.])${DAY_NUM}${ORDINAL} ${MONTH}(?:, ?| )${YEAR}`, date: ([d, m, y]) => ymd(y!, monthNumber(m!), d) },
  // July 2023, Jul. 2023
  { source: `(?<![a-z])${MONTH}(?:, ?| )${YEAR}`, date: ([m, y]) => ymd(y!, monthNumber(m!)) },
  // 2023
  { source: `(?<![\\d.])${YEAR}`, date: ([y]) => y! },
];

/** How many capture groups a pattern has. */
const groupCount = (source: string) => new RegExp(`${source}|`).exec('')!.length - 1;
const DATE_GROUPS = DATE_FORMS.map((f) => groupCount(f.source));
const DATES = new RegExp(DATE_FORMS.map((f) => `(?:${f.source})`).join('|'), 'g');

/** The dates `text` gives (YYYY, YYYY-MM or YYYY-MM-DD), in order, each once. */
export function datesIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of foldText(text).matchAll(DATES)) {
    let at = 1;
    for (let i = 0; i < DATE_FORMS.length; i++) {
      const groups = m.slice(at, at + DATE_GROUPS[i]!);
      at += DATE_GROUPS[i]!;
      if (groups[0] !== undefined) {
        found.add(DATE_FORMS[i]!.date(groups));
        break;
      }
    }
  }
  return [...found];
}

/** True when an event falls on the given date: within it, or a less precise date containing it (2025-02 for 2025-02-18). */
export function eventOnDate(event: TimelineEvent, date: string): boolean {
  const v = event.date.value;
  return v === date || v.startsWith(`${date}-`) || date.startsWith(`${v}-`);
}

/** Events of the dates in `text` (timeline order), then of `entries`, each once, at most EVENTS_MAX. */
function eventsFor(text: string, entries: readonly GlossaryEntry[], timeline: readonly TimelineEvent[]): TimelineEvent[] {
  const dates = datesIn(text);
  const byDate = dates.length === 0 ? [] : timeline.filter((e) => dates.some((d) => eventOnDate(e, d)));
  const all = new Set<TimelineEvent>(byDate);
  for (const entry of entries) for (const e of relatedEvents(entry, timeline as TimelineEvent[])) all.add(e);
  return [...all].slice(0, EVENTS_MAX);
}
