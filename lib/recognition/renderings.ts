/**
 * Other renderings of a key quote (another outlet's translation, a close paraphrase in reported speech), found
 * by method, not by stored wording: a small bilingual lexicon of concepts (CONCEPTS: general vocabulary in both
 * languages); each quote's anchors are the concepts both its English text and the Korean edition's translation
 * carry. A passage on a page that relates to the story is a rendering of a quote when it is given as speech
 * (within quotation marks, or a sentence with a speech verb), its length is near the quote's in that language,
 * and it carries all but at most one of the quote's anchors (all of them when the quote has four or fewer),
 * and no other quote comes as close. A passage that gives the gist (fewer anchors) or adds a claim (too long)
 * stays unpainted. Pure; bounded by the page's sentences.
 */
import type { MatchLang } from './match';
import { sourceEnd, type PageSkeleton } from './page-skeleton';
import { toSkeleton } from '../text/normalize';

/** Concept → skeleton stems in each language (any one counts). */
export const CONCEPTS: Readonly<Record<string, { en: readonly string[]; ko: readonly string[] }>> = {
  superintelligence: { en: ['superintelligen'], ko: ['초지능'] },
  benefit: { en: ['benefit'], ko: ['혜택', '이익', '이점'] },
  share: { en: ['shar'], ko: ['공유', '나누', '나눠'] },
  world: { en: ['world'], ko: ['세상', '세계'] },
  broadly: { en: ['broad', 'widely'], ko: ['광범위', '널리', '폭넓'] },
  believe: { en: ['believ'], ko: ['믿'] },
  novel: { en: ['novel', 'new'], ko: ['새로운', '새롭'] },
  safety: { en: ['safety'], ko: ['안전'] },
  concern: { en: ['concern'], ko: ['우려', '걱정'] },
  risk: { en: ['risk'], ko: ['위험'] },
  mitigate: { en: ['mitigat'], ko: ['완화'] },
  rigorous: { en: ['rigor'], ko: ['엄격', '철저'] },
  careful: { en: ['careful'], ko: ['신중'] },
  'open-source': { en: ['opensourc'], ko: ['오픈소스'] },
  choose: { en: ['choos', 'choice'], ko: ['선택', '고르', '골라'] },
  'next-year': { en: ['nextyear'], ko: ['내년'] },
  llama: { en: ['llama'], ko: ['라마'] },
  advanced: { en: ['advanced'], ko: ['앞선', '앞서', '진보'] },
  industry: { en: ['industry'], ko: ['업계', '산업'] },
  qualitative: { en: ['qualitativ'], ko: ['질적'] },
  change: { en: ['chang'], ko: ['변화', '변하', '변함', '달라'] },
  responsible: { en: ['responsib'], ko: ['책임'] },
  revenue: { en: ['revenue'], ko: ['수익', '매출'] },
  sustainability: { en: ['sustainab'], ko: ['지속가능', '지속성'] },
  invest: { en: ['invest'], ko: ['투자'] },
  research: { en: ['research'], ko: ['연구'] },
  closed: { en: ['closed'], ko: ['비공개', '폐쇄'] },
  provider: { en: ['provider'], ko: ['제공업체', '제공사', '업체'] },
  glasses: { en: ['glasses'], ko: ['안경'] },
  hear: { en: ['hear'], ko: ['듣', '들을'] },
  context: { en: ['context'], ko: ['맥락'] },
  device: { en: ['device'], ko: ['기기', '장치', '디바이스'] },
  computing: { en: ['comput'], ko: ['컴퓨팅', '컴퓨터'] },
  primary: { en: ['primary', 'main'], ko: ['주요', '주된', '주력'] },
  position: { en: ['position', 'stance'], ko: ['입장'] },
  plan: { en: ['plan'], ko: ['계획'] },
  continue: { en: ['continu'], ko: ['계속', '이어'] },
  leading: { en: ['leading'], ko: ['선도'] },
  historically: { en: ['histor'], ko: ['역사적'] },
  mix: { en: ['mix'], ko: ['혼합', '섞'] },
  train: { en: ['train'], ko: ['훈련', '학습'] },
  expect: { en: ['expect'], ko: ['예상', '기대'] },
};

interface Anchored {
  id: string;
  concepts: string[];
  length: Record<MatchLang, number>;
}

export interface RenderingQuote {
  id: string;
  role: string;
  en: string;
  ko: string | null;
}

const has = (sk: string, stems: readonly string[]) => stems.some((s) => sk.includes(s));

