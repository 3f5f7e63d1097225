/**
 * How a page relates to the story, decided in the background from what the analysis found, each decision with
 * its reasons (the panel shows them):
 * - `edition`: an edition detected (lib/recognition/detect.ts) on its own site (its URL or one of its hosts);
 * - `copy`: an edition elsewhere (detected, or in part: the Korean fingerprint scores COPY_MIN_FINGERPRINT
 *   around 2+ Korean key quotes; an English page with the headline and EN_COPY_WITH_HEADLINE key quotes, or
 *   EN_COPY_QUOTES of the 8 without it, verbatim, trimmed or altered);
 * - `coverage`: the page names the story's core (Zuckerberg, his "personal superintelligence" letter, open
 *   source) plus one more of its marks (Meta's spokesperson, TechCrunch, Llama), and no other event of Meta's
 *   open-source history dominates it;
 * - `quotes`: otherwise, when a key quote is on the page word for word (whole or a trimmed part);
 * - null: everything else.
 * Pure; works on the page's skeleton (letters and digits, lower case).
 */
import type { Edition } from '../dataset/schema';
import { isEditionUrl } from './cheap-check';

export type RelationKind = 'edition' | 'copy' | 'quotes' | 'coverage';

export interface Relation {
  kind: RelationKind;
  /** For edition and copy. */
  edition?: 'en' | 'ko';
  /** Roughly how much of the edition a copy carries (0..1). */
  share?: number;
  /** Why, as short phrases (English; the panel words them). */
  reasons: string[];
}

export const COPY_MIN_FINGERPRINT = 0.35;
export const EN_COPY_WITH_HEADLINE = 4;
export const EN_COPY_QUOTES = 6;

interface Term {
  id: string;
  skeletons: readonly string[];
}

/** The story's marks. `core` ones must all be there for coverage. */
const STORY: ReadonlyArray<Term & { core: boolean }> = [
  { id: 'zuckerberg', skeletons: ['zuckerberg', '저커버그'], core: true },
  { id: 'personal-superintelligence', skeletons: ['personalsuperintelligence', '개인초지능', '개인용초지능'], core: true },
  { id: 'open-source', skeletons: ['opensource', '오픈소스'], core: true },
  { id: 'spokesperson', skeletons: ['spokesperson', '대변인'], core: false },
  { id: 'techcrunch', skeletons: ['techcrunch', '테크크런치'], core: false },
  { id: 'llama', skeletons: ['llama', '라마'], core: false },
];

/** Other events of Meta's open-source history: related, but not this story. */
const OTHER_EVENTS: readonly Term[] = [
  { id: 'behemoth', skeletons: ['behemoth', '베히모스', '비히모스'] },
  { id: 'letter-2024', skeletons: ['opensourceaiisthepathforward', '오픈소스ai가나아갈길', '오픈소스ai는앞으로나아갈길'] },
  { id: 'llama-4', skeletons: ['llama4', '라마4', 'maverick', '매버릭'] },
  { id: 'osi', skeletons: ['opensourceinitiative', '오픈소스이니셔티브', '오픈소스정의osaid', 'osaid'] },
  { id: 'lab-hiring', skeletons: ['superintelligencelabs', '초지능연구소', 'scaleai', '스케일ai', '영입', 'hired', 'hiring', 'paypackage'] },
];

function count(text: string, needle: string, cap = 50): number {
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1 && n < cap; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

function termCount(text: string, t: Term): number {
  let n = 0;
  for (const s of t.skeletons) n += count(text, s);
  return n;
}

export interface RelationInput {
  url: string;
  /** Skeleton of the title and the page text. */
  title: string;
  text: string;
  /** The edition detected (detect.ts). */
  detected: 'en' | 'ko' | null;
  editions: ReadonlyArray<Pick<Edition, 'lang' | 'url' | 'hosts'>>;
  /** Distinct key quotes found, by language and kind. */
  found: { en: { verbatim: number; any: number }; ko: { verbatim: number; any: number } };
  /** The edition's headline is on the page (or in its title). */
  headline: boolean;
  /** Korean fingerprint score around the Korean key quotes (0 when none). */
  koScore: number;
  /** Key quotes in the English edition. */
  enKeys: number;
}

function onHome(url: string, e: Pick<Edition, 'url' | 'hosts'>): boolean {
  if (isEditionUrl(url, e)) return true;
  const m = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url);
  return m !== null && e.hosts.includes(m[1]!.toLowerCase());
}

/** What the story's marks and other events say about a page's text, with reasons. */
export function coverageOf(text: string): { coverage: boolean; reasons: string[] } {
  const reasons: string[] = [];
  const counts = new Map(STORY.map((t) => [t.id, termCount(text, t)]));
  const missing = STORY.filter((t) => t.core && counts.get(t.id)! === 0).map((t) => t.id);
  const named = STORY.filter((t) => counts.get(t.id)! > 0).map((t) => t.id);
  if (missing.length > 0) return { coverage: false, reasons: named.length > 0 ? [`does not name ${missing.join(', ')}`] : [] };
  const extra = STORY.filter((t) => !t.core && counts.get(t.id)! > 0);
  if (extra.length === 0) return { coverage: false, reasons: ['names the story’s core but none of its other marks'] };
  const story = counts.get('personal-superintelligence')!;
  for (const e of OTHER_EVENTS) {
    const n = termCount(text, e);
    if (n >= 3 && n >= 2 * story) return { coverage: false, reasons: [`about another event: ${e.id} (${n}× against ${story}× personal superintelligence)`] };
  }
  reasons.push(...named);
  return { coverage: true, reasons };
}

export function decideRelation(input: RelationInput): Relation | null {
  const { detected, editions, found } = input;
  if (detected !== null) {
    const e = editions.find((x) => x.lang === detected);
    if (e !== undefined && onHome(input.url, e)) return { kind: 'edition', edition: detected, share: 1, reasons: ['the edition on its own site'] };
    const share = detected === 'ko' ? Math.min(1, input.koScore) : found.en.any / Math.max(1, input.enKeys);
    return { kind: 'copy', edition: detected, share, reasons: [`${detected === 'ko' ? 'the Korean' : 'the English'} edition, on another site`] };
  }
  if (found.ko.any >= 2 && input.koScore >= COPY_MIN_FINGERPRINT) {
    return { kind: 'copy', edition: 'ko', share: Math.min(1, input.koScore), reasons: [`${found.ko.any} Korean key quotes`, `the Korean edition’s fingerprint ${input.koScore.toFixed(2)}`] };
  }
  if ((input.headline && found.en.any >= EN_COPY_WITH_HEADLINE) || found.en.any >= EN_COPY_QUOTES) {
    return {
      kind: 'copy',
      edition: 'en',
      share: found.en.any / Math.max(1, input.enKeys),
      reasons: [...(input.headline ? ['the headline'] : []), `${found.en.any} of the ${input.enKeys} English key quotes`],
    };
  }
  const cov = coverageOf(`${input.title}${input.text}`);
  if (cov.coverage) return { kind: 'coverage', reasons: cov.reasons };
  const verbatim = found.en.verbatim + found.ko.verbatim;
  if (verbatim > 0) return { kind: 'quotes', reasons: [`${verbatim} key quote${verbatim === 1 ? '' : 's'} word for word`, ...cov.reasons] };
  return null;
}
