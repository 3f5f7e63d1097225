/**
 * The reader's highlights in `storage.local`; the background is the single writer. Every read is validated
 * item by item: what is invalid is set aside (kept, never dropped) in the same storage call. Writes are
 * serialized; a quota failure rejects with StorageFullError and changes nothing.
 */
import { storage } from 'wxt/utils/storage';
import { z } from '../zod';
import { describeIssues, kindOf, MAX_NOTE, safeParseReporting, UserHighlight } from './schema';
import { isMarker, ITEM_MIGRATIONS, migrateValue, wxtMigrations, type ItemMigration } from './migrations';
import { isHighlightColor, type HighlightColor } from './colors';
import { isQuotaError, StorageFullError } from './quota';

export const HIGHLIGHTS_KEY = 'local:highlights' as const;
export const SET_ASIDE_KEY = 'local:highlights-set-aside' as const;
/** The shape of the stored list. Bump it, and add ITEM_MIGRATIONS[n], when UserHighlight changes. */
export const HIGHLIGHTS_VERSION = 2;

/** Something that could not be read as a highlight, kept as it was. */
export interface SetAsideEntry {
  raw: unknown;
  reason: string;
  /** When it was set aside (ISO date-time). */
  at: string;
}

const SetAsideSchema = z.object({ raw: z.unknown(), reason: z.string(), at: z.string() });

export type NewHighlight = Omit<UserHighlight, 'id' | 'created' | 'modified' | 'note' | 'color'> & { note?: string; color?: HighlightColor };

export interface ImportCounts {
  /** New highlights saved. */
  added: number;
  /** Already saved exactly so. */
  unchanged: number;
  /** Saved with the same id but different content (left as they were unless replaceConflicts). */
  conflicts: number;
  /** Conflicts replaced by the imported version (replaceConflicts only). */
  replaced: number;
}

export interface HighlightStore {
  /** All highlights, or one page's (by pageKey), in the order they were saved. */
  listHighlights(pageKey?: string): Promise<UserHighlight[]>;
  /** Saves a new highlight (id, dates given here); rejects a TypeError when the input is not valid. */
  addHighlight(input: NewHighlight): Promise<UserHighlight>;
  /** Sets a highlight's note; null when there is no such highlight. */
  updateNote(id: string, note: string): Promise<UserHighlight | null>;
  /** Sets a highlight's colour; null when there is no such highlight. */
  updateColor(id: string, color: HighlightColor): Promise<UserHighlight | null>;
  /** Removes the highlights with these ids, in one write, and returns them (for undo). */
  removeHighlights(ids: readonly string[]): Promise<UserHighlight[]>;
  /** Removes a highlight and returns it (for undo); null when there is no such highlight. */
  removeHighlight(id: string): Promise<UserHighlight | null>;
  /** Puts a removed highlight back (undo); nothing happens when one with its id is saved. */
  restoreHighlight(h: UserHighlight): Promise<void>;
  /** Saves imported highlights; same id and different content is a conflict, replaced only with consent. */
  importHighlights(list: readonly UserHighlight[], opts: { replaceConflicts: boolean }): Promise<ImportCounts>;
  /** What was set aside (after setting aside whatever the stored list holds that is not valid). */
  setAside(): Promise<SetAsideEntry[]>;
}

export interface HighlightStoreOptions {
  key?: `local:${string}`;
  setAsideKey?: `local:${string}`;
  version?: number;
  migrations?: Readonly<Record<number, ItemMigration>>;
  /** The clock and the id maker (tests fix them). */
  now?: () => Date;
  newId?: () => string;
}

type Meta = { v?: number };

