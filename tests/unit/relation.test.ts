// @vitest-environment jsdom
/**
 * How each fixture page relates to the story, and what is painted on it (issue 12): relation per kind, trimmed,
 * altered and rendered quotes, the known misquote, word and block boundaries; no false match on the Readability
 * pages and the hard negatives.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article } from '../../lib/dataset/article';
import { misquotes, misquoteText } from '../../lib/dataset/misquotes';
import fingerprints from '../../lib/dataset/fingerprints.json';
import { analyzeText, type Analysis } from '../../lib/recognition/analyze';
import type { Fingerprints } from '../../lib/recognition/fingerprint';
import { readPageText, type PageText } from '../../lib/page/page-text';
import { anchorsOf } from '../../lib/recognition/renderings';
import { keyQuotes } from '../../lib/dataset/article';

const DATA = { article, misquotes: misquotes.map((m) => ({ id: m.id, en: misquoteText(m) })) };
const FIXTURES = join(__dirname, '../fixtures');
const OTHER = 'https://news.example.test/2025/07/31/story';

function analyzeHtml(html: string, url = OTHER): { a: Analysis; pt: PageText } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const pt = readPageText(doc.body, { skipBlank: true });
  const a = analyzeText({ url, title: doc.title, text: pt.text, starts: pt.starts, breaks: pt.breaks }, DATA, fingerprints as Fingerprints);
  return { a, pt };
}
const analyzePage = (file: string, url?: string) => analyzeHtml(readFileSync(join(FIXTURES, 'pages', file), 'utf8'), url);
const summary = (a: Analysis) => a.matches.map((m) => `${m.quoteId.split('-')[0]}:${m.lang}:${m.kind}`).sort();

/** Expected relation and matches per fixture (the closing note's table is this). */
const EXPECTED: Record<string, { relation: string | null; matches: string[] }> = {
  'story-en-rewrite.html': { relation: 'coverage', matches: ['q1:en:part', 'q10:en:part', 'q2:en:part', 'q2:en:part'] },
  'story-ko-own-translation.html': { relation: 'coverage', matches: ['q10:ko:rendering', 'q1:ko:rendering', 'q2:ko:rendering', 'q9:ko:rendering'] },
  'story-en-spun-copy.html': {
    relation: 'copy:en',
    matches: ['q10:en:altered', 'q1:en:altered', 'q2:en:altered', 'q3:en:altered', 'q4:en:altered', 'q5:en:quote', 'q9:en:altered'],
  },
  'story-ko-portal-half.html': { relation: 'copy:ko', matches: ['q1:ko:quote', 'q2:ko:quote', 'q3:ko:quote', 'q4:ko:quote', 'q5:ko:quote'] },
  'story-en-misquote.html': { relation: 'coverage', matches: ['m1:en:misquote'] },
  'story-en-misquote-refuted.html': { relation: 'coverage', matches: ['m1:en:misquote'] },
  'story-ko-misquote.html': { relation: 'coverage', matches: ['m1:en:misquote'] },
  'story-en-quote-aggregator.html': { relation: 'quotes', matches: ['q1:en:quote', 'q9:en:quote'] },
  'story-neg-en-behemoth.html': { relation: 'quotes', matches: ['q10:en:quote', 'q9:en:quote'] },
  'ko-other-translation.html': { relation: 'coverage', matches: [] },
  'ko-blog-quoting.html': { relation: 'coverage', matches: ['q10:ko:quote', 'q1:ko:quote', 'q2:ko:quote', 'q9:ko:quote'] },
  'ko-newsletter-unnamed.html': { relation: 'quotes', matches: ['q10:ko:quote', 'q9:ko:quote'] },
  'en-report.html': { relation: 'coverage', matches: ['q1:en:quote', 'q2:en:quote', 'q8:en:quote'] },
  'ko-naver.html': { relation: 'copy:ko', matches: ['q10', 'q1', 'q2', 'q3', 'q4', 'q5', 'q8', 'q9'].map((q) => `${q}:ko:quote`) },
  'unrelated-zuckerberg-mention.html': { relation: null, matches: [] },
};
for (const f of readdirSync(join(FIXTURES, 'pages')).filter((f) => f.startsWith('story-neg-') && f !== 'story-neg-en-behemoth.html')) {
  EXPECTED[f] = { relation: null, matches: [] };
}

const relationOf = (a: Analysis) => (a.relation ? `${a.relation.kind}${a.relation.edition ? `:${a.relation.edition}` : ''}` : null);

