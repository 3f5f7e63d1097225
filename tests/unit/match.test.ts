// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Spy on the Myers search, to check that it only ever sees small windows.
const searchCalls: Array<{ textLength: number; patternLength: number; maxErrors: number }> = [];
vi.mock('approx-string-match', async (importOriginal) => {
  const real = (await importOriginal()) as { default: (t: string, p: string, k: number) => unknown };
  return {
    default: (text: string, pattern: string, maxErrors: number) => {
      searchCalls.push({ textLength: text.length, patternLength: pattern.length, maxErrors });
      return real.default(text, pattern, maxErrors);
    },
  };
});

import { article, keyQuotes } from '../../lib/dataset/article';
import { rangeOfSkeleton, skeletonOf } from './support/skeleton-of';
import { errorBudget, findQuotes, prepareNeedles, REGEX_SCAN_CHARS, scanPieces, scanPiecesByHash, scanPiecesByRegex, type Needle, type QuoteMatch } from '../../lib/recognition/match';
import { toSkeleton } from '../../lib/text/normalize';

const FIXTURES = join(__dirname, '../fixtures');
const READABILITY = join(FIXTURES, 'readability');
const KEY = keyQuotes(article);
const NEEDLES = prepareNeedles(KEY);
const FABRICATED = "We probably won't open source all of our superintelligence AI models. Some capabilities are just too powerful to release openly.";

function quote(id: string) {
  const q = KEY.find((k) => k.id.startsWith(id));
  if (q === undefined) throw new Error(`no key quote ${id}`);
  return q;
}

function find(text: string, needles: Needle[] = NEEDLES): QuoteMatch[] {
  return findQuotes(toSkeleton(text), needles);
}

function ids(matches: QuoteMatch[]): string[] {
  return matches.map((m) => `${m.quoteId}:${m.lang}`);
}

function pageText(file: string): string {
  const doc = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
  return skeletonOf(doc.body).text;
}

afterEach(() => {
  searchCalls.length = 0;
});

describe('prepareNeedles', () => {
  it('makes one needle per language with text, from the real dataset', () => {
    expect(KEY).toHaveLength(8);
    expect(NEEDLES).toHaveLength(16);
    for (const q of KEY) {
      expect(NEEDLES.find((n) => n.quoteId === q.id && n.lang === 'en')?.skeleton).toBe(toSkeleton(q.en));
      expect(NEEDLES.find((n) => n.quoteId === q.id && n.lang === 'ko')?.skeleton).toBe(toSkeleton(q.ko!));
    }
    const context = article.quotes.find((q) => q.ko === null)!;
    expect(prepareNeedles([context]).map((n) => n.lang)).toEqual(['en']);
  });

  it('skips odd input', () => {
    expect(prepareNeedles([{ id: 'x', en: ' — ', ko: null }])).toEqual([]);
    expect(prepareNeedles(null as unknown as [])).toEqual([]);
    expect(prepareNeedles([null as unknown as { id: string; en: string; ko: null }])).toEqual([]);
  });
});

describe('findQuotes: exact', () => {
  it('finds every key quote in both languages, as written in the dataset', () => {
    for (const q of KEY) {
      expect(ids(find(`Before. “${q.en}” After.`))).toEqual([`${q.id}:en`]);
      expect(ids(find(`앞. “${q.ko}” 뒤.`))).toEqual([`${q.id}:ko`]);
    }
  });

  it('finds quotes whatever their typography', () => {
    const q2 = quote('q2').en;
    const variants = [
      q2.replace(/’/g, "'"),
      q2.toUpperCase(),
      q2.replace(/ /g, '\u00a0'),
      q2.replace(/ /g, '\n  '),
      q2.replace('open source', 'open-source'),
      q2.replace('open source', 'open\u2013source'),
      q2.replace('That said,', 'That said \u2014'),
      q2.replace('superintelligence', 'super\u00adintelli\u200bgence'),
      q2.replace(/ /g, '\u2009'),
    ];
    for (const v of variants) {
      const m = find(`“${v}”`);
      expect(ids(m), v).toEqual([`${quote('q2').id}:en`]);
      expect(m[0]!.exact).toBe(true);
      expect(m[0]!.errors).toBe(0);
    }
    const q1ko = quote('q1').ko!;
    for (const v of [q1ko.normalize('NFD'), q1ko.replace('가능한 한', '가능한한'), q1ko.replace(/ /g, '  '), q1ko.replace('광범위', '광범\u00ad위')]) {
      const m = find(`"${v}"`);
      expect(ids(m), v).toEqual([`${quote('q1').id}:ko`]);
      expect(m[0]!.exact).toBe(true);
    }
  });

  it('reports every occurrence, capped, non-overlapping and in text order', () => {
    const q9 = quote('q9').en;
    const m = find(`${q9}. Again: ${q9}. And ${q9}.`);
    expect(m).toHaveLength(3);
    expect(m.map((x) => x.start)).toEqual([...m.map((x) => x.start)].sort((a, b) => a - b));
    const many = findQuotes(toSkeleton(`${q9} `.repeat(20)), NEEDLES, { maxOccurrences: 5 });
    expect(many).toHaveLength(5);
  });
});

