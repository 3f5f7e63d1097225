/** Reading a raw (unparsed) dataset value defensively, and naming an item and field in an error. */

export type Key = PropertyKey;
export type Path = readonly Key[];

/** The lists whose elements are "items", each named by index and id in errors. */
export const ARTICLE_LISTS = ['editions', 'documents', 'speakers', 'quotes'] as const;
export const TOP_LISTS = ['timeline', 'glossary'] as const;
/** The open source answer's points (`openSource.points[i]`), also items. */
export const POINTS: readonly Key[] = ['openSource', 'points'];

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function asArray(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

export function asString(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined;
}

export function get(root: unknown, path: Path): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isRecord(node) && typeof key === 'string') node = node[key];
    else return undefined;
  }
  return node;
}

export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += (out ? '.' : '') + String(key);
  }
  return out;
}

/** Where `path` splits into the item (a list element, or a top-level part) and the field within it. */
export function itemLength(path: Path): number {
  if (path[0] === 'article' && (ARTICLE_LISTS as readonly Key[]).includes(path[1] as Key) && typeof path[2] === 'number') return 3;
  if ((TOP_LISTS as readonly Key[]).includes(path[0] as Key) && typeof path[1] === 'number') return 2;
  if (path[0] === POINTS[0] && path[1] === POINTS[1] && typeof path[2] === 'number') return 3;
  return path.length === 0 ? 0 : 1;
}

/** One error line, `item (id "…"): field: message`, the item being the list element or top-level part of the path. */
export function describe(raw: unknown, path: Path, message: string): string {
  const n = itemLength(path);
  const itemPath = path.slice(0, n);
  const field = formatPath(path.slice(n));
  const item = n === 0 ? 'dataset' : formatPath(itemPath);
  const id = asString(get(get(raw, itemPath), ['id']));
  return `${item}${id !== undefined ? ` (id "${id}")` : ''}: ${field ? `${field}: ` : ''}${message}`;
}
