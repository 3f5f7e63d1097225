/**
 * The glossary's pure logic: search (by skeleton, so "GPT4" or unspaced Korean still match), the entry a
 * selection names (`foldText`, word breaks kept), and what an entry card shows.
 */
import type { GlossaryEntry, Lang, TimelineEvent } from './schema';
import { foldText, toSkeleton } from '../text/normalize';
import { escapeRegExp } from '../text/regexp';

/** Every name and alias of an entry, in both languages (names first). */
export function entryNames(entry: GlossaryEntry): string[] {
  return [entry.name.en, entry.name.ko, ...entry.aliases.en, ...entry.aliases.ko];
}

/** How well a query matches: lower is better. */
export const MatchRank = { exact: 0, prefix: 1, substring: 2, description: 3 } as const;
export type MatchRank = (typeof MatchRank)[keyof typeof MatchRank];

/** How `field` matches a query's skeleton: exact, prefix, substring, or null. */
function rankField(field: string, query: string): MatchRank | null {
  const f = toSkeleton(field);
  if (f === query) return MatchRank.exact;
  if (f.startsWith(query)) return MatchRank.prefix;
  if (f.includes(query)) return MatchRank.substring;
  return null;
}

/** An entry's best rank for a query skeleton: names and aliases, then the description in `lang`; null when nothing matches. */
export function rankEntry(entry: GlossaryEntry, query: string, lang?: Lang): MatchRank | null {
  let best: MatchRank | null = null;
  for (const name of entryNames(entry)) {
    const rank = rankField(name, query);
    if (rank !== null && (best === null || rank < best)) best = rank;
    if (best === MatchRank.exact) return best;
  }
  if (best === null && lang && toSkeleton(entry.description[lang]).includes(query)) best = MatchRank.description;
  return best;
}

/** Entries matching `query` as skeletons: exact, prefix, substring, then description; dataset order within a rank. No letters: every entry. */
export function searchGlossary(entries: readonly GlossaryEntry[], query: string, lang?: Lang): GlossaryEntry[] {
  const q = toSkeleton(query);
  if (q === '') return [...entries];
  return entries
    .map((entry, index) => ({ entry, index, rank: rankEntry(entry, q, lang) }))
    .filter((m): m is { entry: GlossaryEntry; index: number; rank: MatchRank } => m.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((m) => m.entry);
}

const HANGUL = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A run of Hangul syllables, as a particle following a name ("메타의", "라마가", "저커버그는"). */
const HANGUL_RUN = /^[\uac00-\ud7a3]+/;

/** Korean particles and endings that may follow a name: "메타의" and "오픈AI와도" match, "메타버스" does not. */
const KO_PARTICLES = [
  '은', '는', '이', '가', '을', '를', '의', '에', '에서', '에게', '께', '께서', '한테', '로', '으로', '로서', '으로서',
  '로써', '으로써', '로부터', '으로부터', '부터', '까지', '와', '과', '랑', '이랑', '하고', '도', '만', '뿐', '조차',
  '마저', '처럼', '같이', '보다', '마다', '밖에', '나', '이나', '든', '이든', '든지', '이든지', '라도', '이라도',
  '라는', '이라는', '란', '이란', '라고', '이라고', '라며', '이라며', '야', '이야', '요', '이요', '다', '이다', '였다',
  '이었다', '였', '이었', '고', '이고', '며', '이며', '지만', '이지만', '인', '들', '측', '씨',
];
const PARTICLE_SET = new Set(KO_PARTICLES);
const LONGEST_PARTICLE = Math.max(...KO_PARTICLES.map((p) => p.length));

/** True when `run` (Hangul syllables) is a chain of Korean particles and endings. */
export function isParticleChain(run: string): boolean {
  // ok[i]: run.slice(0, i) splits into particles.
  const ok = [true];
  for (let i = 1; i <= run.length; i++) {
    ok[i] = false;
    for (let k = 1; k <= Math.min(i, LONGEST_PARTICLE) && !ok[i]; k++) {
      if (ok[i - k] && PARTICLE_SET.has(run.slice(i - k, i))) ok[i] = true;
    }
  }
  return ok[run.length] === true;
}

/** A pattern for a folded alias in folded text: a space may be missing next to Hangul, a hyphen be a space or missing. */
export function aliasPattern(alias: string): RegExp {
  let source = '';
  for (let i = 0; i < alias.length; i++) {
    const ch = alias[i]!;
    if (ch === ' ') source += HANGUL.test(alias[i - 1] ?? '') || HANGUL.test(alias[i + 1] ?? '') ? ' ?' : ' ';
    else if (ch === '-') source += '[- ]?';
    else source += escapeRegExp(ch);
  }
  return new RegExp(source, 'gu');
}

/** True when an alias match stands as a word: no letter or digit around it, bar Korean particles after ("Meta의" yes, "Metadata" no). */
function standsAsWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (before !== undefined && LETTER_OR_DIGIT.test(before)) return false;
  const after = text[end];
  if (after === undefined || !LETTER_OR_DIGIT.test(after)) return true;
  const run = HANGUL_RUN.exec(text.slice(end));
  if (!run) return false;
  const next = text[end + run[0].length];
  return (next === undefined || !LETTER_OR_DIGIT.test(next)) && isParticleChain(run[0]);
}

/** Where the folded alias first stands as a word in the folded text, or -1. */
function findAlias(text: string, alias: string): number {
  const pattern = aliasPattern(alias);
  for (const m of text.matchAll(pattern)) {
    if (m[0].length > 0 && standsAsWord(text, m.index, m.index + m[0].length)) return m.index;
  }
  return -1;
}

/**
 * The entry a selection names as a word (Korean particles allowed: "저커버그는"). The longest alias wins,
 * then the earlier occurrence, then dataset order; null when none.
 */
export function glossaryEntryFor(entries: readonly GlossaryEntry[], text: string): GlossaryEntry | null {
  const folded = foldText(text);
  if (folded === '') return null;
  let best: { entry: GlossaryEntry; length: number; at: number } | null = null;
  for (const entry of entries) {
    for (const name of entryNames(entry)) {
      const alias = foldText(name);
      if (alias === '' || (best && alias.length < best.length)) continue;
      const at = findAlias(folded, alias);
      if (at < 0) continue;
      if (!best || alias.length > best.length || at < best.at) best = { entry, length: alias.length, at };
    }
  }
  return best?.entry ?? null;
}

/** The timeline events an entry is about, in timeline (date) order; unknown ids are skipped. */
export function relatedEvents(entry: GlossaryEntry, events: readonly TimelineEvent[]): TimelineEvent[] {
  const ids = new Set(entry.eventIds);
  return events.filter((e) => ids.has(e.id));
}

/** The other UI language. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'ko' : 'en';
}

/** A short, readable label for a source link: host (without www.) and path, no scheme, query or trailing slash. */
export function urlLabel(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname.replace(/\/+$/, '');
    return u.hostname.replace(/^www\./, '') + path;
  } catch {
    return url;
  }
}
