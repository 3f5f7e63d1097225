import { describe, expect, it } from 'vitest';
import { article, keyQuotes } from '../../lib/dataset/article';
import { emptyTabState, PanelFocus, ScanReport, TabState, TabStateChanged, ToBackground } from '../../lib/messages';

const techcrunch = article.editions.find((e) => e.lang === 'en')!;

function report(overrides: Partial<ScanReport> = {}): ScanReport {
  return {
    url: techcrunch.url,
    title: techcrunch.headline ?? article.title.en,
    passedCheapCheck: true,
    article: { id: article.id, edition: 'en' },
    reason: 'matched key quotes',
    quotes: keyQuotes(article).map((q) => ({ id: q.id, lang: 'en' as const, text: q.en, exact: true })),
    durationMs: 12.5,
    ...overrides,
  };
}

const quote = keyQuotes(article)[0]!;

describe('ToBackground', () => {
  const valid: unknown[] = [
    { type: 'scan:report', report: report() },
    { type: 'scan:report', report: report({ article: null, quotes: [], passedCheapCheck: false }) },
    { type: 'tab-state:get' },
    { type: 'tab-state:get', tabId: 7 },
    { type: 'quote:open', quoteId: quote.id },
    { type: 'scan:request', tabId: 3 },
    { type: 'quote:show', tabId: 3, quoteId: quote.id },
    { type: 'quote:card', quoteId: quote.id },
    { type: 'scan:analyze', url: techcrunch.url, title: 'a title', text: 'Page text, as it is.', starts: [0, 5] },
    { type: 'scan:analyze', url: techcrunch.url, title: 'a title', text: 'the end', starts: [0, 5], parts: { token: '1-ab', count: 2, length: 1_000_007 } },
    { type: 'scan:part', token: '1-ab', index: 0, text: 'The first part of a long text.' },
    { type: 'highlights:place', url: techcrunch.url, text: 'the end', parts: { token: 'h-1', count: 3, length: 1_500_007 } },
    { type: 'highlight:add', url: techcrunch.url, title: 't', text: 'the end', start: 3, end: 9, parts: { token: 'h-2', count: 1, length: 500_007 } },
  ];

  it.each(valid.map((m) => [(m as { type: string }).type, m]))('accepts a valid %s', (_type, message) => {
    const parsed = ToBackground.safeParse(message);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(message);
  });

  const big = 'x'.repeat(5000);
  const invalid: Array<[string, unknown]> = [
    ['null', null],
    ['a string', 'scan:report'],
    ['no type', { tabId: 1 }],
    ['an unknown type', { type: 'tab-state:set', tabId: 1 }],
    ['scan:request without tabId', { type: 'scan:request' }],
    ['a string tabId', { type: 'scan:request', tabId: '3' }],
    ['a fractional tabId', { type: 'tab-state:get', tabId: 1.5 }],
    ['a numeric quoteId', { type: 'quote:open', quoteId: 42 }],
    ['an oversize quoteId', { type: 'quote:open', quoteId: 'q'.repeat(201) }],
    ['quote:show without quoteId', { type: 'quote:show', tabId: 1 }],
    ['quote:card without quoteId', { type: 'quote:card' }],
    ['scan:analyze without text', { type: 'scan:analyze', url: techcrunch.url, title: 't' }],
    ['scan:analyze with text that is not a string', { type: 'scan:analyze', url: techcrunch.url, title: 't', text: ['a', 'b'] }],
    ['scan:analyze with an oversize title', { type: 'scan:analyze', url: techcrunch.url, title: big, text: 'x', starts: [0] }],
    ['scan:analyze without node starts', { type: 'scan:analyze', url: techcrunch.url, title: 't', text: 'x' }],
    ['scan:analyze with a negative start', { type: 'scan:analyze', url: techcrunch.url, title: 't', text: 'xy', starts: [0, -1] }],
    ['scan:analyze with a fractional start', { type: 'scan:analyze', url: techcrunch.url, title: 't', text: 'xy', starts: [0.5] }],
    ['scan:analyze with a start that is a string', { type: 'scan:analyze', url: techcrunch.url, title: 't', text: 'xy', starts: [0, '1'] }],
    ['scan:analyze with starts that are not a list', { type: 'scan:analyze', url: techcrunch.url, title: 't', text: 'xy', starts: { 0: 0, length: 1 } }],
    ['scan:analyze with a block break past the safe integers', { type: 'scan:analyze', url: techcrunch.url, title: 't', text: 'xy', starts: [0], breaks: [2 ** 53] }],
    ['scan:analyze with a block break that is not a number', { type: 'scan:analyze', url: techcrunch.url, title: 't', text: 'xy', starts: [0], breaks: [null] }],
    ['scan:part past the last part a text may have', { type: 'scan:part', token: 't', index: 128, text: 'x' }],
    ['scan:part longer than a part', { type: 'scan:part', token: 't', index: 0, text: 'x'.repeat(1_000_001) }],
    ['scan:analyze whose parts make more text than the analysis takes', { type: 'scan:analyze', url: techcrunch.url, title: 't', text: 'x', starts: [0], parts: { token: 't', count: 40, length: 16_000_001 } }],
    ['scan:part without a token', { type: 'scan:part', token: '', index: 0, text: 'x' }],
    ['scan:analyze with no parts before its text', { type: 'scan:analyze', url: techcrunch.url, title: 't', text: 'x', starts: [0], parts: { token: 't', count: 0, length: 1 } }],
    ['a report that is not an object', { type: 'scan:report', report: 'ok' }],
    ['an oversize url', { type: 'scan:report', report: report({ url: `https://techcrunch.com/${big}` }) }],
    ['an oversize title', { type: 'scan:report', report: report({ title: big }) }],
    ['an oversize reason', { type: 'scan:report', report: report({ reason: big }) }],
    ['an oversize quote text', { type: 'scan:report', report: report({ quotes: [{ id: quote.id, lang: 'en', text: big, exact: true }] }) }],
    ['an unknown edition', { type: 'scan:report', report: { ...report(), article: { id: article.id, edition: 'fr' } } }],
    ['a quote in an unknown language', { type: 'scan:report', report: { ...report(), quotes: [{ id: quote.id, lang: 'de', text: 'x' }] } }],
    ['a negative duration', { type: 'scan:report', report: report({ durationMs: -1 }) }],
    ['a string boolean', { type: 'scan:report', report: { ...report(), passedCheapCheck: 'true' } }],
    ['a missing field', { type: 'scan:report', report: (({ reason: _r, ...rest }) => rest)(report()) }],
    [
      '500 quotes',
      {
        type: 'scan:report',
        report: report({ quotes: Array.from({ length: 500 }, (_, i) => ({ id: `q${i}`, lang: 'en' as const, text: quote.en, exact: true })) }),
      },
    ],
  ];

  it.each(invalid)('rejects %s', (_label, message) => {
    expect(ToBackground.safeParse(message).success).toBe(false);
  });

  it('accepts strings right at their limits and rejects one more character', () => {
    const at = report({ url: 'u'.repeat(4096), title: 't'.repeat(1000), reason: 'r'.repeat(500) });
    expect(ToBackground.safeParse({ type: 'scan:report', report: at }).success).toBe(true);
    expect(ToBackground.safeParse({ type: 'scan:report', report: { ...at, title: 't'.repeat(1001) } }).success).toBe(false);
    expect(ToBackground.safeParse({ type: 'quote:open', quoteId: 'q'.repeat(200) }).success).toBe(true);
  });

  it('accepts up to 200 quotes', () => {
    const quotes = Array.from({ length: 200 }, (_, i) => ({ id: `q${i}`, lang: 'ko' as const, text: quote.ko ?? quote.en, exact: true }));
    expect(ToBackground.safeParse({ type: 'scan:report', report: report({ quotes }) }).success).toBe(true);
  });
});

