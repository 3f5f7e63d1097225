// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, editionByLang, keyQuotes } from '../../lib/dataset/article';
import fingerprintsJson from '../../lib/dataset/fingerprints.json';
import {
  cheapCheck,
  detectEdition,
  EN_MIN_QUOTES,
  isEditionUrl,
  KO_MIN_FINGERPRINT,
  KO_MIN_QUOTES,
  type Detection,
} from '../../lib/recognition/detect';
import { namesTheStory, SEPARATORS, STORY_TERMS, urlPath } from '../../lib/recognition/cheap-check';
import { toSkeleton } from '../../lib/text/normalize';
import { sampleText } from '../../lib/page/sample-text';
import { skeletonOf } from './support/skeleton-of';
import { findQuotes, prepareNeedles } from '../../lib/recognition/match';
import type { Fingerprints } from '../../lib/recognition/fingerprint';

const fingerprints = fingerprintsJson as Fingerprints;
const FIXTURES = join(__dirname, '../fixtures');
const READABILITY = join(FIXTURES, 'readability');
const NEEDLES = prepareNeedles(keyQuotes(article));
const TC = editionByLang(article, 'en')!;
const KO = editionByLang(article, 'ko')!;
const OTHER_URL = 'https://blog.example.test/2025/07/31/post';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function load(file: string): Document {
  return parse(readFileSync(join(FIXTURES, 'pages', file), 'utf8'));
}

/** What the scan does after the cheap check, on a document. */
function detect(doc: Document, url = OTHER_URL): Detection & { quotes: string[] } {
  const index = skeletonOf(doc.body);
  const matches = findQuotes(index.text, NEEDLES);
  const d = detectEdition({ url, title: doc.title, text: index.text, matches, fingerprints, article });
  return { ...d, quotes: [...new Set(matches.map((m) => `${m.quoteId}:${m.lang}`))] };
}

describe('isEditionUrl / cheapCheck by URL', () => {
  const path = new URL(TC.url).pathname; // /2025/07/30/<slug>/
  const yes = [
    TC.url,
    `https://techcrunch.com${path}?utm_source=x&utm_medium=y`,
    `https://techcrunch.com${path}amp/`,
    `https://techcrunch.com${path}?amp=1`,
    `http://www.techcrunch.com${path.replace(/\/$/, '')}`,
    `https://TECHCRUNCH.com${path}#comments`,
    `https://web.archive.org/web/20250730183211/${TC.url}`,
    `https://web.archive.org/web/20250731000000*/techcrunch.com${path}`,
    `https://web.archive.org/web/20250730183211id_/http://techcrunch.com${path}amp/`,
    `https://archive.ph/2025.07.30-183211/${TC.url}`,
    `https://archive.today/newest/${TC.url}`,
    `https://techcrunch-com.cdn.ampproject.org/c/s/techcrunch.com${path}amp/`,
  ];
  const no = [
    'https://techcrunch.com/2025/07/30/another-story/',
    `https://techcrunch.com${path}extra/`,
    `https://evil.example/?u=${encodeURIComponent(TC.url)}`,
    `https://example.com${path}`,
    `https://web.archive.org/web/2025/https://example.com${path}`,
    'not a url',
    '',
  ];

  it('recognises the TechCrunch article in all its usual forms', () => {
    for (const u of yes) {
      expect(isEditionUrl(u, TC), u).toBe(true);
      expect(cheapCheck({ url: u, title: '', sample: '' }, article), u).toBe(true);
    }
    expect(isEditionUrl(KO.url, KO)).toBe(true);
    expect(isEditionUrl(`${KO.url}?page=1`, KO)).toBe(true);
  });

  it('does not take other URLs for it', () => {
    for (const u of no) expect(isEditionUrl(u, TC), u).toBe(false);
    // A different story on the same site, with an unrelated title, stops at the cheap check.
    expect(cheapCheck({ url: no[0]!, title: 'Startup raises a round', sample: 'Funding news.' }, article)).toBe(false);
  });
});