describe('findQuotes: fuzzy', () => {
  it('finds a syndication edit (a word changed) with errors > 0', () => {
    const q1 = quote('q1');
    const edited = q1.en.replace('broadly', 'widely');
    const m = find(`Zuckerberg: “${edited}”`);
    expect(ids(m)).toEqual([`${q1.id}:en`]);
    expect(m[0]!.exact).toBe(false);
    expect(m[0]!.errors).toBeGreaterThan(0);
    expect(m[0]!.errors).toBeLessThanOrEqual(errorBudget(toSkeleton(q1.en).length, 'en'));

    const q10 = quote('q10');
    const m2 = find(q10.en.replace('historically', 'in the past'));
    expect(ids(m2)).toEqual([`${q10.id}:en`]);
    expect(m2[0]!.errors).toBeGreaterThan(0);
  });

  it('finds Korean edits: a word changed, a particle changed', () => {
    const cases: Array<[string, string, string]> = [
      ['q1', '광범위하게', '폭넓게'],
      ['q9', '변하지', '바뀌지'],
      ['q3', '모델들이', '모델이'],
      ['q8', '하루 종일', '온종일'],
    ];
    for (const [id, from, to] of cases) {
      const q = quote(id);
      expect(q.ko).toContain(from);
      const m = find(`기사: “${q.ko!.replace(from, to)}”라고 말했다.`);
      expect(ids(m), `${id}: ${to}`).toEqual([`${q.id}:ko`]);
      expect(m[0]!.errors).toBeGreaterThan(0);
      expect(m[0]!.exact).toBe(false);
    }
  });

  it('maps a fuzzy match back to what a reader sees', () => {
    const q8 = quote('q8');
    const edited = q8.en.replace('primary', 'main');
    const doc = new DOMParser().parseFromString(`<p>He wrote that “${edited}” in the letter.</p>`, 'text/html');
    const index = skeletonOf(doc.body);
    const [m] = findQuotes(index.text, NEEDLES);
    expect(m?.quoteId).toBe(q8.id);
    const seen = toSkeleton(rangeOfSkeleton(index, m!.start, m!.end)!.toString());
    expect(seen).toBe(toSkeleton(edited));
  });

  it('never fuzzy-matches short text', () => {
    const needle: Needle = { quoteId: 'short', lang: 'en', skeleton: toSkeleton('open source model here') }; // 19 chars
    expect(needle.skeleton.length).toBe(19);
    expect(findQuotes(toSkeleton('we like open source model here'), [needle])).toHaveLength(1);
    expect(findQuotes(toSkeleton('we like open source models here'), [needle])).toHaveLength(0);
    expect(findQuotes(toSkeleton('we like open source mode here'), [needle])).toHaveLength(0);
    // One char longer, the same edits are within budget.
    const longer: Needle = { ...needle, skeleton: toSkeleton('open source models here') };
    expect(longer.skeleton.length).toBe(20);
    expect(findQuotes(toSkeleton('we like open source model here'), [longer])).toHaveLength(1);
    expect(errorBudget(19, 'en')).toBe(0);
    expect(errorBudget(19, 'ko')).toBe(0);
    // And nothing at all with fuzzy off.
    expect(findQuotes(toSkeleton(quote('q1').en.replace('broadly', 'widely')), NEEDLES, { fuzzy: false })).toEqual([]);
  });

  it('verifies candidates only in small windows, never the whole text', () => {
    const q4 = quote('q4');
    const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. '.repeat(2000);
    const text = `${filler}${q4.en.replace('qualitative', 'quantitative')}${filler}`;
    const m = find(text);
    expect(ids(m)).toEqual([`${q4.id}:en`]);
    expect(searchCalls.length).toBeGreaterThan(0);
    for (const c of searchCalls) expect(c.textLength).toBeLessThanOrEqual(c.patternLength + 2 * c.maxErrors + 64);
    expect(toSkeleton(text).length).toBeGreaterThan(100_000);
  });
});

