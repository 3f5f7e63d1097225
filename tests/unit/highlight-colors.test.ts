/** Highlight colours: stored, migrated from version 1, exported and imported as W3C styleClass; recolouring and removing many from the background. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { article, keyQuotes } from '../../lib/dataset/article';
import { pageKey } from '../../lib/annotations/page-key';
import { UserHighlight } from '../../lib/annotations/schema';
import { HIGHLIGHT_COLORS } from '../../lib/annotations/colors';
import { addHighlight, createHighlightStore, listHighlights } from '../../lib/annotations/store';
import { describeSpan } from '../../lib/annotations/text-anchor';
import { toWebAnnotations } from '../../lib/annotations/web-annotation';
import { parseWebAnnotations } from '../../lib/annotations/web-annotation-import';
import { colorHighlight, removeMany } from '../../lib/background/library';
import { quotaLevel, utf8Length } from '../../lib/annotations/quota';
import { enEdition as en, enText, koEdition as ko, koText } from './support/article-pages';

const koQuote = keyQuotes(article).find((q) => q.ko && koText.includes(q.ko))!.ko!;
const enQuote = keyQuotes(article).find((q) => enText.includes(q.en))!.en;

function input(text: string, quote: string, url: string) {
  const start = text.indexOf(quote);
  return { pageKey: pageKey(url)!, url, title: 'T', ...describeSpan(text, start, start + quote.length) };
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.tabs.sendMessage = vi.fn(async () => undefined) as never;
});
afterEach(() => vi.restoreAllMocks());

describe('colours in the store', () => {
  it('a new highlight is green unless given a colour; four colours in all', async () => {
    expect(HIGHLIGHT_COLORS).toHaveLength(4);
    expect((await addHighlight(input(koText, koQuote, ko.url))).color).toBe('green');
    expect((await addHighlight({ ...input(enText, enQuote, en.url), color: 'pink' })).color).toBe('pink');
  });

  it('highlights stored by version 1 (no colour) are read as green and the list is rewritten as version 2', async () => {
    const t = '2025-07-31T09:00:00.000Z';
    const v1 = { ...input(koText, koQuote, ko.url), id: 'a', created: t, modified: t, note: 'n' };
    await fakeBrowser.storage.local.set({ highlights: [v1], highlights$: { v: 1 } });
    const [h] = await listHighlights();
    expect(h).toMatchObject({ id: 'a', note: 'n', color: 'green' });
    expect((await fakeBrowser.storage.local.get('highlights$'))['highlights$']).toEqual({ v: 2 });
    expect(((await fakeBrowser.storage.local.get('highlights'))['highlights'] as Array<{ color: string }>)[0]!.color).toBe('green');
  });

  it('an unknown colour in stored data sets that item aside, the others stay', async () => {
    const store = createHighlightStore({ key: 'local:c', setAsideKey: 'local:c-aside' });
    const t = '2025-07-31T09:00:00.000Z';
    const good = { ...input(koText, koQuote, ko.url), id: 'a', created: t, modified: t, note: '', color: 'blue' };
    await fakeBrowser.storage.local.set({ c: [good, { ...good, id: 'b', color: 'ultraviolet' }], c$: { v: 2 } });
    expect((await store.listHighlights()).map((h) => h.id)).toEqual(['a']);
    expect((await store.setAside())[0]!.reason).toMatch(/color/);
  });

  it('updateColor changes the colour and the modified date; an unknown id gives null', async () => {
    let clock = Date.UTC(2025, 0, 1);
    const store = createHighlightStore({ key: 'local:d', setAsideKey: 'local:d-aside', now: () => new Date((clock += 1000)) });
    const h = await store.addHighlight(input(koText, koQuote, ko.url));
    const after = await store.updateColor(h.id, 'yellow');
    expect(after).toMatchObject({ id: h.id, color: 'yellow' });
    expect(after!.modified > h.modified).toBe(true);
    expect(await store.updateColor('nope', 'blue')).toBeNull();
    await expect(store.updateColor(h.id, 'mauve' as never)).rejects.toThrow(TypeError);
  });
});

describe('colours in W3C Web Annotations', () => {
  it('export as the target’s styleClass with a CssStylesheet; import gives the same colour back', async () => {
    const list = [];
    for (const color of HIGHLIGHT_COLORS) list.push(await addHighlight({ ...input(koText, koQuote, ko.url), color }));
    const json = toWebAnnotations(list, new Date()) as { first: { items: Array<Record<string, any>> } };
    const yellow = json.first.items[1]!;
    expect(yellow.target.styleClass).toBe('meta-context-yellow');
    expect(yellow.stylesheet).toMatchObject({ type: 'CssStylesheet' });
    expect(yellow.stylesheet.value).toContain('.meta-context-yellow');
    const back = parseWebAnnotations(json);
    expect(back.ok && back.highlights.map((h) => h.color)).toEqual([...HIGHLIGHT_COLORS]);
  });

  it('a foreign annotation: a bare colour class is read, anything else is the default', () => {
    const ann = (styleClass?: unknown) => ({
      type: 'Annotation',
      target: { source: ko.url, selector: { type: 'TextQuoteSelector', exact: `x ${String(styleClass)}` }, ...(styleClass === undefined ? {} : { styleClass }) },
    });
    const got = parseWebAnnotations([ann('pink'), ann(['hl', 'meta-context-blue']), ann('red'), ann()]);
    expect(got.ok && got.highlights.map((h) => h.color)).toEqual(['pink', 'blue', 'green', 'green']);
  });
});

describe('the background: recolouring and removing many', () => {
  const sender = (url: string) => ({ url, tab: { id: 3, url } });

  it('a content script recolours its own page’s highlight, not another page’s', async () => {
    const h = await addHighlight(input(koText, koQuote, ko.url));
    expect(await colorHighlight(h.id, 'blue', sender(en.url))).toBeNull();
    expect((await listHighlights())[0]!.color).toBe('green');
    expect(await colorHighlight(h.id, 'blue', sender(ko.url))).toMatchObject({ color: 'blue' });
    expect(await colorHighlight(h.id, 'pink', null)).toMatchObject({ color: 'pink' });
  });

  it('removeMany removes in one go and answers what it removed, for undo', async () => {
    const a = await addHighlight(input(koText, koQuote, ko.url));
    const b = await addHighlight(input(enText, enQuote, en.url));
    const c = await addHighlight(input(enText, enQuote, en.url));
    const removed = await removeMany([a.id, c.id, 'unknown']);
    expect(removed.map((h) => h.id).sort()).toEqual([a.id, c.id].sort());
    expect((await listHighlights()).map((h) => h.id)).toEqual([b.id]);
    expect(UserHighlight.array().safeParse(removed).success).toBe(true);
  });
});

describe('storage quota', () => {
  it('warns from 80 % of the quota, full from 98 %', () => {
    expect(quotaLevel(0, 100)).toBe('ok');
    expect(quotaLevel(79, 100)).toBe('ok');
    expect(quotaLevel(80, 100)).toBe('near');
    expect(quotaLevel(98, 100)).toBe('full');
    expect(quotaLevel(5, 0)).toBe('ok');
  });
  it('counts UTF-8 bytes as Chrome does', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('한')).toBe(3);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('😀')).toBe(4);
  });
});
