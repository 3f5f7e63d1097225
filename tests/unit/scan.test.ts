// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { article, editionByLang, keyQuotes } from '../../lib/dataset/article';
import fingerprintsJson from '../../lib/dataset/fingerprints.json';
import { scanPage, SCAN_MEASURE, type AnalyzeRequest, type ScanResult } from '../../lib/page/scan';
import type { TextPart } from '../../lib/page/text-handover';
import { analyzeText, type AnalyzeInput } from '../../lib/recognition/analyze';
import type { Fingerprints } from '../../lib/recognition/fingerprint';
import { toSkeleton } from '../../lib/text/normalize';

const fingerprints = fingerprintsJson as Fingerprints;
const FIXTURES = join(__dirname, '../fixtures');
const READABILITY = join(FIXTURES, 'readability');
const KEY = keyQuotes(article);
const TC_URL = editionByLang(article, 'en')!.url;
const OTHER_URL = 'https://blog.example.test/post';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function load(file: string): Document {
  return parse(readFileSync(join(FIXTURES, 'pages', file), 'utf8'));
}

const noWait = () => Promise.resolve();
/** What the background does for the content script. */
const analyze = (input: AnalyzeInput) => analyzeText(input, article, fingerprints);

function scan(doc: Document, url = OTHER_URL, extra: Partial<Parameters<typeof scanPage>[1]> = {}): Promise<ScanResult> {
  return scanPage(doc, { url, article, analyze, yieldToMain: noWait, ...extra });
}

/** Each found quote's ranges, as a reader sees them, must read as the quote (exact) or close to it (fuzzy). */
function expectRangesReadAsQuotes(result: ScanResult): void {
  for (const f of result.found) {
    const q = KEY.find((k) => k.id === f.quoteId)!;
    const want = toSkeleton(f.lang === 'en' ? q.en : q.ko!);
    expect(f.ranges.length).toBeGreaterThan(0);
    for (const r of f.ranges) {
      const got = toSkeleton(r.toString());
      if (f.exact) expect(got, `${f.quoteId}:${f.lang}`).toBe(want);
      else expect(Math.abs(got.length - want.length)).toBeLessThanOrEqual(Math.ceil(want.length * 0.2));
    }
  }
}

beforeEach(() => {
  performance.clearMeasures(SCAN_MEASURE);
});

