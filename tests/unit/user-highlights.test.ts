// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { article, keyQuotes } from '../../lib/dataset/article';
import { anchorExact, describeSpan } from '../../lib/annotations/text-anchor';
import type { Highlighter } from '../../lib/page/highlighter';
import * as pageText from '../../lib/page/page-text';
import { USER_PREFIX, userHighlightName, type Palette } from '../../lib/page/highlight-names';
import { UserHighlights } from '../../lib/content/user-highlights';
import { koText } from './support/article-pages';

// Spy on the page-text reader, to tell whether the page's text was read at all.
vi.mock('../../lib/page/page-text', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/page/page-text')>();
  return { ...real, readPageText: vi.fn(real.readPageText) };
});
const readPageText = vi.mocked(pageText.readPageText);

const koQuotes = keyQuotes(article)
  .flatMap((q) => (q.ko ? [q.ko] : []))
  .filter((q) => koText.includes(q));

/** A highlighter that records what it is asked to paint. */
class FakeHighlighter implements Highlighter {
  readonly kind = 'css' as const;
  calls: Array<{ name: string; ranges: Range[] }> = [];
  painted = new Map<string, Range[]>();
  set(name: string, ranges: readonly Range[]): void {
    this.calls.push({ name, ranges: [...ranges] });
    if (ranges.length === 0) this.painted.delete(name);
    else this.painted.set(name, [...ranges]);
  }
  clear(name?: string): void {
    if (name === undefined) this.painted.clear();
    else this.painted.delete(name);
  }
  names(): string[] {
    return [...this.painted.keys()];
  }
}

/** The Korean edition's text as a page: one paragraph per line, some words in <em>, with a script in between. */
function buildPage(): void {
  const paragraphs = koText.split('\n').filter((l) => l.trim());
  document.body.innerHTML = '';
  paragraphs.forEach((text, i) => {
    const p = document.createElement('p');
    const cut = text.indexOf(' ', 10);
    if (cut > 0) {
      p.append(text.slice(0, cut));
      const em = document.createElement('em');
      em.textContent = text.slice(cut, cut + 3);
      p.append(em, text.slice(cut + 3));
    } else p.textContent = text;
    document.body.append(p);
    if (i === 0) {
      const script = document.createElement('script');
      script.textContent = 'var notPageText = "초지능";';
      document.body.append(script);
    }
  });
}

/** A Range over the first occurrence of `text` in the page. */
function rangeOf(text: string): Range {
  const pt = pageText.readPageText(document.body);
  const at = pt.text.indexOf(text);
  if (at < 0) throw new Error(`not in the page: ${text}`);
  return pageText.rangeFromOffsets(pt, at, at + text.length)!;
}

let highlighter: FakeHighlighter;
let palette: Palette;
let count: ReturnType<typeof vi.fn<() => Promise<number>>>;
let place: ReturnType<typeof vi.fn<(text: string) => Promise<Array<{ id: string; start: number; end: number }>>>>;

function make(): UserHighlights {
  return new UserHighlights({ doc: document, highlighter, count, place, palette: () => palette });
}

/** What is painted now, by name, as the ranges' text. */
function paintedText(): Record<string, string[]> {
  return Object.fromEntries([...highlighter.painted].map(([name, ranges]) => [name, ranges.map((r) => r.toString())]));
}

beforeEach(() => {
  buildPage();
  highlighter = new FakeHighlighter();
  palette = 'default';
  count = vi.fn(async () => 0);
  place = vi.fn(async () => []);
  readPageText.mockClear();
});

describe('fixture', () => {
  it('the page holds several Korean key quotes', () => {
    expect(koQuotes.length).toBeGreaterThanOrEqual(3);
    for (const q of koQuotes) expect(document.body.textContent).toContain(q);
  });
});