/** A store over its own storage items (the module's functions use the default one). */
export function createHighlightStore(opts: HighlightStoreOptions = {}): HighlightStore {
  const key = opts.key ?? HIGHLIGHTS_KEY;
  const setAsideKey = opts.setAsideKey ?? SET_ASIDE_KEY;
  const version = opts.version ?? HIGHLIGHTS_VERSION;
  const migrations = opts.migrations ?? ITEM_MIGRATIONS;
  const now = opts.now ?? (() => new Date());
  const newId = opts.newId ?? (() => crypto.randomUUID());

  const item = storage.defineItem<unknown, Meta>(key, { version, migrations: wxtMigrations(version, migrations) });
  const asideItem = storage.defineItem<unknown>(setAsideKey);
  // WXT keeps an item's metadata (its version) under the key followed by `$`.
  const metaKey = `${key}$` as const;

  let tail: Promise<unknown> = Promise.resolve();
  /** Runs tasks one at a time, in call order; a failed task does not stop the next. */
  function serialize<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  }

  async function guarded<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (e) {
      if (isQuotaError(e)) throw new StorageFullError({ cause: e });
      throw e;
    }
  }

  /** The set-aside list as stored, each entry checked (an unreadable entry is wrapped, not lost). */
  async function readAside(): Promise<SetAsideEntry[]> {
    const raw = await asideItem.getValue();
    if (raw === null || raw === undefined) return [];
    const at = now().toISOString();
    if (!Array.isArray(raw)) return [{ raw, reason: 'the list of set-aside data was itself unreadable', at }];
    return raw.map((e) => {
      const r = SetAsideSchema.safeParse(e);
      return r.success ? { raw: r.data.raw, reason: r.data.reason, at: r.data.at } : { raw: e, reason: 'an unreadable set-aside entry', at };
    });
  }

  interface Loaded {
    list: UserHighlight[];
    meta: Meta;
  }

  /** The valid highlights; invalid ones are set aside with the cleaned list. If that fails, a read still answers but a write rejects. */
  async function load(forWrite: boolean): Promise<Loaded> {
    const raw = await item.getValue(); // after WXT's migrations
    const meta = (await item.getMeta()) as Meta;
    const stored = typeof meta.v === 'number' && Number.isFinite(meta.v) ? meta.v : 1;
    const at = now().toISOString();
    const aside: SetAsideEntry[] = [];
    let items: unknown[];
    let rewrite = false;
    if (raw === null || raw === undefined) items = [];
    else if (stored > version) {
      aside.push({ raw, reason: `saved by a newer version of the extension (data version ${stored}; this version reads ${version})`, at });
      items = [];
    } else if (stored < version) {
      items = migrateValue(raw, stored, version, migrations); // WXT's migration did not complete
      rewrite = true;
    } else if (!Array.isArray(raw)) {
      aside.push({ raw, reason: `not a list of highlights (found ${kindOf(raw)})`, at });
      items = [];
    } else items = raw;

    const list: UserHighlight[] = [];
    const ids = new Set<string>();
    for (const x of items) {
      if (isMarker(x)) {
        aside.push({ raw: x.raw, reason: x.reason, at });
        continue;
      }
      const r = safeParseReporting(UserHighlight, x);
      if (!r.success) aside.push({ raw: x, reason: `not a valid highlight: ${describeIssues(r.error)}`, at });
      else if (ids.has(r.data.id)) aside.push({ raw: x, reason: `a second highlight with the id ${r.data.id}`, at });
      else {
        ids.add(r.data.id);
        list.push(r.data);
      }
    }

    if (aside.length > 0 || rewrite) {
      try {
        await write(list, meta, aside);
      } catch (e) {
        if (forWrite) throw e;
      }
    }
    return { list, meta };
  }

  /** The list, its version and any newly set-aside entries, in one storage call. */
  async function write(list: UserHighlight[], meta: Meta, aside: SetAsideEntry[] = []): Promise<void> {
    const values: Array<{ key: `local:${string}`; value: unknown }> = [{ key, value: list }];
    if (meta.v !== version) values.push({ key: metaKey, value: { ...meta, v: version } });
    if (aside.length > 0) {
      const current = await readAside();
      const seen = new Set(current.map((e) => `${e.reason}\n${canonical(e.raw)}`));
      const fresh = aside.filter((e) => !seen.has(`${e.reason}\n${canonical(e.raw)}`));
      values.unshift({ key: setAsideKey, value: [...current, ...fresh] });
    }
    await guarded(() => storage.setItems(values));
    meta.v = version;
  }

  function checked(h: unknown, what: string): UserHighlight {
    const r = safeParseReporting(UserHighlight, h);
    if (!r.success) throw new TypeError(`${what}: ${describeIssues(r.error)}`);
    return r.data;
  }

  return {
    listHighlights: (pageKey) =>
      serialize(async () => {
        const { list } = await load(false);
        return pageKey === undefined ? list : list.filter((h) => h.pageKey === pageKey);
      }),

    addHighlight: (input) =>
      serialize(async () => {
        const t = now().toISOString();
        const h = checked({ ...input, id: newId(), created: t, modified: t, note: input?.note ?? '' }, 'addHighlight');
        const { list, meta } = await load(true);
        await write([...list, h], meta);
        return h;
      }),

    updateNote: (id, note) =>
      serialize(async () => {
        if (typeof note !== 'string' || note.length > MAX_NOTE) throw new TypeError(`updateNote: a note is text of at most ${MAX_NOTE} characters`);
        const { list, meta } = await load(true);
        const i = list.findIndex((h) => h.id === id);
        if (i < 0) return null;
        if (list[i]!.note === note) return list[i]!;
        const updated = { ...list[i]!, note, modified: now().toISOString() };
        await write(list.map((h, j) => (j === i ? updated : h)), meta);
        return updated;
      }),

    updateColor: (id, color) =>
      serialize(async () => {
        if (!isHighlightColor(color)) throw new TypeError(`updateColor: not a highlight colour: ${String(color)}`);
        const { list, meta } = await load(true);
        const i = list.findIndex((h) => h.id === id);
        if (i < 0) return null;
        if (list[i]!.color === color) return list[i]!;
        const updated = { ...list[i]!, color, modified: now().toISOString() };
        await write(list.map((h, j) => (j === i ? updated : h)), meta);
        return updated;
      }),

    removeHighlights: (ids) =>
      serialize(async () => {
        const gone = new Set(ids);
        const { list, meta } = await load(true);
        const removed = list.filter((h) => gone.has(h.id));
        if (removed.length > 0) await write(list.filter((h) => !gone.has(h.id)), meta);
        return removed;
      }),

    removeHighlight: (id) =>
      serialize(async () => {
        const { list, meta } = await load(true);
        const removed = list.find((h) => h.id === id);
        if (!removed) return null;
        await write(
          list.filter((h) => h !== removed),
          meta,
        );
        return removed;
      }),

    restoreHighlight: (h) =>
      serialize(async () => {
        const restored = checked(h, 'restoreHighlight');
        const { list, meta } = await load(true);
        if (list.some((x) => x.id === restored.id)) return;
        await write([...list, restored], meta);
      }),

    importHighlights: (incoming, { replaceConflicts }) =>
      serialize(async () => {
        const valid = (Array.isArray(incoming) ? incoming : []).map((h, i) => checked(h, `importHighlights: item ${i + 1}`));
        const { list, meta } = await load(true);
        const next = [...list];
        const index = new Map(next.map((h, i) => [h.id, i]));
        const counts: ImportCounts = { added: 0, unchanged: 0, conflicts: 0, replaced: 0 };
        for (const h of valid) {
          const i = index.get(h.id);
          if (i === undefined) {
            index.set(h.id, next.length);
            next.push(h);
            counts.added++;
          } else if (canonical(next[i]) === canonical(h)) counts.unchanged++;
          else {
            counts.conflicts++;
            if (replaceConflicts) {
              next[i] = h;
              counts.replaced++;
            }
          }
        }
        if (counts.added > 0 || counts.replaced > 0) await write(next, meta);
        return counts;
      }),

    setAside: () =>
      serialize(async () => {
        await load(false);
        return readAside();
      }),
  };
}

