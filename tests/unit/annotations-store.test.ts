import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { article, keyQuotes } from '../../lib/dataset/article';
import { pageKey } from '../../lib/annotations/page-key';
import { UserHighlight } from '../../lib/annotations/schema';
import { describeSpan } from '../../lib/annotations/text-anchor';
import { toWebAnnotations } from '../../lib/annotations/web-annotation';
import { parseWebAnnotations } from '../../lib/annotations/web-annotation-import';
import {
  addHighlight,
  createHighlightStore,
  HIGHLIGHTS_VERSION,
  importHighlights,
  listHighlights,
  removeHighlight,
  restoreHighlight,
  setAside,
  updateNote,
  type NewHighlight,
} from '../../lib/annotations/store';
import { migrateStep, migrateValue, wxtMigrations } from '../../lib/annotations/migrations';
import { isQuotaError, StorageFullError } from '../../lib/annotations/quota';
import { enEdition as en, enText, koEdition as ko, koText } from './support/article-pages';

const koQuotes = keyQuotes(article).flatMap((q) => (q.ko ? [q.ko] : []));
const enQuotes = keyQuotes(article).map((q) => q.en);

/** What the content script sends for a selection of `quote` on a page. */
function input(text: string, quote: string, url: string, title: string): NewHighlight {
  const start = text.indexOf(quote);
  return { pageKey: pageKey(url)!, url, title, ...describeSpan(text, start, start + quote.length) };
}
const koInputs = koQuotes.map((q) => input(koText, q, ko.url, article.title.ko));
const enInputs = enQuotes.map((q) => input(enText, q, en.url, article.title.en));

