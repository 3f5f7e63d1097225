/**
 * W3C Web Annotations (JSON-LD) read back as highlights: an Annotation, a list, a page or a collection.
 * One bad annotation rejects the whole file, naming item and path. Other tools' annotations need only a
 * TextQuoteSelector on an http(s) page; a foreign or missing id becomes a derived UUID (stable on re-import).
 */
import { kindOf, UserHighlight } from './schema';
import { fromAnnotation, hasType } from './web-annotation-item';

/** Largest import file, in characters of text. */
export const MAX_IMPORT_CHARS = 10 * 1024 * 1024;
/** Most annotations in one import. */
export const MAX_IMPORT_ITEMS = 10_000;
/** Embedded pages of a collection followed through `next`. */
const MAX_PAGES = 1_000;

export type ImportErrorCode = 'too-large' | 'not-json' | 'not-annotations' | 'too-many' | 'invalid-item' | 'duplicate-id';

export type ParseResult =
  | { ok: true; highlights: UserHighlight[] }
  | {
      ok: false;
      /** What is wrong, in plain English, with the item (1-based) and path. */
      error: string;
      /** For a message in the reader's language. */
      code: ImportErrorCode;
      /** The annotation at fault (1-based), when one is. */
      item?: number;
    };

/** An import file's text: size and JSON syntax checked, then parseWebAnnotations. */
export function parseWebAnnotationsText(text: string, opts: { now?: Date } = {}): ParseResult {
  if (typeof text !== 'string') return fail('not-json', 'The file could not be read as text.');
  if (text.length > MAX_IMPORT_CHARS) {
    return fail('too-large', `The file is too large (${megabytes(text.length)} MB; the limit is ${megabytes(MAX_IMPORT_CHARS)} MB).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const cut = looksCutOff(text) ? ' It seems to be cut off.' : '';
    return fail('not-json', `The file is not valid JSON.${cut} (${detail})`);
  }
  return parseWebAnnotations(json, opts);
}

/** Highlights from parsed Web Annotation JSON; `now` stands in for a missing creation date. */
export function parseWebAnnotations(json: unknown, opts: { now?: Date } = {}): ParseResult {
  const now = (opts.now ?? new Date()).toISOString();
  const unwrapped = unwrap(json);
  if (!unwrapped.ok) return unwrapped;
  const items = unwrapped.items;
  if (items.length > MAX_IMPORT_ITEMS) {
    return fail('too-many', `The file holds ${items.length} annotations; at most ${MAX_IMPORT_ITEMS} can be imported at once.`);
  }
  const highlights: UserHighlight[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const n = i + 1;
    const converted = fromAnnotation(items[i], now);
    if (!converted.ok) return fail('invalid-item', `item ${n}: ${converted.error}`, n);
    const first = seen.get(converted.highlight.id);
    if (first !== undefined) return fail('duplicate-id', `item ${n}: id: the same id as item ${first}`, n);
    seen.set(converted.highlight.id, n);
    highlights.push(converted.highlight);
  }
  return { ok: true, highlights };
}

/** True when JSON text ends inside a string or with brackets still open (a file cut short). */
export function looksCutOff(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return inString || depth > 0;
}

function fail(code: ImportErrorCode, error: string, item?: number): ParseResult {
  return item === undefined ? { ok: false, error, code } : { ok: false, error, code, item };
}

function megabytes(chars: number): string {
  return (chars / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

const NOT_ANNOTATIONS =
  'This file holds no Web Annotations: expected an Annotation ("type": "Annotation"), a list of them, an AnnotationPage or an AnnotationCollection.';

/** The annotations a file holds, from whichever of the accepted shapes it has. */
function unwrap(json: unknown): { ok: true; items: unknown[] } | Extract<ParseResult, { ok: false }> {
  const notAnnotations = { ok: false as const, error: NOT_ANNOTATIONS, code: 'not-annotations' as const };
  if (Array.isArray(json)) {
    if (!json.some((x) => hasType(x, 'Annotation'))) return notAnnotations;
    return { ok: true, items: json };
  }
  if (json === null || typeof json !== 'object') return notAnnotations;
  if (hasType(json, 'Annotation')) return { ok: true, items: [json] };
  if (hasType(json, 'AnnotationPage')) return pageItems(json as Record<string, unknown>, 'the page');
  if (hasType(json, 'AnnotationCollection')) {
    const c = json as Record<string, unknown>;
    if (c.first === undefined || c.first === null) {
      if (c.total === undefined || c.total === 0) return { ok: true, items: [] };
      return { ok: false, error: 'The collection has no pages in this file (no "first" page).', code: 'not-annotations' };
    }
    if (typeof c.first === 'string') {
      return { ok: false, error: 'The collection’s pages are not in this file ("first" is only a link to them).', code: 'not-annotations' };
    }
    const items: unknown[] = [];
    let page: unknown = c.first;
    for (let p = 1; page !== undefined && page !== null; p++) {
      if (p > MAX_PAGES) return { ok: false, error: `The collection has more than ${MAX_PAGES} pages.`, code: 'too-many' };
      if (typeof page !== 'object' || Array.isArray(page)) {
        return { ok: false, error: `page ${p}: not an AnnotationPage (found ${kindOf(page)}).`, code: 'not-annotations' };
      }
      const got = pageItems(page as Record<string, unknown>, `page ${p}`);
      if (!got.ok) return got;
      items.push(...got.items);
      const next = (page as Record<string, unknown>).next;
      if (typeof next === 'string') {
        return { ok: false, error: `page ${p + 1} of the collection is not in this file ("next" is only a link to it).`, code: 'not-annotations' };
      }
      page = next;
      if (items.length > MAX_IMPORT_ITEMS) break;
    }
    return { ok: true, items };
  }
  return notAnnotations;
}

function pageItems(page: Record<string, unknown>, name: string): { ok: true; items: unknown[] } | Extract<ParseResult, { ok: false }> {
  if (!Array.isArray(page.items)) {
    return { ok: false, error: `${name}: items: expected a list of annotations, found ${page.items === undefined ? 'nothing' : kindOf(page.items)}.`, code: 'not-annotations' };
  }
  return { ok: true, items: page.items };
}

// One annotation ------------------------------------------------------------

