// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { article, keyQuotes } from '../../lib/dataset/article';
import { Reader } from '../../lib/content/reader';
import { asContentMessage, toReport } from '../../lib/content/report';
import { toContentArticle } from '../../lib/dataset/content-article';
import { asPopoverQuote } from '../../lib/content/popover';
import { quoteCard } from '../../lib/background/quote-card';
import { isPageInteraction } from '../../lib/page/hit-test';
import { ScanReport, ToBackground } from '../../lib/messages';
import type { ScanResult } from '../../lib/page/scan';
import { analyzeText } from '../../lib/recognition/analyze';
import fingerprintsJson from '../../lib/dataset/fingerprints.json';
import type { Fingerprints } from '../../lib/recognition/fingerprint';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const keys = keyQuotes(article);
const techcrunch = article.editions.find((e) => e.lang === 'en')!;
const koEdition = article.editions.find((e) => e.lang === 'ko')!;

/** A page with one paragraph per given text; a Range over each paragraph's text. */
function pageWith(texts: string[]): Range[] {
  document.body.innerHTML = '';
  return texts.map((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.body.appendChild(p);
    const range = document.createRange();
    range.setStart(p.firstChild!, 0);
    range.setEnd(p.firstChild!, text.length);
    return range;
  });
}

function result(overrides: Partial<ScanResult>): ScanResult {
  return {
    passedCheapCheck: true,
    edition: 'en',
    reason: 'key quotes matched',
    found: [],
    stats: { textLength: 0, nodes: 0, slices: 1 },
    ...overrides,
  };
}

describe('toReport', () => {
  it('reports each quote once, with the text of its first range on the page', () => {
    const [q1, q2] = keys;
    const [r1, r1again, r2] = pageWith([q1!.en, `${q1!.en} (again)`, q2!.en]);
    const scan = result({
      edition: 'en',
      found: [
        { quoteId: q1!.id, lang: 'en', ranges: [r1!, r1again!], exact: true },
        { quoteId: q2!.id, lang: 'en', ranges: [r2!], exact: false },
        // The same quote matched again (e.g. in the other language): reported once.
        { quoteId: q1!.id, lang: 'ko', ranges: [r1again!], exact: true },
      ],
    });
    const out = toReport(scan, article, techcrunch.url, 'Page title', 42);
    expect(out.quotes.map((q) => q.id)).toEqual([q1!.id, q2!.id]);
    expect(out.quotes[0]).toEqual({ id: q1!.id, lang: 'en', text: q1!.en, exact: true, kind: 'quote' });
    expect(out.quotes[1]).toEqual({ id: q2!.id, lang: 'en', text: q2!.en, exact: false, kind: 'quote' });
    expect(out.article).toEqual({ id: article.id, edition: 'en' });
    expect(out.url).toBe(techcrunch.url);
    expect(out.title).toBe('Page title');
    expect(out.passedCheapCheck).toBe(true);
    expect(out.reason).toBe(scan.reason);
    expect(out.durationMs).toBe(42);
    expect(ScanReport.safeParse(out).success).toBe(true);
  });

  it('skips quotes without ranges', () => {
    const q = keys.find((k) => k.ko !== null)!;
    const [r] = pageWith([q.ko!]);
    const scan = result({
      edition: 'ko',
      found: [
        { quoteId: keys[keys.length - 1]!.id, lang: 'ko', ranges: [], exact: true },
        { quoteId: q.id, lang: 'ko', ranges: [r!], exact: true },
      ],
    });
    const out = toReport(scan, article, koEdition.url, '', 1);
    expect(out.quotes).toEqual([{ id: q.id, lang: 'ko', text: q.ko, exact: true, kind: 'quote' }]);
    expect(out.article).toEqual({ id: article.id, edition: 'ko' });
  });

  it('gives article null when no edition was detected', () => {
    const [r] = pageWith([keys[0]!.en]);
    const scan = result({ edition: null, found: [{ quoteId: keys[0]!.id, lang: 'en', ranges: [r!], exact: true }] });
    const out = toReport(scan, article, 'https://example.com/blog', 'A blog', 3);
    expect(out.article).toBeNull();
    // What was found is still reported.
    expect(out.quotes.map((q) => q.id)).toEqual([keys[0]!.id]);
  });

  it('truncates long strings so that the background accepts the report', () => {
    const long = 'word '.repeat(2000);
    const [r] = pageWith([long]);
    const scan = result({
      reason: 'r'.repeat(3000),
      found: [{ quoteId: keys[0]!.id, lang: 'en', ranges: [r!], exact: false }],
    });
    const url = `https://techcrunch.com/?q=${'u'.repeat(10_000)}`;
    const title = 't'.repeat(5000);
    const out = toReport(scan, article, url, title, 0);
    const limits = { url: 4096, title: 1000, reason: 500, text: 2000 };
    expect(out.url).toBe(url.slice(0, limits.url));
    expect(out.title).toBe(title.slice(0, limits.title));
    expect(out.reason).toBe(scan.reason.slice(0, limits.reason));
    expect(out.quotes[0]!.text).toBe(long.slice(0, limits.text));
    expect(ToBackground.safeParse({ type: 'scan:report', report: out }).success).toBe(true);
  });

  it('reports a page that failed the cheap check as not the article, with no quotes', () => {
    const out = toReport(result({ passedCheapCheck: false, edition: null, reason: 'nothing' }), article, 'https://example.com/', 'x', 0.5);
    expect(out).toMatchObject({ passedCheapCheck: false, article: null, quotes: [], reason: 'nothing' });
  });
});

