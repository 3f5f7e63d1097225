/** Migrating the stored highlights item by item: an item a step cannot convert is marked, to be set aside on the next read. */
import { kindOf } from './schema';
import { DEFAULT_COLOR, isHighlightColor } from './colors';

/** Turns one stored item of version n - 1 into version n; throws when it cannot. */
export type ItemMigration = (item: unknown) => unknown;

export const MARK = '__metaContextSetAside';

/** An item a migration could not convert, carried in the list until the next read sets it aside. */
interface Marker {
  [MARK]: true;
  raw: unknown;
  reason: string;
}

function marker(raw: unknown, reason: string): Marker {
  return { [MARK]: true, raw, reason };
}

export function isMarker(x: unknown): x is Marker {
  return x !== null && typeof x === 'object' && (x as Record<string, unknown>)[MARK] === true;
}

/** One migration step to version `to`, item by item; an item that throws (or a non-list) becomes a marker the next read sets aside. Never throws. */
export function migrateStep(value: unknown, to: number, migrate: ItemMigration | undefined): unknown[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return [marker(value, `not a list of highlights (found ${kindOf(value)}) when upgrading to version ${to}`)];
  return value.map((item) => {
    if (isMarker(item) || !migrate) return item;
    try {
      return migrate(item);
    } catch (e) {
      return marker(item, `could not be upgraded to version ${to}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}

/** The stored value migrated from version `from` to `to`, step by step (see migrateStep). */
export function migrateValue(value: unknown, from: number, to: number, migrations: Readonly<Record<number, ItemMigration>>): unknown[] {
  let v: unknown = value;
  for (let n = from + 1; n <= to; n++) v = migrateStep(v, n, migrations[n]);
  return Array.isArray(v) ? v : migrateStep(v, to, undefined);
}

/** WXT's `migrations` option from item migrations: one step per version up to `version`. */
export function wxtMigrations(version: number, migrations: Readonly<Record<number, ItemMigration>>): Record<number, (old: unknown) => unknown[]> {
  const out: Record<number, (old: unknown) => unknown[]> = {};
  for (let n = 2; n <= version; n++) out[n] = (old) => migrateStep(old, n, migrations[n]);
  return out;
}

/** Item migrations by the version they lead to. */
export const ITEM_MIGRATIONS: Readonly<Record<number, ItemMigration>> = {
  // v2: highlights have a colour; those made before are the default (the green they were painted in).
  2: (item) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new Error(`expected an object, found ${kindOf(item)}`);
    const color = (item as { color?: unknown }).color;
    return { ...item, color: isHighlightColor(color) ? color : DEFAULT_COLOR };
  },
};