/** What storage.local holds under a key (the store's area). */
async function stored(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

/** A complete, valid highlight as it would be stored. */
function validStored(i: number): UserHighlight {
  const t = new Date(Date.UTC(2025, 6, 31, 9, i)).toISOString();
  return UserHighlight.parse({ ...koInputs[i % koInputs.length]!, id: crypto.randomUUID(), created: t, modified: t, note: '' });
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the highlight store: saving, listing, notes, removing with undo', () => {
  it('saves highlights with a UUID and dates, and lists them all or by page', async () => {
    const before = Date.now();
    const added = [];
    for (const i of [...koInputs, ...enInputs]) added.push(await addHighlight(i));
    for (const [n, h] of added.entries()) {
      const i = [...koInputs, ...enInputs][n]!;
      expect(h).toMatchObject({ ...i, note: '' });
      expect(h.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(Date.parse(h.created)).toBeGreaterThanOrEqual(before);
      expect(h.modified).toBe(h.created);
    }
    expect(new Set(added.map((h) => h.id)).size).toBe(added.length);
    expect(await listHighlights()).toEqual(added);
    expect(await listHighlights(pageKey(ko.url)!)).toEqual(added.filter((h) => h.url === ko.url));
    expect(await listHighlights(pageKey(en.url)!)).toEqual(added.filter((h) => h.url === en.url));
    expect(await listHighlights('https://example.com/other')).toEqual([]);
    // In storage.local under `highlights`, as the list itself.
    expect(await stored('highlights')).toEqual(added);
  });

  it('keeps a note, and gives null for a highlight that is not there', async () => {
    const h = await addHighlight({ ...koInputs[0]!, note: '처음 메모' });
    expect(h.note).toBe('처음 메모');
    const updated = await updateNote(h.id, '다시 읽을 것');
    expect(updated).toMatchObject({ id: h.id, note: '다시 읽을 것', created: h.created });
    expect(Date.parse(updated!.modified)).toBeGreaterThanOrEqual(Date.parse(h.modified));
    expect((await listHighlights())[0]!.note).toBe('다시 읽을 것');
    expect(await updateNote('no-such-id', 'x')).toBeNull();
    await expect(updateNote(h.id, 'x'.repeat(10_001))).rejects.toThrow(TypeError);
  });

  it('removes a highlight, returning it, and puts it back on undo (once)', async () => {
    const a = await addHighlight(koInputs[0]!);
    const b = await addHighlight(koInputs[1]!);
    const removed = await removeHighlight(a.id);
    expect(removed).toEqual(a);
    expect(await listHighlights()).toEqual([b]);
    expect(await removeHighlight(a.id)).toBeNull();
    await restoreHighlight(removed!);
    await restoreHighlight(removed!);
    expect(await listHighlights()).toEqual([b, a]);
  });

  it('refuses invalid input and saves nothing', async () => {
    await expect(addHighlight({ ...koInputs[0]!, quote: { ...koInputs[0]!.quote, exact: '' } })).rejects.toThrow(/addHighlight: quote\.exact: empty/);
    await expect(addHighlight({ ...koInputs[0]!, position: { type: 'TextPositionSelector', start: 5, end: 5 } })).rejects.toThrow(TypeError);
    await expect(restoreHighlight({ id: 'x' } as UserHighlight)).rejects.toThrow(TypeError);
    expect(await listHighlights()).toEqual([]);
  });
});

describe('two tabs saving at once lose nothing', () => {
  it('concurrent saves from two pages are all kept', async () => {
    const all = [...koInputs, ...enInputs, ...koInputs, ...enInputs];
    const added = await Promise.all(all.map((i) => addHighlight(i)));
    const list = await listHighlights();
    expect(list).toHaveLength(all.length);
    expect(new Set(list.map((h) => h.id))).toEqual(new Set(added.map((h) => h.id)));
    expect(await stored('highlights')).toHaveLength(all.length);
  });

  it('concurrent notes, removals and saves each see the others', async () => {
    const first = await Promise.all(koInputs.map((i) => addHighlight(i)));
    const [, removed, ...more] = await Promise.all([
      Promise.all(first.map((h, n) => updateNote(h.id, `note ${n}`))),
      removeHighlight(first[0]!.id),
      ...enInputs.map((i) => addHighlight(i)),
    ]);
    expect(removed).toMatchObject({ id: first[0]!.id });
    const list = await listHighlights();
    expect(list.map((h) => h.id)).toEqual([...first.slice(1), ...more].map((h) => (h as UserHighlight).id));
    for (const [n, h] of first.entries()) if (n > 0) expect(list.find((x) => x.id === h.id)!.note).toBe(`note ${n}`);
  });
});

describe('import', () => {
  it('adds new highlights, counts those already saved, and leaves conflicts alone without consent', async () => {
    const mine = await Promise.all(koInputs.map((i) => addHighlight(i)));
    const file = parseWebAnnotations(toWebAnnotations(mine, new Date()));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    // Same file back: nothing changes.
    expect(await importHighlights(file.highlights, { replaceConflicts: false })).toEqual({ added: 0, unchanged: mine.length, conflicts: 0, replaced: 0 });
    // Another reader's file: two new ones, one edited note of ours.
    const theirs = [...enInputs.slice(0, 2).map((i, n) => ({ ...validStored(n), ...i, id: crypto.randomUUID() })), { ...mine[0]!, note: 'their note', modified: new Date().toISOString() }];
    expect(await importHighlights(theirs, { replaceConflicts: false })).toEqual({ added: 2, unchanged: 0, conflicts: 1, replaced: 0 });
    expect((await listHighlights()).find((h) => h.id === mine[0]!.id)).toEqual(mine[0]);
    // With consent the conflict is replaced.
    expect(await importHighlights(theirs, { replaceConflicts: true })).toEqual({ added: 0, unchanged: 2, conflicts: 1, replaced: 1 });
    expect((await listHighlights()).find((h) => h.id === mine[0]!.id)!.note).toBe('their note');
    expect(await listHighlights()).toHaveLength(mine.length + 2);
  });

  it('export then import into an empty profile gives back the same highlights', async () => {
    const mine = await Promise.all([...koInputs, ...enInputs].map((i, n) => addHighlight({ ...i, note: n % 2 ? `note ${n}` : '' })));
    const file = parseWebAnnotations(JSON.parse(JSON.stringify(toWebAnnotations(await listHighlights(), new Date()))));
    fakeBrowser.reset();
    expect(await listHighlights()).toEqual([]);
    expect(file.ok && (await importHighlights(file.highlights, { replaceConflicts: false }))).toEqual({ added: mine.length, unchanged: 0, conflicts: 0, replaced: 0 });
    expect(await listHighlights()).toEqual(mine);
  });
});

describe('corrupted data is set aside, never dropped, never a crash', () => {
  it('invalid items and duplicate ids are set aside with a reason; the valid ones are listed', async () => {
    const good = [validStored(0), validStored(1)];
    const bad: unknown[] = [
      'a string',
      null,
      { ...validStored(2), quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } },
      { ...validStored(3), created: 'last tuesday' },
      { ...good[0]!, note: 'same id as the first' },
    ];
    const raw = [good[0], bad[0], bad[1], good[1], bad[2], bad[3], bad[4]];
    await fakeBrowser.storage.local.set({ highlights: raw });

    expect(await listHighlights()).toEqual(good);
    const aside = await setAside();
    expect(aside.map((e) => e.raw)).toEqual(bad);
    for (const e of aside) {
      expect(typeof e.reason).toBe('string');
      expect(Number.isNaN(Date.parse(e.at))).toBe(false);
    }
    expect(aside[2]!.reason).toMatch(/quote\.exact: empty/);
    expect(aside[3]!.reason).toMatch(/created: not a date-time/);
    expect(aside[4]!.reason).toMatch(/second highlight with the id/);
    // Moved, not copied: the stored list is clean, and reading again sets nothing aside twice.
    expect(await stored('highlights')).toEqual(good);
    expect(await listHighlights()).toEqual(good);
    expect(await setAside()).toEqual(aside);
    expect(await stored('highlights-set-aside')).toEqual(aside);
    // Exportable as JSON.
    expect(JSON.parse(JSON.stringify(aside))).toEqual(aside.map((e) => ({ ...e, raw: e.raw })));
  });

  it('a stored value that is not a list is set aside whole', async () => {
    for (const value of ['garbage', 42, { highlights: [] }, true]) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set({ highlights: value });
      expect(await listHighlights()).toEqual([]);
      expect((await setAside()).map((e) => e.raw)).toEqual([value]);
      const h = await addHighlight(koInputs[0]!);
      expect(await listHighlights()).toEqual([h]);
      expect((await setAside()).map((e) => e.raw)).toEqual([value]);
    }
  });

  it('highlights saved by a newer version are set aside whole, not misread', async () => {
    const newer = [{ ...validStored(0), color: 'green', version2Field: true }];
    await fakeBrowser.storage.local.set({ highlights: newer, highlights$: { v: HIGHLIGHTS_VERSION + 1 } });
    expect(await listHighlights()).toEqual([]);
    const aside = await setAside();
    expect(aside).toHaveLength(1);
    expect(aside[0]!.raw).toEqual(newer);
    expect(aside[0]!.reason).toMatch(/newer version/);
    expect(await stored('highlights$')).toEqual({ v: HIGHLIGHTS_VERSION });
    const h = await addHighlight(koInputs[0]!);
    expect(await listHighlights()).toEqual([h]);
  });

  it('a corrupted set-aside list is kept too', async () => {
    await fakeBrowser.storage.local.set({ 'highlights-set-aside': { not: 'a list' }, highlights: ['bad item'] });
    const aside = await setAside();
    expect(aside.map((e) => e.raw)).toEqual([{ not: 'a list' }, 'bad item']);
    await fakeBrowser.storage.local.set({ 'highlights-set-aside': [{ raw: 1, reason: 'x', at: 'y' }, 'odd entry'] });
    expect((await setAside()).map((e) => e.raw)).toEqual([1, 'odd entry']);
  });
});