describe('span(range)', () => {
  /** What the background makes of the span the content script sends. */
  const selectorsOf = (range: Range) => {
    const span = make().span(range);
    return span && describeSpan(span.text, span.start, span.end);
  };

  it('gives a span whose selectors’ exact text is the range’s text, and whose position finds it again', () => {
    for (const q of koQuotes) {
      const range = rangeOf(q);
      const sel = selectorsOf(range)!;
      expect(sel.quote.exact).toBe(range.toString());
      expect(sel.quote.exact).toBe(q);
      const text = pageText.readPageText(document.body).text;
      expect(text.slice(sel.position.start, sel.position.end)).toBe(q);
      expect(anchorExact(text, sel)).toEqual({ start: sel.position.start, end: sel.position.end });
      expect(sel.quote.prefix).toBe(text.slice(Math.max(0, sel.position.start - sel.quote.prefix.length), sel.position.start));
    }
  });

  it('covers text across elements (a selection over an <em>)', () => {
    const p = document.querySelector('p')!;
    const range = document.createRange();
    range.setStart(p.firstChild!, 2);
    range.setEnd(p.lastChild!, 4);
    expect(selectorsOf(range)!.quote.exact).toBe(range.toString());
  });

  it('is null for a range over no page text', () => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('script')!);
    expect(make().span(range)).toBeNull();
  });
});

describe('load()', () => {
  it('with no saved highlights never reads the page’s text nor asks to place, and paints nothing', async () => {
    const mine = make();
    await mine.load();
    expect(count).toHaveBeenCalledTimes(1);
    expect(readPageText).not.toHaveBeenCalled();
    expect(place).not.toHaveBeenCalled();
    expect(highlighter.names()).toEqual([]);
    expect(mine.anchored.size).toBe(0);
  });

  it('sends the page’s text to be placed, and paints the placed spans under meta-context-user', async () => {
    const text = pageText.readPageText(document.body).text;
    const spans = koQuotes.map((q, i) => ({ id: `h${i}`, start: text.indexOf(q), end: text.indexOf(q) + q.length }));
    count.mockResolvedValue(spans.length + 1);
    place.mockResolvedValue(spans);
    const mine = make();
    await mine.load();
    expect(place).toHaveBeenCalledWith(text);
    expect(userHighlightName('default')).toBe(USER_PREFIX);
    expect(paintedText()).toEqual({ [USER_PREFIX]: koQuotes });
    expect([...mine.anchored.keys()]).toEqual(spans.map((s) => s.id));
    // The other palette's name is cleared, not left painted.
    expect(highlighter.calls).toContainEqual({ name: userHighlightName('contrast'), ranges: [] });
  });

  it('with the high-contrast palette paints under meta-context-user-contrast and clears meta-context-user', async () => {
    const text = pageText.readPageText(document.body).text;
    const q = koQuotes[0]!;
    count.mockResolvedValue(1);
    place.mockResolvedValue([{ id: 'a', start: text.indexOf(q), end: text.indexOf(q) + q.length }]);
    const mine = make();
    await mine.load();
    expect(paintedText()).toEqual({ [USER_PREFIX]: [q] });
    palette = 'contrast';
    highlighter.calls = [];
    mine.paint();
    expect(paintedText()).toEqual({ [`${USER_PREFIX}-contrast`]: [q] });
    expect(highlighter.calls).toContainEqual({ name: USER_PREFIX, ranges: [] });
  });

  it('skips spans outside the page’s text', async () => {
    const text = pageText.readPageText(document.body).text;
    const q = koQuotes[1]!;
    count.mockResolvedValue(3);
    place.mockResolvedValue([
      { id: 'ok', start: text.indexOf(q), end: text.indexOf(q) + q.length },
      { id: 'past-end', start: text.length - 2, end: text.length + 10 },
      { id: 'empty', start: 5, end: 5 },
    ]);
    const mine = make();
    await mine.load();
    // The page did not change: no second attempt for spans that cannot be placed.
    expect(place).toHaveBeenCalledTimes(1);
    expect([...mine.anchored.keys()]).toEqual(['ok']);
    expect(paintedText()).toEqual({ [USER_PREFIX]: [q] });
  });

  it('reads and places once more when the page’s text changed while the highlights were being placed', async () => {
    const q = koQuotes[0]!;
    count.mockResolvedValue(1);
    const at = (text: string) => [{ id: 'a', start: text.indexOf(q), end: text.indexOf(q) + q.length }];
    place.mockImplementationOnce(async (text) => {
      // The page rewrites the quote's paragraph meanwhile (a lazy widget, a live update).
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes(q))!;
      const node = [...p.childNodes].find((n) => n.nodeType === 3 && (n as Text).data.includes(q.slice(0, 8))) as Text;
      node.data = `Updated: ${node.data}`;
      return at(text);
    });
    place.mockImplementation(async (text) => at(text));
    const mine = make();
    await mine.load();
    expect(place).toHaveBeenCalledTimes(2);
    expect(paintedText()).toEqual({ [USER_PREFIX]: [q] });
  });

  it('loading again replaces what was painted (a highlight removed elsewhere disappears)', async () => {
    const text = pageText.readPageText(document.body).text;
    const [a, b] = koQuotes as [string, string];
    count.mockResolvedValue(2);
    place.mockResolvedValue([
      { id: 'a', start: text.indexOf(a), end: text.indexOf(a) + a.length },
      { id: 'b', start: text.indexOf(b), end: text.indexOf(b) + b.length },
    ]);
    const mine = make();
    await mine.load();
    expect(paintedText()[USER_PREFIX]).toEqual([a, b]);
    count.mockResolvedValue(0);
    await mine.load();
    expect(paintedText()).toEqual({});
    expect(mine.anchored.size).toBe(0);
  });
});

