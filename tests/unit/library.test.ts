/** The library's pure logic: grouping by page, the folded search, filters, undo. */
import { describe, expect, it } from 'vitest';
import { UserHighlight } from '../../lib/annotations/schema';
import { applyFilter, countHighlights, isFiltered, NO_FILTER } from '../../lib/library/filter';
import { groupByPage, siteOf } from '../../lib/library/group';
import { updateOrphans } from '../../lib/annotations/orphans';
import { buildIndex, matches, queryTerms } from '../../lib/library/search';
import { MAX_UNDO, pushUndo, undoMessage } from '../../lib/library/undo';
import { ToBackground } from '../../lib/messages';

let n = 0;
function h(over: { url: string; title?: string; exact: string; note?: string; color?: string; day: number; start?: number }): UserHighlight {
  const t = new Date(Date.UTC(2025, 6, over.day, 9, n % 60)).toISOString();
  return UserHighlight.parse({
    id: `id-${++n}`,
    pageKey: over.url,
    url: over.url,
    title: over.title ?? '',
    created: t,
    modified: t,
    note: over.note ?? '',
    color: over.color,
    quote: { type: 'TextQuoteSelector', exact: over.exact, prefix: '', suffix: '' },
    ...(over.start === undefined ? {} : { position: { type: 'TextPositionSelector', start: over.start, end: over.start + over.exact.length } }),
  });
}

const A = 'https://www.example.com/a';
const B = 'https://news.example.org/b?x=1';
const list = [
  h({ url: A, title: 'Zuckerberg’s “superintelligence” letter', exact: 'open-source AI', day: 1, start: 50 }),
  h({ url: A, title: 'Zuckerberg’s “superintelligence” letter', exact: 'personal superintelligence', note: 'Key claim — see the memo', day: 2, start: 10, color: 'yellow' }),
  h({ url: B, title: '메타, 초지능 모델 공개 안 할 수도', exact: '라마 4 베히모스를 공개하지 않았다', day: 3, color: 'blue' }),
];

describe('grouping by page', () => {
  it('pages newest first (by their latest highlight); highlights in page order; title, site, count', () => {
    const pages = groupByPage(list);
    expect(pages.map((p) => p.pageKey)).toEqual([B, A]);
    expect(pages[1]!.items.map((x) => x.quote.exact)).toEqual(['personal superintelligence', 'open-source AI']);
    expect(pages[1]).toMatchObject({ site: 'example.com', title: 'Zuckerberg’s “superintelligence” letter' });
    expect(pages[0]!.site).toBe('news.example.org');
    expect(pages[1]!.latest).toBe(list[1]!.created);
  });
  it('siteOf drops www and credentials, keeps anything else as given', () => {
    expect(siteOf('https://user:pw@WWW.Example.com:8080/x')).toBe('example.com');
    expect(siteOf('not a url')).toBe('not a url');
  });
});

describe('search, with the matching’s fold', () => {
  const index = buildIndex(list);
  const ids = (q: string) => list.filter((x) => matches(index, x.id, queryTerms(q))).map((x) => x.quote.exact);
  it('finds text, notes and page titles, ignoring case, typography and spacing, in both languages', () => {
    expect(ids('OPEN SOURCE')).toEqual(['open-source AI']);
    expect(ids('opensource')).toEqual(['open-source AI']);
    expect(ids('key claim')).toEqual(['personal superintelligence']);
    expect(ids('"superintelligence" letter')).toEqual(['open-source AI', 'personal superintelligence']);
    expect(ids('베히모스')).toEqual(['라마 4 베히모스를 공개하지 않았다']);
    expect(ids('라마4')).toEqual(['라마 4 베히모스를 공개하지 않았다']);
    expect(ids('초지능')).toEqual(['라마 4 베히모스를 공개하지 않았다']);
  });
  it('every word must be found; an empty query finds everything; a missing word nothing', () => {
    expect(ids('personal memo')).toEqual(['personal superintelligence']);
    expect(ids('  ')).toHaveLength(3);
    expect(ids('personal behemoth')).toEqual([]);
  });
});

describe('filters', () => {
  const pages = groupByPage(list);
  const index = buildIndex(list);
  const orphans = new Set([list[0]!.id]);
  it('by page, colour, orphans and search together; empty pages dropped', () => {
    expect(applyFilter(pages, index, orphans, NO_FILTER)).toBe(pages);
    expect(countHighlights(applyFilter(pages, index, orphans, { ...NO_FILTER, pageKey: A }))).toBe(2);
    expect(applyFilter(pages, index, orphans, { ...NO_FILTER, color: 'yellow' }).flatMap((p) => p.items.map((x) => x.quote.exact))).toEqual(['personal superintelligence']);
    expect(applyFilter(pages, index, orphans, { ...NO_FILTER, orphansOnly: true }).flatMap((p) => p.items.map((x) => x.id))).toEqual([list[0]!.id]);
    expect(applyFilter(pages, index, orphans, { ...NO_FILTER, color: 'green', query: 'superintelligence' }).map((p) => p.pageKey)).toEqual([A]);
    expect(applyFilter(pages, index, orphans, { ...NO_FILTER, color: 'pink' })).toEqual([]);
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, query: ' x ' })).toBe(true);
  });
});

describe('undo', () => {
  it('a deletion is undone by importing what was removed (valid message); a note by setting it back', () => {
    const stack = pushUndo([], { kind: 'delete', scope: 'all', removed: list });
    const msg = undoMessage(stack[0]!);
    expect(ToBackground.safeParse(msg).success).toBe(true);
    expect(msg).toEqual({ type: 'highlights:import', highlights: list, replaceConflicts: false });
    expect(undoMessage({ kind: 'note', id: 'x', before: 'old' })).toEqual({ type: 'highlight:note', id: 'x', note: 'old' });
  });
  it('nothing removed is nothing to undo; the stack keeps the latest MAX_UNDO', () => {
    expect(pushUndo([], { kind: 'delete', scope: 'page', removed: [] })).toEqual([]);
    let s = pushUndo([], { kind: 'note', id: 'first', before: '' });
    for (let i = 0; i < MAX_UNDO; i++) s = pushUndo(s, { kind: 'note', id: `n${i}`, before: '' });
    expect(s).toHaveLength(MAX_UNDO);
    expect(s.some((e) => e.kind === 'note' && e.id === 'first')).toBe(false);
  });
});

describe('orphans kept for the library', () => {
  it('placed ids leave the list, unplaced ones join it; junk is ignored', () => {
    expect(updateOrphans(['a', 'b', 3], ['a'], ['c'])).toEqual(['b', 'c']);
    expect(updateOrphans('junk', [], ['x'])).toEqual(['x']);
  });
});