describe('a full storage is reported', () => {
  it('recognises the browsers’ quota errors', () => {
    expect(isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(isQuotaError(new Error('Resource::kQuotaBytes quota exceeded'))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('The current transaction exceeded its quota limitations.'), { name: 'QuotaExceededError' }))).toBe(true);
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('Extension context invalidated.'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('a refused write rejects with StorageFullError, changes nothing, and the next write works', async () => {
    const h = await addHighlight(koInputs[0]!);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const failed = addHighlight(koInputs[1]!);
    await expect(failed).rejects.toBeInstanceOf(StorageFullError);
    await expect(failed).rejects.toMatchObject({ name: 'StorageFullError' });
    expect(await listHighlights()).toEqual([h]);
    const h2 = await addHighlight(koInputs[1]!);
    expect(await listHighlights()).toEqual([h, h2]);
  });

  it('other storage errors are passed on as they are', async () => {
    const error = new Error('Extension context invalidated.');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(error);
    await expect(addHighlight(koInputs[0]!)).rejects.toBe(error);
    expect(await listHighlights()).toEqual([]);
  });

  it('when even setting aside does not fit, reading still works and nothing is lost', async () => {
    const good = validStored(0);
    await fakeBrowser.storage.local.set({ highlights: [good, 'bad item'] });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await listHighlights()).toEqual([good]);
    await expect(addHighlight(koInputs[1]!)).rejects.toBeInstanceOf(StorageFullError);
    expect(await stored('highlights')).toEqual([good, 'bad item']);
    set.mockRestore();
    expect(await listHighlights()).toEqual([good]);
    expect((await setAside()).map((e) => e.raw)).toEqual(['bad item']);
  });
});

describe('migrations', () => {
  /** A v2 for the tests: version 1 called the note `comment`. */
  const toV2 = (item: unknown) => {
    const { comment, ...rest } = item as Record<string, unknown>;
    if (typeof comment !== 'string') throw new Error('comment is not text');
    return { ...rest, note: comment };
  };
  const v1Item = (i: number, comment: unknown) => {
    const { note: _note, ...rest } = validStored(i);
    return { ...rest, comment };
  };

  it('migrateStep converts item by item; what it cannot convert is marked with the reason, never dropped', () => {
    const items = [v1Item(0, 'one'), v1Item(1, 42), v1Item(2, '')];
    const out = migrateStep(items, 2, toV2);
    expect(out[0]).toEqual({ ...validStored(0), id: items[0]!.id, note: 'one' });
    expect(out[1]).toMatchObject({ raw: items[1], reason: 'could not be upgraded to version 2: comment is not text' });
    expect(out[2]).toMatchObject({ note: '' });
    // Marked items pass later steps untouched; a value that is not a list is marked whole.
    expect(migrateStep(out, 3, () => ({ replaced: true }))[1]).toEqual(out[1]);
    expect(migrateStep('junk', 2, toV2)).toEqual([expect.objectContaining({ raw: 'junk' })]);
    expect(migrateStep(null, 2, toV2)).toEqual([]);
  });

  it('migrateValue runs each step from the stored version; no migration is identity', () => {
    const items = [v1Item(0, 'a')];
    expect(migrateValue(items, 1, 1, { 2: toV2 })).toEqual(items);
    expect(migrateValue(items, 1, 2, { 2: toV2 })).toEqual([toV2(items[0])]);
    expect(migrateValue(items, 1, 3, { 2: toV2 })).toEqual([toV2(items[0])]);
    expect(Object.keys(wxtMigrations(3, { 2: toV2 }))).toEqual(['2', '3']);
    expect(wxtMigrations(1, {})).toEqual({});
  });

  it('a v2 store upgrades stored v1 highlights at start, sets aside what it cannot upgrade, and records v2', async () => {
    const items = [v1Item(0, 'first'), v1Item(1, null), v1Item(2, 'third')];
    await fakeBrowser.storage.local.set({ 'test-hl': items, 'test-hl$': { v: 1 } });
    const store = createHighlightStore({ key: 'local:test-hl', setAsideKey: 'local:test-hl-aside', version: 2, migrations: { 2: toV2 } });
    const list = await store.listHighlights();
    expect(list.map((h) => [h.id, h.note])).toEqual([
      [items[0]!.id, 'first'],
      [items[2]!.id, 'third'],
    ]);
    const aside = await store.setAside();
    expect(aside.map((e) => e.raw)).toEqual([items[1]]);
    expect(aside[0]!.reason).toMatch(/version 2: comment is not text/);
    expect(await stored('test-hl$')).toEqual({ v: 2 });
    // Started again on upgraded data: nothing runs twice.
    const again = createHighlightStore({ key: 'local:test-hl', setAsideKey: 'local:test-hl-aside', version: 2, migrations: { 2: toV2 } });
    expect(await again.listHighlights()).toEqual(list);
    expect(await again.setAside()).toEqual(aside);
  });

  it('a value with no version recorded is version 1', async () => {
    const items = [v1Item(0, 'x')];
    await fakeBrowser.storage.local.set({ 'test-hl2': items });
    const store = createHighlightStore({ key: 'local:test-hl2', setAsideKey: 'local:test-hl2-aside', version: 2, migrations: { 2: toV2 } });
    expect((await store.listHighlights()).map((h) => h.note)).toEqual(['x']);
  });

  it('a new profile on v2 records v2 with its first highlight, so it is never migrated as v1', async () => {
    const store = createHighlightStore({ key: 'local:test-hl3', setAsideKey: 'local:test-hl3-aside', version: 2, migrations: { 2: toV2 } });
    const h = await store.addHighlight(koInputs[0]!);
    expect(await stored('test-hl3$')).toEqual({ v: 2 });
    const restarted = createHighlightStore({ key: 'local:test-hl3', setAsideKey: 'local:test-hl3-aside', version: 2, migrations: { 2: toV2 } });
    expect(await restarted.listHighlights()).toEqual([h]);
    expect(await restarted.setAside()).toEqual([]);
  });
});

describe('the store in a worker that just started', () => {
  it('reads nothing until it is first used (a big store read at start held the scan that woke the worker)', async () => {
    fakeBrowser.reset();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    vi.resetModules();
    const store = await import('../../lib/annotations/store');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(get).not.toHaveBeenCalled();
    expect(await store.listHighlights()).toEqual([]);
    expect(get).toHaveBeenCalled();
    get.mockRestore();
  });
});