describe('relation and matches on the fixture pages', () => {
  for (const [file, want] of Object.entries(EXPECTED)) {
    it(file, () => {
      const { a } = analyzePage(file);
      expect(relationOf(a)).toBe(want.relation);
      expect(summary(a)).toEqual([...want.matches].sort());
    });
  }

  it('an edition on its own site is `edition`; elsewhere a `copy`, with how much of it the page carries', () => {
    expect(analyzePage('ko-aimatters.html', article.editions[1]!.url).a.relation).toMatchObject({ kind: 'edition', edition: 'ko' });
    expect(analyzePage('en-techcrunch.html', article.editions[0]!.url).a.relation).toMatchObject({ kind: 'edition', edition: 'en' });
    const half = analyzePage('story-ko-portal-half.html').a.relation!;
    expect(half.share).toBeGreaterThan(0.4);
    expect(half.share).toBeLessThan(0.8);
  });

  it('gives the reasons for coverage', () => {
    expect(analyzePage('story-en-rewrite.html').a.relation!.reasons).toEqual(expect.arrayContaining(['zuckerberg', 'personal-superintelligence', 'open-source', 'spokesperson']));
  });
});

describe('word and block boundaries', () => {
  it('never paints from inside a word (“ta’s position…” of “Meta’s”)', () => {
    const { a, pt } = analyzePage('story-en-rewrite.html');
    for (const m of a.matches) {
      expect(/[\p{L}\p{N}]/u.test(pt.text[m.start - 1] ?? ' ') && /[\p{L}\p{N}’']/u.test(pt.text[m.start - 1]!)).toBe(false);
      expect(pt.text.slice(m.start, m.end)).not.toMatch(/^ta’s/);
    }
  });

  it('never takes in a side column to complete a quote the page cut short', () => {
    const { a, pt } = analyzePage('story-en-rewrite.html');
    for (const m of a.matches) expect(pt.text.slice(m.start, m.end)).not.toMatch(/Most read|Five t/);
    const cut = a.matches.find((m) => pt.text.slice(m.start, m.end).startsWith('be “rigorous'))!;
    expect(pt.text.slice(cut.start, cut.end)).toBe('be “rigorous about mitigating these risks and careful about what we choose to');
  });

  it('an exact quote split across two blocks (a paragraph and a side column) is not taken whole', () => {
    const q = article.quotes[0]!.en;
    const cut = q.indexOf('as broadly');
    const html = `<p>Zuckerberg on personal superintelligence and open source: “${q.slice(0, cut)}</p><aside><p>${q.slice(cut)} Most read</p></aside>`;
    const { a, pt } = analyzeHtml(html);
    for (const m of a.matches) expect(pt.text.slice(m.start, m.end)).not.toContain('Most read');
    expect(a.matches.every((m) => m.kind !== 'quote')).toBe(true);
  });

  it('words split across inline elements still match whole', () => {
    const { a } = analyzeHtml(`<p>“We believe the <em>bene</em>fits of superintelligence should be shared with the <a href="#">world</a> as broadly as possible.”</p>`);
    expect(summary(a)).toEqual(['q1:en:quote']);
  });
});

describe('no false match', () => {
  it('0 highlights and relation none on the 32 Readability pages', () => {
    const dir = join(FIXTURES, 'readability');
    const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(files).toHaveLength(32);
    for (const f of files) {
      const { a } = analyzeHtml(readFileSync(join(dir, f), 'utf8'));
      expect(a.matches, f).toEqual([]);
      expect(a.relation, f).toBeNull();
    }
  });

  it('bad input: quotation marks everywhere, one or two words of a quote, mixed languages, junk: nothing false, nothing thrown', () => {
    const noisy = Array.from({ length: 400 }, (_, i) => `“${i % 2 ? 'open' : 'superintelligence'}” "source" ‘models’ “안전” 「오픈소스」`).join(' ');
    const pages = [
      `<p>${noisy}</p>`,
      '<p>Zuckerberg said Meta would be “careful” and “rigorous” about open source, calling superintelligence “novel”.</p>',
      '<p>Zuckerberg 저커버그 personal superintelligence 개인 초지능 open source 오픈소스 spokesperson 대변인 “초지능” “open source”.</p>',
      `<p>${'“'.repeat(5000)}${'”'.repeat(5000)}</p>`,
    ];
    for (const html of pages) {
      const { a } = analyzeHtml(html);
      expect(a.matches.filter((m) => m.kind !== 'misquote')).toEqual([]);
    }
  });

  it('the misquote refuted is painted as the misquote, never as a key quote', () => {
    const { a } = analyzePage('story-en-misquote-refuted.html');
    expect(a.matches.map((m) => m.kind)).toEqual(['misquote']);
  });
});

describe('renderings', () => {
  it('each key quote has at least 3 anchors from the lexicon (both its texts carry them)', () => {
    for (const q of keyQuotes(article)) expect(anchorsOf(q).length, q.id).toBeGreaterThanOrEqual(3);
  });

  it('are found only on pages that relate to the story', () => {
    const body = readFileSync(join(FIXTURES, 'pages', 'story-ko-own-translation.html'), 'utf8')
      .replace(/저커버그|개인 초지능|테크크런치|대변인/g, '');
    const { a } = analyzeHtml(body);
    expect(a.relation).toBeNull();
    expect(a.matches).toEqual([]);
  });
});