/** JSON with object keys sorted: equal for equal data whatever the key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
      : v,
  ) ?? 'undefined';
}

/**
 * Made at first use, not when the background starts: WXT's versioned item reads the whole stored list at once to
 * migrate it (twice, with its initial value), which held every start of the worker, and the scan that started it,
 * behind the read (5,000 highlights: 2.6 MB).
 */
let created: HighlightStore | null = null;
const defaultStore = (): HighlightStore => (created ??= createHighlightStore());

export const listHighlights: HighlightStore['listHighlights'] = (pageKey) => defaultStore().listHighlights(pageKey);
export const addHighlight: HighlightStore['addHighlight'] = (input) => defaultStore().addHighlight(input);
export const updateNote: HighlightStore['updateNote'] = (id, note) => defaultStore().updateNote(id, note);
export const updateColor: HighlightStore['updateColor'] = (id, color) => defaultStore().updateColor(id, color);
export const removeHighlights: HighlightStore['removeHighlights'] = (ids) => defaultStore().removeHighlights(ids);
export const removeHighlight: HighlightStore['removeHighlight'] = (id) => defaultStore().removeHighlight(id);
export const restoreHighlight: HighlightStore['restoreHighlight'] = (h) => defaultStore().restoreHighlight(h);
export const importHighlights: HighlightStore['importHighlights'] = (list, opts) => defaultStore().importHighlights(list, opts);
export const setAside: HighlightStore['setAside'] = () => defaultStore().setAside();