describe('scanPage on the fixture pages', () => {
  it('detects the Korean edition pages and highlights their 8 key quotes', async () => {
    for (const f of ['ko-aimatters.html', 'ko-naver.html', 'ko-daum.html']) {
      const doc = load(f);
      const before = doc.documentElement.outerHTML;
      const r = await scan(doc);
      expect(r.passedCheapCheck).toBe(true);
      expect(r.edition, `${f}: ${r.reason}`).toBe('ko');
      expect(r.found.map((x) => x.quoteId).sort()).toEqual(KEY.map((q) => q.id).sort());
      expect(r.found.every((x) => x.lang === 'ko' && x.exact)).toBe(true);
      expectRangesReadAsQuotes(r);
      expect(r.stats.textLength).toBeGreaterThan(1500);
      expect(doc.documentElement.outerHTML).toBe(before); // no DOM writes
    }
  });

  it('maps quotes split over elements (Naver spans, Daum <a>/<em>) to ranges across them', async () => {
    const daum = await scan(load('ko-daum.html'));
    const q8 = daum.found.find((x) => x.quoteId.startsWith('q8'))!;
    const range = q8.ranges[0]!;
    expect(range.startContainer).not.toBe(range.endContainer);
    expect(toSkeleton(range.toString())).toBe(toSkeleton(KEY.find((q) => q.id === q8.quoteId)!.ko!));
    const naver = await scan(load('ko-naver.html'));
    const q10 = naver.found.find((x) => x.quoteId.startsWith('q10'))!;
    expect(q10.ranges[0]!.startContainer).not.toBe(q10.ranges[0]!.endContainer);
  });

  it('detects the English edition page, by headline and quotes or by URL', async () => {
    const r = await scan(load('en-techcrunch.html'));
    expect(r.edition).toBe('en');
    expect(r.found).toHaveLength(8);
    expect(r.found.every((x) => x.lang === 'en')).toBe(true);
    expectRangesReadAsQuotes(r);
    expect((await scan(load('en-techcrunch.html'), TC_URL)).edition).toBe('en');
  });

  it('finds quotes but no edition on pages quoting the article', async () => {
    const blog = await scan(load('ko-blog-quoting.html'));
    expect(blog.edition).toBeNull();
    expect(blog.found).toHaveLength(4);
    expectRangesReadAsQuotes(blog);
    const report = await scan(load('en-report.html'));
    expect(report.edition).toBeNull();
    expect(report.found.map((x) => x.quoteId.split('-')[0]).sort()).toEqual(['q1', 'q2', 'q8']);
    expectRangesReadAsQuotes(report);
  });

  it('finds nothing on another translation and on an unrelated page naming Zuckerberg', async () => {
    for (const f of ['ko-other-translation.html', 'unrelated-zuckerberg-mention.html']) {
      const r = await scan(load(f));
      expect(r.passedCheapCheck).toBe(true);
      expect(r.edition).toBeNull();
      expect(r.found).toEqual([]);
    }
  });

  it('turns away a page that quotes the article without naming the story, and reads it whole when the reader asks', async () => {
    const auto = await scan(load('ko-newsletter-unnamed.html'));
    expect(auto.passedCheapCheck).toBe(false);
    expect(auto.found).toEqual([]);
    const asked = await scan(load('ko-newsletter-unnamed.html'), OTHER_URL, { skipCheapCheck: true });
    expect(asked.passedCheapCheck).toBe(true);
    expect(asked.edition).toBeNull();
    expect(asked.found.map((x) => `${x.quoteId.split('-')[0]}:${x.lang}`).sort()).toEqual(['q10:ko', 'q9:ko']);
    expectRangesReadAsQuotes(asked);
  });

  it('reports fuzzy matches as not exact, with ranges over the edited text', async () => {
    const doc = load('en-techcrunch.html');
    for (const p of doc.querySelectorAll('p')) {
      for (const n of p.childNodes) if (n.nodeType === 3) (n as Text).data = (n as Text).data.replace('primary computing', 'main computing');
    }
    const r = await scan(doc);
    const q8 = r.found.find((x) => x.quoteId.startsWith('q8'))!;
    expect(q8.exact).toBe(false);
    expect(toSkeleton(q8.ranges[0]!.toString())).toContain('maincomputingdevices');
    expect(r.edition).toBe('en');
  });
});