describe('added()', () => {
  it('paints a highlight just saved at once, beside those already painted', async () => {
    const mine = make();
    await mine.load();
    const range = rangeOf(koQuotes[2]!);
    mine.added('new', range);
    expect(paintedText()).toEqual({ [USER_PREFIX]: [koQuotes[2]] });
    // It keeps its own copy of the range.
    range.collapse(true);
    expect(paintedText()[USER_PREFIX]).toEqual([koQuotes[2]]);
    mine.added('other', rangeOf(koQuotes[0]!));
    expect(paintedText()[USER_PREFIX]).toEqual([koQuotes[2], koQuotes[0]]);
    expect(readPageText).toHaveBeenCalledTimes(2); // only rangeOf, in this test
  });

  it('paints under the contrast name with the high-contrast palette', () => {
    palette = 'contrast';
    const mine = make();
    mine.added('x', rangeOf(koQuotes[0]!));
    expect(paintedText()).toEqual({ [userHighlightName('contrast')]: [koQuotes[0]] });
  });
});

describe('UserHighlights: loads that overlap', () => {
  it('a load that finishes after a newer change does not wipe it', async () => {
    document.body.innerHTML = '<p>Meta plans to keep releasing leading open source models.</p>';
    const painted: Record<string, number> = {};
    const highlighter = {
      kind: 'css' as const,
      set: (name: string, ranges: readonly Range[]) => void (painted[name] = ranges.length),
      clear: () => {},
      names: () => Object.keys(painted),
    };
    let release!: (n: number) => void;
    const { UserHighlights } = await import('../../lib/content/user-highlights');
    const mine = new UserHighlights({
      doc: document,
      highlighter,
      count: () => new Promise<number>((r) => (release = r)),
      place: async () => [],
      palette: () => 'default',
    });
    const loading = mine.load();
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    mine.added('new', range);
    release(0);
    await loading;
    expect(painted['meta-context-user']).toBe(1);
    expect([...mine.anchored.keys()]).toEqual(['new']);
  });
});