describe('TabState', () => {
  it('round-trips through JSON (as through storage and messaging)', () => {
    const r = report();
    const state: TabState = {
      tabId: 12,
      status: 'scanned',
      url: r.url,
      title: r.title,
      article: r.article,
      quotes: r.quotes,
      reason: r.reason,
      scannedAt: 1_753_900_000_000,
    };
    const parsed = TabState.parse(JSON.parse(JSON.stringify(state)));
    expect(parsed).toEqual(state);
  });

  it('rejects a state of the wrong shape', () => {
    expect(TabState.safeParse({ tabId: 1 }).success).toBe(false);
    expect(TabState.safeParse({ ...emptyTabState(1), status: 'done' }).success).toBe(false);
    expect(TabState.safeParse({ ...emptyTabState(1), quotes: 'none' }).success).toBe(false);
  });

  it('emptyTabState is a valid, not-scanned state with nothing found', () => {
    const empty = emptyTabState(5);
    expect(TabState.parse(empty)).toEqual(empty);
    expect(empty.tabId).toBe(5);
    expect(empty.status).toBe('not-scanned');
    expect(empty.quotes).toEqual([]);
    expect(empty.article).toBeNull();
    expect(empty.url).toBeNull();
    expect(empty.scannedAt).toBeNull();
    // Each call gives a fresh object.
    expect(emptyTabState(5)).not.toBe(empty);
    expect(emptyTabState(5).quotes).not.toBe(empty.quotes);
  });

  it('TabStateChanged carries an integer tab id', () => {
    expect(TabStateChanged.safeParse({ type: 'tab-state:changed', tabId: 4 }).success).toBe(true);
    expect(TabStateChanged.safeParse({ type: 'tab-state:changed', tabId: '4' }).success).toBe(false);
    expect(TabStateChanged.safeParse({ type: 'tab-state:get', tabId: 4 }).success).toBe(false);
  });
});

describe('PanelFocus', () => {
  it('accepts a tab id and a quote id or a text to look up, and nothing looser', () => {
    expect(PanelFocus.safeParse({ type: 'panel:focus', tabId: 3, quoteId: quote.id }).success).toBe(true);
    expect(PanelFocus.safeParse({ type: 'panel:focus', tabId: 3, lookup: '베히모스' }).success).toBe(true);
    for (const bad of [
      { type: 'panel:focus', tabId: 3, quoteId: quote.id, lookup: '베히모스' },
      { type: 'panel:focus', tabId: 3, lookup: 'x'.repeat(2001) },
      { type: 'panel:focus', tabId: '3', quoteId: quote.id },
      { type: 'panel:focus', tabId: 3.5, quoteId: quote.id },
      { type: 'panel:focus', tabId: 3 },
      { type: 'panel:focus', tabId: 3, quoteId: 'q'.repeat(201) },
      { type: 'tab-state:changed', tabId: 3, quoteId: quote.id },
    ]) {
      expect(PanelFocus.safeParse(bad).success).toBe(false);
    }
  });
});