describe('namesTheStory and urlPath, with string operations only', () => {
  /** The shared fold's answer: a story term in the text's skeleton. */
  const reference = (text: string) => STORY_TERMS.some((term) => toSkeleton(text).includes(term));

  it('removes exactly what the shared fold removes among its separators, and lower-cases as it does', () => {
    for (const ch of SEPARATORS) expect(toSkeleton(`a${ch}b`), JSON.stringify(ch)).toBe('ab');
    for (const term of STORY_TERMS) expect(toSkeleton(term)).toBe(term);
  });

  it('answers as the shared fold (toSkeleton) does, on random text made of the terms’ pieces, separators and other letters', () => {
    // Term letters in both cases, Hangul composed and decomposed, separators of every kind, and other marks.
    const pieces = [
      ...'zuckerbgsupintlZUCKERBGSUPINTL',
      ...'저커버그초지능',
      ...'저커버그초지능'.normalize('NFD'),
      ...' -\u00ad\u200b\u200c\u200d\u2060\u2010\u2013\u2015\n\t\u00a0\u2009\u3000\ufeff\u2028\u202f',
      ...'메타라마 xyz',
      'zuckerberg', 'ZUCKER', 'berg', 'superintelligence', 'super', 'intelligen', '저커버그', '저커', '초지능', '초', '지능',
      '저커버그'.normalize('NFD'), '초지능'.normalize('NFD'), 'Zucker\u00adberg', 'super-intelligence', '초 지능',
    ];
    let seed = 12345;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let named = 0;
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      for (let j = random(12); j >= 0; j--) text += pieces[random(pieces.length)];
      const want = reference(text);
      expect(namesTheStory(text), JSON.stringify(text)).toBe(want);
      if (want) named++;
    }
    // Both answers occur often enough for the comparison to mean something.
    expect(named).toBeGreaterThan(1000);
    expect(named).toBeLessThan(19_000);
  });

  it('reads a URL’s path as new URL() does, percent-decoded', () => {
    const urls = [
      ...Object.values(JSON.parse(readFileSync(join(READABILITY, 'urls.json'), 'utf8')) as Record<string, string | null>).filter((u): u is string => !!u),
      TC.url,
      KO.url,
      `${TC.url}?amp=1#comments`,
      'https://news.example/zuckerberg-letter',
      'https://n.news.naver.com/mnews/article/001/0015512345?sid=105',
      'https://example.com',
      'https://example.com?x=/y#/z',
      'https://example.com#/a/b',
      'http://user:pw@example.com:8080/a/b;c?d#e',
      `https://news.example/${encodeURIComponent('저커버그-서한')}/`,
      'https://example.com/100%/off',
      'https://web.archive.org/web/20250730183211/https://techcrunch.com/2025/07/30/x/',
    ];
    for (const u of urls) {
      const pathname = new URL(u).pathname;
      let decoded = pathname;
      try {
        decoded = decodeURIComponent(pathname);
      } catch {
        // kept as it is, as urlPath does
      }
      expect(urlPath(u), u).toBe(decoded);
    }
    expect(urlPath('not a url')).toBe('');
    expect(urlPath('')).toBe('');
  });
});

describe('cheapCheck by terms', () => {
  it('lets through pages naming the story, in either language and any typography', () => {
    const url = OTHER_URL;
    expect(cheapCheck({ url, title: 'ZUCKERBERG’s letter', sample: '' }, article)).toBe(true);
    expect(cheapCheck({ url, title: '', sample: 'on super-intelligence and more' }, article)).toBe(true);
    expect(cheapCheck({ url, title: '', sample: 'Personal Superintelligence' }, article)).toBe(true);
    expect(cheapCheck({ url, title: '저커버그의 서한'.normalize('NFD'), sample: '' }, article)).toBe(true);
    expect(cheapCheck({ url, title: '', sample: '‘개인 초지능’ 비전' }, article)).toBe(true);
    expect(cheapCheck({ url, title: '', sample: 'Zucker\u00adberg' }, article)).toBe(true);
    expect(cheapCheck({ url: 'https://news.example/zuckerberg-letter', title: '', sample: '' }, article)).toBe(true);
  });

  it('stops pages about Meta or llamas but not the story, and odd input', () => {
    const url = OTHER_URL;
    expect(cheapCheck({ url, title: 'Meta releases Llama 4', sample: 'Meta’s Llama models are open weights. 메타 라마' }, article)).toBe(false);
    expect(cheapCheck({ url, title: 'Llama farm open day', sample: 'Llamas and alpacas.' }, article)).toBe(false);
    expect(cheapCheck({ url: '', title: '', sample: '' }, article)).toBe(false);
    expect(cheapCheck(null as unknown as { url: string; title: string; sample: string }, article)).toBe(false);
  });
});