describe('asContentMessage', () => {
  it.each([
    [{ type: 'ping' }, { type: 'ping' }],
    [{ type: 'scan:run' }, { type: 'scan:run' }],
    [{ type: 'quote:show', quoteId: keys[0]!.id }, { type: 'quote:show', quoteId: keys[0]!.id }],
    [{ type: 'quote:step', direction: 1 }, { type: 'quote:step', direction: 1 }],
    [{ type: 'quote:step', direction: -1 }, { type: 'quote:step', direction: -1 }],
  ])('accepts %j', (input, expected) => {
    expect(asContentMessage(input)).toEqual(expected);
  });

  it('keeps only the known fields', () => {
    expect(asContentMessage({ type: 'scan:run', extra: '<script>' })).toEqual({ type: 'scan:run' });
    expect(asContentMessage({ type: 'quote:show', quoteId: 'a', tabId: 3, html: 'x' })).toEqual({ type: 'quote:show', quoteId: 'a' });
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'scan:run'],
    ['a number', 1],
    ['an array', ['scan:run']],
    ['an unknown type', { type: 'scan:stop' }],
    ['a background message', { type: 'tab-state:get', tabId: 1 }],
    ['quote:show without quoteId', { type: 'quote:show' }],
    ['quote:show with a numeric quoteId', { type: 'quote:show', quoteId: 3 }],
    ['quote:step with direction 2', { type: 'quote:step', direction: 2 }],
    ['quote:step with direction 0', { type: 'quote:step', direction: 0 }],
    ['quote:step with a string direction', { type: 'quote:step', direction: '1' }],
  ])('rejects %s', (_label, input) => {
    expect(asContentMessage(input)).toBeNull();
  });
});