describe('scanPage slices and measures', () => {
  it('reads the page text in slices, yielding between them, each a performance measure', async () => {
    const doc = parse(readFileSync(join(READABILITY, 'wikipedia.html'), 'utf8'));
    let yields = 0;
    // The TechCrunch URL lets the page through the cheap check; a tiny slice forces many slices.
    const r = await scanPage(doc, {
      url: TC_URL,
      article,
      analyze,
      sliceMs: 0.001,
      yieldToMain: () => {
        yields++;
        return Promise.resolve();
      },
    });
    expect(r.passedCheapCheck).toBe(true);
    expect(r.edition).toBe('en'); // by URL
    expect(r.found).toEqual([]);
    expect(r.stats.slices).toBeGreaterThan(3);
    expect(yields).toBe(r.stats.slices - 1);
    expect(r.stats.nodes).toBeGreaterThan(1000);
    const measures = performance.getEntriesByName(SCAN_MEASURE, 'measure');
    // The cheap check, each slice, handing the text to analyze, and mapping the matches back.
    expect(measures).toHaveLength(r.stats.slices + 3);
    for (const m of measures) expect(m.duration).toBeGreaterThanOrEqual(0);
  });

  it('hands a long text over in parts, each its own measure, and finds the quotes as from one message', async () => {
    const doc = load('ko-aimatters.html');
    const whole = await scan(doc);
    performance.clearMeasures(SCAN_MEASURE);
    const parts: TextPart[] = [];
    let analysed: AnalyzeRequest | null = null;
    const r = await scan(doc, OTHER_URL, {
      partChars: 300,
      sendPart: async (part) => (parts.push(part), true),
      // The background joins the parts, then analyses the whole text.
      analyze: (input) => {
        analysed = input;
        return analyzeText({ ...input, text: parts.map((p) => p.text).join('') + input.text }, article, fingerprints);
      },
    });
    expect(whole.stats.textLength).toBeGreaterThan(2000);
    expect(parts.length).toBe(Math.ceil(whole.stats.textLength / 300) - 1);
    expect(parts.map((p) => p.index)).toEqual(parts.map((_, i) => i));
    expect(new Set(parts.map((p) => p.token)).size).toBe(1);
    expect(analysed!.parts).toEqual({ token: parts[0]!.token, count: parts.length, length: whole.stats.textLength });
    expect(analysed!.text.length).toBeLessThanOrEqual(300);
    expect(r.edition).toBe('ko');
    expect(r.found.map((f) => f.quoteId).sort()).toEqual(whole.found.map((f) => f.quoteId).sort());
    // The cheap check, the one slice, each part, the last message, the mapping.
    expect(performance.getEntriesByName(SCAN_MEASURE, 'measure')).toHaveLength(r.stats.slices + parts.length + 3);
  });

  it('a part refused (the background lost the first ones): nothing is known, nothing analysed', async () => {
    let analysed = 0;
    const r = await scan(load('ko-aimatters.html'), OTHER_URL, {
      partChars: 300,
      sendPart: async (part) => part.index < 2,
      analyze: (input) => (analysed++, analyze(input)),
    });
    expect(r.analysisFailed).toBe(true);
    expect(r.found).toEqual([]);
    expect(analysed).toBe(0);
  });

  it('a short text goes in one message, even when parts are possible', async () => {
    let sent = 0;
    const r = await scan(load('ko-aimatters.html'), OTHER_URL, { sendPart: async () => (sent++, true) });
    expect(sent).toBe(0);
    expect(r.found.length).toBeGreaterThan(0);
  });

  it('uses setTimeout(0) between slices by default', async () => {
    const doc = parse(readFileSync(join(READABILITY, 'wikipedia.html'), 'utf8'));
    const r = await scanPage(doc, { url: TC_URL, article, analyze, sliceMs: 0.001 });
    expect(r.stats.slices).toBeGreaterThan(3);
  });

  it('returns at once when the cheap check fails, having read a bounded sample only', async () => {
    // The page with the most text of the corpus (85 K chars in 3 K text nodes).
    const doc = parse(readFileSync(join(READABILITY, 'wikipedia.html'), 'utf8'));
    let visited = 0;
    const original = doc.createTreeWalker.bind(doc);
    doc.createTreeWalker = ((root: Node, what?: number, filter?: NodeFilter | null) => {
      const w = original(root, what, filter);
      if (what !== NodeFilter.SHOW_TEXT) return w; // jsdom's own selector engine walks elements too
      const next = w.nextNode.bind(w);
      w.nextNode = () => {
        visited++;
        return next();
      };
      return w;
    }) as Document['createTreeWalker'];
    let textNodes = 0;
    const all = original(doc.body, NodeFilter.SHOW_TEXT);
    while (all.nextNode()) textNodes++;
    const r = await scan(doc, 'https://en.wikipedia.org/wiki/Mozilla');
    expect(r.passedCheapCheck).toBe(false);
    expect(r.stats).toEqual({ textLength: 0, nodes: 0, slices: 0 });
    expect(r.found).toEqual([]);
    expect(textNodes).toBeGreaterThan(3000);
    expect(visited).toBeLessThan(textNodes / 4);
    expect(performance.getEntriesByName(SCAN_MEASURE, 'measure')).toHaveLength(1);
  });
});

describe('scanPage on the readability pages', () => {
  it('finds nothing, detects no edition, and mostly stops at the cheap check', async () => {
    const urls = JSON.parse(readFileSync(join(READABILITY, 'urls.json'), 'utf8')) as Record<string, string | null>;
    const pages = readdirSync(READABILITY).filter((f) => f.endsWith('.html')).sort();
    expect(pages).toHaveLength(32);
    const passed: string[] = [];
    for (const f of pages) {
      const r = await scan(parse(readFileSync(join(READABILITY, f), 'utf8')), urls[f] ?? `https://example.test/${f}`);
      expect(r.edition, f).toBeNull();
      expect(r.found, f).toEqual([]);
      if (r.passedCheapCheck) passed.push(f);
    }
    expect(passed).toContain('cnet.html');
    expect(passed).not.toContain('archive-of-our-own.html');
    expect(pages.length - passed.length).toBeGreaterThanOrEqual(28);
  }, 60_000);
});

describe('scanPage on odd documents', () => {
  it('does not throw on an empty document or one without a body', async () => {
    const empty = parse('');
    expect((await scan(empty, TC_URL)).found).toEqual([]);
    const xml = new DOMParser().parseFromString('<root>Zuckerberg</root>', 'application/xml');
    const r = await scan(xml, OTHER_URL);
    expect(r.found).toEqual([]);
  });
});