describe('findQuotes: negatives', () => {
  it('never matches the fabricated quote, in any casing or wrapping', () => {
    for (const t of [FABRICATED, FABRICATED.toUpperCase(), `Zuckerberg said: “${FABRICATED}” Really.`, FABRICATED.repeat(3)]) {
      expect(find(t)).toEqual([]);
    }
  });

  it('does not match paraphrases of the quotes', () => {
    const paraphrases = [
      'The benefits of superintelligence should, we believe, be shared as broadly as possible with the world.',
      'Meta says its stance on open source AI has not changed.',
      'I think personal devices like glasses that can see what we see, hear what we hear, will become our main computing devices.',
      'Superintelligence will raise new safety concerns, so Meta will need to be careful about what it chooses to open source.',
      'He expected future Llama models to become the most advanced in the industry starting next year.',
      'Releasing Llama, he argued, does not hurt Meta’s revenue or its ability to invest in research the way it would for closed providers.',
      'Meta intends to keep releasing leading open models while also training closed ones.',
      '초지능이 가져올 혜택은 가능한 한 널리 세상과 나눠야 한다고 믿는다.',
      '오픈소스 AI에 대한 메타의 입장에는 변함이 없다.',
      '저커버그는 이 글에서 초지능이 가져올 이익이 최대한 많은 사람에게 돌아가야 한다고 강조했다.',
    ];
    for (const p of paraphrases) expect(find(p), p).toEqual([]);
  });

  it('finds nothing in another outlet’s own translation, and nothing in 32 real pages', () => {
    expect(findQuotes(pageText(join(FIXTURES, 'pages/ko-other-translation.html')), NEEDLES)).toEqual([]);
    const pages = readdirSync(READABILITY).filter((f) => f.endsWith('.html'));
    expect(pages).toHaveLength(32);
    for (const f of pages) expect(findQuotes(pageText(join(READABILITY, f)), NEEDLES), f).toEqual([]);
  });

  it('never throws on odd input', () => {
    expect(findQuotes('', NEEDLES)).toEqual([]);
    expect(findQuotes(null as unknown as string, NEEDLES)).toEqual([]);
    expect(findQuotes('abc', null as unknown as Needle[])).toEqual([]);
    expect(findQuotes('abc', [{ quoteId: 'x', lang: 'en', skeleton: '' }])).toEqual([]);
    expect(findQuotes('a'.repeat(1000), [{ quoteId: 'x', lang: 'en', skeleton: 'a'.repeat(40) }], { errorRate: 0.5 }).length).toBeGreaterThan(0);
    expect(findQuotes('ab'.repeat(500), [{ quoteId: 'x', lang: 'ko', skeleton: 'ba'.repeat(30) }], { errorRate: 2 }).length).toBeGreaterThan(0);
  });
});

describe.each([
  ['one regular expression (article-length texts)', scanPiecesByRegex],
  ['a rolling hash (long texts)', scanPiecesByHash],
])('scanPieces by %s', (_, scan) => {
  /** Every occurrence, by brute force: positions in text order, pieces at one position in list order. */
  function reference(text: string, pieces: Array<{ text: string }>): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let at = 0; at < text.length; at++) pieces.forEach((p, i) => p.text.length > 0 && text.startsWith(p.text, at) && out.push([i, at]));
    return out;
  }
  const scanned = (text: string, pieces: Array<{ text: string }>, stopAfter = Infinity) => {
    const out: Array<[number, number]> = [];
    scan(text, pieces, (p, at) => (out.push([pieces.indexOf(p), at]), out.length < stopAfter));
    return out;
  };

  it('finds every occurrence in text order, overlapping ones and pieces that start at the same place included', () => {
    const text = 'abcabcab.c(a)b*c저커버그저커';
    const pieces = [{ text: 'abc' }, { text: 'ab' }, { text: 'cab' }, { text: 'b.c' }, { text: '(a)' }, { text: 'b*c' }, { text: '저커' }, { text: 'abc' }, { text: '' }];
    expect(scanned(text, pieces)).toEqual(reference(text, pieces));
    expect(scanned(text, pieces).filter(([, at]) => at === 0)).toEqual([[0, 0], [1, 0], [7, 0]]);
  });

  it('agrees with brute force on random texts and pieces', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    const alphabet = 'ab.c*저커|';
    const word = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join('');
    for (let round = 0; round < 300; round++) {
      const text = word(rand(60));
      const pieces = Array.from({ length: 1 + rand(8) }, () => ({ text: rand(3) === 0 && text.length > 3 ? text.slice(rand(text.length - 2), rand(text.length) + 3) : word(1 + rand(4)) }));
      expect(scanned(text, pieces), JSON.stringify({ text, pieces })).toEqual(reference(text, pieces));
    }
  });

  it('stops when told', () => {
    expect(scanned('aaaa', [{ text: 'a' }], 2)).toEqual([[0, 0], [0, 1]]);
  });
});

describe('scanPieces', () => {
  it('scans an article-length text with the expression and a long one with the hash, finding the same', () => {
    const filler = 'x'.repeat(REGEX_SCAN_CHARS);
    const pieces = [{ text: 'needle' }, { text: 'need' }];
    for (const text of [`a needle ${filler.slice(20)}`, `a needle ${filler}`]) {
      const found: Array<[string, number]> = [];
      scanPieces(text, pieces, (p, at) => void found.push([p.text, at]));
      expect(found).toEqual([['needle', 2], ['need', 2]]);
    }
  });
});