/** A quote's anchors: the concepts its English text and its Korean translation both carry. */
export function anchorsOf(q: Pick<RenderingQuote, 'en' | 'ko'>): string[] {
  if (q.ko === null) return [];
  const en = toSkeleton(q.en);
  const ko = toSkeleton(q.ko);
  return Object.entries(CONCEPTS)
    .filter(([, c]) => has(en, c.en) && has(ko, c.ko))
    .map(([id]) => id);
}

const anchorCache = new WeakMap<object, Anchored[]>();

function anchored(quotes: readonly RenderingQuote[]): Anchored[] {
  let a = anchorCache.get(quotes);
  if (a === undefined) {
    a = quotes
      .filter((q) => q.role === 'key' && q.ko !== null)
      .map((q) => ({ id: q.id, concepts: anchorsOf(q), length: { en: toSkeleton(q.en).length, ko: toSkeleton(q.ko!).length } }))
      .filter((q) => q.concepts.length >= 3);
    anchorCache.set(quotes, a);
  }
  return a;
}

/** Sentences (with a speech verb) and quoted passages, as page-text spans [a, b). */
const SENTENCE = /[^.!?。]+(?:[.!?。]+["'”’」』)]*|$)/g;
const QUOTED = /[“"‘「『]([^“”"‘’「」『』]{12,400})[”"’」』]/g;
const SPEECH_EN = /\b(?:said|says|wrote|writes|added|adds|told|explained|according to|noted|stated)\b/i;
const SPEECH_KO = /(?:말했|밝혔|썼|적었|덧붙였|강조했|설명했|답했|전했|언급했|라고|이라며|라며)/;

export interface RenderingSpan {
  quoteId: string;
  lang: MatchLang;
  /** Skeleton span. */
  start: number;
  end: number;
  kind: 'rendering';
}

/** First skeleton index whose source starts at or after page offset u. */
function skeletonAt(sk: PageSkeleton, u: number): number {
  let lo = 0;
  let hi = sk.from.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sk.from[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Renderings of the article's key quotes in the page (see the module comment); `taken` spans are skipped. */
export function findRenderings(
  sk: PageSkeleton,
  text: string,
  article: { quotes: readonly RenderingQuote[] },
  taken: ReadonlyArray<{ start: number; end: number; quoteId: string }>,
): RenderingSpan[] {
  const out: RenderingSpan[] = [];
  try {
    const quotes = anchored(article.quotes);
    if (quotes.length === 0 || sk.text.length === 0) return out;
    const blocks = [0, ...sk.blocks, sk.text.length];
    for (let b = 0; b + 1 < blocks.length && out.length < 40; b++) {
      const s0 = blocks[b]!;
      const s1 = blocks[b + 1]!;
      if (s1 <= s0) continue;
      const u0 = sk.from[s0]!;
      const u1 = sourceEnd(sk, s1 - 1);
      const block = text.slice(u0, u1);
      if (block.length > 20_000) continue;
      const candidates: Array<[number, number]> = [];
      // Quoted passages (direct speech), then sentences with a speech verb and no quotation marks (reported speech).
      for (const q of block.matchAll(QUOTED)) candidates.push([q.index! + 1, q.index! + 1 + q[1]!.length]);
      for (const m of block.matchAll(SENTENCE)) {
        const sentence = m[0];
        if (/[“”"「」『』]/.test(sentence)) continue;
        if (SPEECH_EN.test(sentence) || SPEECH_KO.test(sentence)) candidates.push([m.index!, m.index! + sentence.length]);
      }
      for (const [a, z] of candidates) {
        const sa = skeletonAt(sk, u0 + a);
        const sz = skeletonAt(sk, u0 + z);
        if (sz <= sa || taken.some((t) => sa < t.end && t.start < sz)) continue;
        const piece = sk.text.slice(sa, sz);
        const lang: MatchLang = /[\uac00-\ud7a3]/.test(piece) ? 'ko' : 'en';
        let best: { id: string; score: number } | null = null;
        let tie = false;
        for (const q of quotes) {
          const ratio = piece.length / q.length[lang];
          if (ratio < 0.5 || ratio > 1.6) continue;
          const hits = q.concepts.filter((c) => has(piece, CONCEPTS[c]![lang])).length;
          const missing = q.concepts.length - hits;
          if (missing > (q.concepts.length <= 4 ? 0 : 1)) continue;
          const score = hits / q.concepts.length;
          if (best === null || score > best.score) {
            best = { id: q.id, score };
            tie = false;
          } else if (score === best.score) tie = true;
        }
        if (best !== null && !tie) out.push({ quoteId: best.id, lang, start: sa, end: sz, kind: 'rendering' });
      }
    }
  } catch {
    // Odd input: what was found so far.
  }
  return out;
}