describe('isPageInteraction', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <p id="text">Plain <em id="em">article</em> text, with <a id="link" href="https://example.com/"><span id="in-link">a link</span></a>
      and <a id="anchor" name="x">a named anchor</a>.</p>
      <button id="button"><span id="in-button">Press</span></button>
      <input id="input" />
      <textarea id="textarea"></textarea>
      <select id="select"><option>a</option></select>
      <label id="label">Label</label>
      <div id="editable" contenteditable="true">edit me</div>
      <div id="editable-empty" contenteditable="">edit me too</div>`;
    document.getSelection()?.removeAllRanges();
  });
  afterEach(() => document.getSelection()?.removeAllRanges());

  /** Dispatch a click on `id` and return what isPageInteraction said about it. */
  function clickOn(id: string, init: MouseEventInit = {}, prevent = false): boolean {
    const target = document.getElementById(id)!;
    let answer: boolean | null = null;
    if (prevent) target.addEventListener('click', (e) => e.preventDefault(), { once: true });
    const listener = (event: MouseEvent) => {
      answer = isPageInteraction(event, document);
    };
    document.addEventListener('click', listener);
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));
    document.removeEventListener('click', listener);
    expect(answer).not.toBeNull();
    return answer!;
  }

  it('a plain click on article text is not a page interaction', () => {
    expect(clickOn('text')).toBe(false);
    expect(clickOn('em')).toBe(false);
    // An <a> without href is not a link.
    expect(clickOn('anchor')).toBe(false);
  });

  it.each(['link', 'in-link', 'button', 'in-button', 'input', 'textarea', 'select', 'label', 'editable', 'editable-empty'])(
    'a click on #%s (a link or control) is a page interaction',
    (id) => {
      expect(clickOn(id)).toBe(true);
    },
  );

  it.each(['ctrlKey', 'metaKey', 'shiftKey', 'altKey'] as const)('a click with %s is a page interaction', (key) => {
    expect(clickOn('text', { [key]: true })).toBe(true);
  });

  it('a middle or right click is a page interaction', () => {
    expect(clickOn('text', { button: 1 })).toBe(true);
    expect(clickOn('text', { button: 2 })).toBe(true);
  });

  it('a click the page already handled (defaultPrevented) is a page interaction', () => {
    expect(clickOn('text', {}, true)).toBe(true);
  });

  it('a click ending a selection is a page interaction; a collapsed selection is not', () => {
    const text = document.getElementById('em')!.firstChild!;
    const selection = document.getSelection()!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 3);
    selection.addRange(range);
    expect(selection.isCollapsed).toBe(false);
    expect(clickOn('em')).toBe(true);

    selection.removeAllRanges();
    const caret = document.createRange();
    caret.setStart(text, 2);
    selection.addRange(caret);
    expect(selection.isCollapsed).toBe(true);
    expect(clickOn('em')).toBe(false);
  });
});

describe('asPopoverQuote (the background’s answer to quote:card, checked by hand)', () => {
  const card = { speaker: 'Mark Zuckerberg · CEO', said: 'Letter · 2025-07-30', en: 'We believe', ko: '믿는다', verification: 'Verified' };

  it('keeps a card, with or without a Korean text, and only its known fields', () => {
    expect(asPopoverQuote(card)).toEqual(card);
    expect(asPopoverQuote({ ...card, ko: null })).toEqual({ ...card, ko: null });
    expect(asPopoverQuote({ ...card, html: '<img src=x onerror=alert(1)>' })).toEqual(card);
  });

  it('rejects anything else: no answer, a missing or non-string field, an oversized text', () => {
    for (const bad of [undefined, null, true, 'card', [], {}, { ...card, en: undefined }, { ...card, ko: undefined }, { ...card, speaker: 7 }, { ...card, said: { toString: () => 'x' } }, { ...card, en: 'x'.repeat(5001) }]) {
      expect(asPopoverQuote(bad)).toBeNull();
    }
  });
});

describe('quote cards the background builds pass the content script’s check', () => {
  it.each(keys.map((q) => [q.id]))('%s, in English and Korean', (id) => {
    for (const lang of ['en', 'ko'] as const) {
      const card = quoteCard(article, id, lang);
      expect(card).not.toBeNull();
      expect(asPopoverQuote(card)).toEqual(card);
    }
  });
});

describe('Reader.watchMutations', () => {
  it('follows the whole document: a new body or a new title brings a rescan, scripts and styles do not', async () => {
    vi.useFakeTimers();
    try {
      const doc = new DOMParser().parseFromString('<!doctype html><html><head><title>Soup</title></head><body><p>Lentils.</p></body></html>', 'text/html');
      const reports: ScanReport[] = [];
      const reader = new Reader({
        doc,
        article: toContentArticle(article),
        analyze: () => Promise.resolve({ edition: null, reason: 'none', matches: [] }),
        report: (r) => reports.push(r),
        onInvalidated: () => undefined,
      });
      await reader.scan();
      reader.watchMutations();
      expect(reports).toHaveLength(1);
      // A page that swaps its body (document.body = …): an observer on the old body would miss it.
      const body = doc.createElement('body');
      body.innerHTML = '<p>Zuckerberg’s letter on personal superintelligence.</p>';
      doc.documentElement.replaceChild(body, doc.body);
      await vi.advanceTimersByTimeAsync(3000);
      expect(reports).toHaveLength(2);
      expect(reports[1]!.passedCheapCheck).toBe(true);
      // A single-page app that changes only its title.
      doc.title = 'Lentil soup, again';
      await vi.advanceTimersByTimeAsync(3000);
      expect(reports).toHaveLength(3);
      // Analytics and CSS-in-JS at work in the head and the body: no rescan (none of it is page text).
      for (let i = 0; i < 30; i++) {
        doc.head.append(doc.createElement('script'));
        doc.body.append(Object.assign(doc.createElement('style'), { textContent: `.x${i}{}` }));
        await vi.advanceTimersByTimeAsync(500);
      }
      await vi.advanceTimersByTimeAsync(3000);
      expect(reports).toHaveLength(3);
      reader.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('Reader: "Scan this page"', () => {
  it('reads the page whole once the reader asked (scan:run), though the cheap check turned it away', async () => {
    const html = readFileSync(join(__dirname, '../fixtures/pages/ko-newsletter-unnamed.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const reports: ScanReport[] = [];
    const reader = new Reader({
      doc,
      article: toContentArticle(article),
      analyze: async (input) => analyzeText(input, article, fingerprintsJson as Fingerprints),
      report: (r) => reports.push(r),
      onInvalidated: () => undefined,
    });
    await reader.scan();
    expect(reports[0]!.passedCheapCheck).toBe(false);
    expect(reports[0]!.quotes).toEqual([]);
    expect(await reader.handle({ type: 'scan:run' })).toBe(true);
    expect(reports[1]!.passedCheapCheck).toBe(true);
    expect(reports[1]!.quotes.map((q) => q.id.split('-')[0]).sort()).toEqual(['q10', 'q9']);
    // Later scans of this page (its late changes) stay whole; a navigation in place is a new view.
    await reader.scan();
    expect(reports[2]!.quotes).toHaveLength(2);
    await reader.navigated();
    expect(reports[3]!.passedCheapCheck).toBe(false);
    reader.stop();
  });
});