describe('detectEdition on the fixture pages', () => {
  it('detects the Korean edition and its syndicated copies, and says why', () => {
    for (const f of ['ko-aimatters.html', 'ko-naver.html', 'ko-daum.html']) {
      const d = detect(load(f));
      expect(d.edition, `${f}: ${d.reason}`).toBe('ko');
      expect(d.quotes.filter((q) => q.endsWith(':ko'))).toHaveLength(8);
      expect(d.score.ko).toBeGreaterThanOrEqual(KO_MIN_FINGERPRINT);
      expect(d.reason).toMatch(/8\/8 Korean key quotes/);
    }
  });

  it('still detects a Korean copy whose quotes were edited (fuzzy matches)', () => {
    const doc = load('ko-naver.html');
    const body = doc.getElementById('dic_area')!;
    const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const edits: Array<[string, string]> = [
      ['광범위하게', '폭넓게'],
      ['변하지', '바뀌지'],
      ['모델들이', '모델이'],
    ];
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      for (const [a, b] of edits) (n as Text).data = (n as Text).data.replace(a, b);
    }
    const index = skeletonOf(doc.body);
    const matches = findQuotes(index.text, NEEDLES);
    expect(matches.filter((m) => !m.exact && m.errors > 0)).toHaveLength(3);
    const d = detectEdition({ url: OTHER_URL, title: doc.title, text: index.text, matches, fingerprints, article });
    expect(d.edition).toBe('ko');
    expect(d.score.ko).toBeGreaterThan(0.9);
  });

  it('does not take a blog quoting two paragraphs for the edition, though its quotes are found', () => {
    const d = detect(load('ko-blog-quoting.html'));
    expect(d.edition).toBeNull();
    expect(d.quotes.sort()).toEqual(
      ['q1-letter-benefits', 'q2-letter-safety-open-source', 'q9-spokesperson-unchanged', 'q10-spokesperson-mix']
        .map((id) => `${keyQuotes(article).find((q) => q.id.startsWith(id.split('-')[0]!))!.id}:ko`)
        .sort(),
    );
    expect(d.quotes.length).toBeGreaterThanOrEqual(KO_MIN_QUOTES); // enough quotes: the fingerprint decides
    expect(d.score.ko).toBeLessThan(KO_MIN_FINGERPRINT);
    expect(d.score.ko).toBeGreaterThan(0.1);
  });

  it('does not take another outlet’s translation for the edition', () => {
    const d = detect(load('ko-other-translation.html'));
    expect(d.edition).toBeNull();
    expect(d.quotes).toEqual([]);
  });

  it('detects the English edition by headline and quotes, or by URL', () => {
    const doc = load('en-techcrunch.html');
    const d = detect(doc);
    expect(d.edition).toBe('en');
    expect(d.reason).toMatch(/headline and 8\/8 English key quotes/);
    expect(d.score.en).toBe(1);
    expect(detect(doc, TC.url).edition).toBe('en');
    expect(detect(doc, TC.url).reason).toMatch(/URL/);
  });

  it('wants the headline and at least 6 English key quotes', () => {
    // The headline without enough quotes: en-late before its article arrives, en-report's own headline.
    expect(EN_MIN_QUOTES).toBe(6);
    const late = detect(load('en-late.html'));
    expect(late.edition).toBeNull();
    const report = detect(load('en-report.html'));
    expect(report.edition).toBeNull();
    expect(report.quotes).toHaveLength(3);
    expect(report.score.en).toBeCloseTo(3 / 8);
    // All quotes but no headline: not the edition.
    const doc = load('en-techcrunch.html');
    doc.title = 'Some page';
    doc.querySelector('h1')!.textContent = 'A roundup of quotes';
    expect(detect(doc).edition).toBeNull();
    // The headline and only 5 quotes: not the edition.
    const doc5 = load('en-techcrunch.html');
    for (const p of doc5.querySelectorAll('.article-content p')) {
      if (/We believe the benefits|That said|Starting next year/.test(p.textContent ?? '')) p.remove();
    }
    const d5 = detect(doc5);
    expect(d5.quotes).toHaveLength(5);
    expect(d5.edition).toBeNull();
  });

  it('finds no edition on an unrelated page naming Zuckerberg', () => {
    const d = detect(load('unrelated-zuckerberg-mention.html'));
    expect(d.edition).toBeNull();
    expect(d.quotes).toEqual([]);
  });

  it('never throws on odd input', () => {
    const d = detectEdition({ url: 'x', title: 'y', text: null as unknown as string, matches: null as unknown as [], fingerprints, article });
    expect(d.edition).toBeNull();
    const e = detectEdition({ url: 'x', title: 'y', text: 'abc', matches: [], fingerprints: {}, article: { editions: [], quotes: [] } });
    expect(e.edition).toBeNull();
    expect(detectEdition(null as unknown as Parameters<typeof detectEdition>[0]).edition).toBeNull();
  });
});

describe('the readability pages', () => {
  const urls = JSON.parse(readFileSync(join(READABILITY, 'urls.json'), 'utf8')) as Record<string, string | null>;
  const pages = readdirSync(READABILITY).filter((f) => f.endsWith('.html')).sort();

  it('mostly stop at the cheap check; none is an edition; the CNET page about Zuckerberg passes it, the llama page does not', () => {
    expect(pages).toHaveLength(32);
    const passed: string[] = [];
    for (const f of pages) {
      const doc = parse(readFileSync(join(READABILITY, f), 'utf8'));
      const url = urls[f] ?? `https://example.test/${f}`;
      if (cheapCheck({ url, title: doc.title, sample: sampleText(doc, 4000) }, article)) passed.push(f);
      const d = detect(doc, url);
      expect(d.edition, f).toBeNull();
      expect(d.quotes, f).toEqual([]);
    }
    expect(passed).toContain('cnet.html');
    expect(passed).not.toContain('archive-of-our-own.html');
    expect(passed.length).toBeLessThanOrEqual(4);
  });
});