describe('placed from the text the scan read', () => {
  it('a scan that read the page brings the highlights placed in its text: painted, and the text is neither read nor sent again', async () => {
    const { Reader } = await import('../../lib/content/reader');
    const { toContentArticle } = await import('../../lib/dataset/content-article');
    const { analyzeText } = await import('../../lib/recognition/analyze');
    const fingerprints = (await import('../../lib/dataset/fingerprints.json')).default;
    const mine = make();
    count.mockResolvedValue(1);
    const sent: string[] = [];
    const reader = new Reader({
      doc: document,
      article: toContentArticle(article),
      // The background answers with the analysis and the saved highlight placed in the same text.
      analyze: async (input) => {
        sent.push(input.text);
        const at = input.text.indexOf(koQuotes[0]!);
        return { ...analyzeText(input, article, fingerprints as never), mine: [{ id: 'h1', start: at, end: at + koQuotes[0]!.length }] };
      },
      report: () => undefined,
      onInvalidated: () => undefined,
      onScanned: (result) => mine.scanned(result),
    });
    await reader.scan();
    expect(paintedText()).toEqual({ [USER_PREFIX]: [koQuotes[0]] });
    await mine.load();
    expect(sent).toHaveLength(1);
    expect(place).not.toHaveBeenCalled();
    expect(count).not.toHaveBeenCalled();
    expect(readPageText).not.toHaveBeenCalled();
    // Asked to place again (a highlight removed in the panel): the text goes once more.
    place.mockResolvedValue([]);
    await mine.load({ force: true });
    expect(place).toHaveBeenCalledTimes(1);
    reader.stop();
  });

  it('a highlight placed by the scan keeps its colour (the answer checked as the content script checks it)', async () => {
    const { Reader } = await import('../../lib/content/reader');
    const { toContentArticle } = await import('../../lib/dataset/content-article');
    const { analyzeText } = await import('../../lib/recognition/analyze');
    const { asAnalysis } = await import('../../lib/content/as-analysis');
    const fingerprints = (await import('../../lib/dataset/fingerprints.json')).default;
    const mine = make();
    const reader = new Reader({
      doc: document,
      article: toContentArticle(article),
      analyze: async (input) => {
        const at = input.text.indexOf(koQuotes[0]!);
        const answer = { ...analyzeText(input, article, fingerprints as never), mine: [{ id: 'h1', start: at, end: at + koQuotes[0]!.length, color: 'blue' }] };
        return asAnalysis(JSON.parse(JSON.stringify(answer)), input.text.length);
      },
      report: () => undefined,
      onInvalidated: () => undefined,
      onScanned: (result) => mine.scanned(result),
    });
    await reader.scan();
    expect(paintedText()).toEqual({ [`${USER_PREFIX}-blue`]: [koQuotes[0]] });
    reader.stop();
  });

  it('where no scan read the text, it is read in slices (no long task on a huge page), not in one go', async () => {
    document.body.innerHTML = Array.from({ length: 4000 }, (_, i) => `<span>filler ${i}</span>`).join('') + `<p>${koQuotes[0]}</p>`;
    const pauses = vi.fn(() => Promise.resolve());
    const mine = new UserHighlights({ doc: document, highlighter, count, place, palette: () => palette, yieldToMain: pauses, sliceMs: 0.01 });
    count.mockResolvedValue(1);
    place.mockImplementation(async (text) => [{ id: 'h1', start: text.indexOf(koQuotes[0]!), end: text.indexOf(koQuotes[0]!) + koQuotes[0]!.length }]);
    await mine.load();
    expect(readPageText).not.toHaveBeenCalled();
    // 8,000 text nodes, the clock looked at every 256: several slices.
    expect(pauses.mock.calls.length).toBeGreaterThan(5);
    expect(place).toHaveBeenCalledTimes(1);
    expect(paintedText()).toEqual({ [USER_PREFIX]: [koQuotes[0]] });
  });
});
