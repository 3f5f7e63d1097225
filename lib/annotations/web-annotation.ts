/**
 * Highlights as W3C Web Annotations (JSON-LD), out and back in.
 * Model: https://www.w3.org/TR/annotation-model/ ; context http://www.w3.org/ns/anno.jsonld.
 *
 * Export: one AnnotationCollection with its single page embedded as `first`.
 * Each highlight is an Annotation with id `urn:uuid:<id>`, motivation
 * `highlighting` (or `commenting` with a note, which is its TextualBody), and
 * a SpecificResource target: `source` (the page address, kept a plain IRI as
 * other tools read it), `selector` [TextQuoteSelector, TextPositionSelector],
 * and the page title as `dc:title` (Dublin Core; the anno.jsonld context
 * declares the `dc` prefix, and the model itself has no title property).
 * `generated` and `generator` say when and by what the file was written.
 * The colour is the target's `styleClass` (`meta-context-yellow`, ...),
 * defined by the annotation's `stylesheet` (a CssStylesheet: model §4.3.1);
 * on import a `styleClass` naming one of our colours (with or without the
 * prefix) sets it, anything else gives the default colour.
 *
 * Import: a single Annotation, a list of them, an AnnotationPage, or an
 * AnnotationCollection with its pages embedded. Every annotation is checked
 * (zod and plain checks); one that cannot become a highlight rejects the
 * whole file with a message that names the item and the path, so the reader
 * never gets half a file. Annotations from other tools are accepted when
 * they have a TextQuoteSelector on an http(s) page: the position selector is
 * optional, a prefix or suffix longer than 64 characters is cut to the 64
 * nearest the quote, an id that is not `urn:uuid:` becomes a UUID derived
 * from it (re-importing the same file gives the same ids), and a missing id
 * one derived from the target.
 */
import { z } from '../zod';
import { pageKey } from './page-key';
import {
  describeIssues,
  IsoDateTime,
  kindOf,
  MAX_CONTEXT,
  MAX_EXACT,
  MAX_ID,
  MAX_NOTE,
  MAX_TITLE,
  MAX_URL,
  safeParseReporting,
  UserHighlight,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './schema';
import { COLOR_HEX, DEFAULT_COLOR, isHighlightColor, STYLE_CLASS_PREFIX, type HighlightColor } from './colors';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const COLLECTION_LABEL = 'Meta Context highlights';
export const GENERATOR = { type: 'Software', name: 'Meta Context' } as const;
/** Largest import file, in characters of text. */
export const MAX_IMPORT_CHARS = 10 * 1024 * 1024;
/** Most annotations in one import. */
export const MAX_IMPORT_ITEMS = 10_000;
/** Embedded pages of a collection followed through `next`. */
const MAX_PAGES = 1_000;

// ---------------------------------------------------------------- export

/** The JSON-LD of a collection of highlights, ready for JSON.stringify. */
export function toWebAnnotations(highlights: readonly UserHighlight[], now: Date): object {
  const generated = now.toISOString();
  const items = highlights.map((h) => toAnnotation(h, generated));
  const seed = `${generated}\n${highlights.map((h) => h.id).join('\n')}`;
  const collectionId = `urn:uuid:${uuidFromString(`collection\n${seed}`)}`;
  return {
    '@context': ANNO_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: COLLECTION_LABEL,
    total: items.length,
    first: {
      id: `urn:uuid:${uuidFromString(`page\n${seed}`)}`,
      type: 'AnnotationPage',
      partOf: collectionId,
      startIndex: 0,
      items,
    },
  };
}

function toAnnotation(h: UserHighlight, generated: string): Record<string, unknown> {
  const selector: Array<TextQuoteSelector | TextPositionSelector> = [
    { type: 'TextQuoteSelector', exact: h.quote.exact, prefix: h.quote.prefix, suffix: h.quote.suffix },
  ];
  if (h.position) selector.push({ type: 'TextPositionSelector', start: h.position.start, end: h.position.end });
  const target: Record<string, unknown> = { source: h.url };
  if (h.title) target['dc:title'] = h.title;
  target.selector = selector;
  const color = h.color ?? DEFAULT_COLOR;
  target.styleClass = `${STYLE_CLASS_PREFIX}${color}`;
  const note = h.note ?? '';
  return {
    id: `urn:uuid:${h.id}`,
    type: 'Annotation',
    motivation: note ? 'commenting' : 'highlighting',
    created: h.created,
    modified: h.modified,
    generated,
    generator: GENERATOR,
    ...(note ? { body: { type: 'TextualBody', value: note, format: 'text/plain', purpose: 'commenting' } } : {}),
    stylesheet: { type: 'CssStylesheet', value: `.${STYLE_CLASS_PREFIX}${color} { background-color: ${COLOR_HEX[color]}; }` },
    target,
  };
}

// ---------------------------------------------------------------- import

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

/**
 * Highlights from Web Annotation JSON (already parsed). `now` stands in for
 * a missing creation date (default: the current time).
 */
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

/** The type (or types) of a JSON-LD node, as a list. */
function typesOf(node: unknown): string[] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [];
  const t = (node as Record<string, unknown>).type ?? (node as Record<string, unknown>)['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

const hasType = (node: unknown, type: string) => typesOf(node).some((t) => t === type || t === `oa:${type}` || t.endsWith(`#${type}`));

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

const ForeignQuote = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(MAX_EXACT),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

const ForeignPosition = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((p) => p.end > p.start, { message: 'end must be greater than start', path: ['end'] });

const ForeignAnnotation = z.object({
  id: z.string().min(1).optional(),
  created: IsoDateTime.optional(),
  modified: IsoDateTime.optional(),
  body: z.unknown().optional(),
  bodyValue: z.string().optional(),
  target: z.unknown(),
});

type Converted = { ok: true; highlight: UserHighlight } | { ok: false; error: string };

/** One Web Annotation as a highlight, or what keeps it from being one. */
function fromAnnotation(raw: unknown, now: string): Converted {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: `expected an annotation object, found ${kindOf(raw)}` };
  if (!hasType(raw, 'Annotation')) {
    const types = typesOf(raw);
    return { ok: false, error: `type: not an Annotation (${types.length ? `found "${types.join('", "')}"` : 'no type'})` };
  }
  const parsed = safeParseReporting(ForeignAnnotation, raw);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  const a = parsed.data;

  const target = pickTarget(a.target);
  if (!target.ok) return target;
  const { source, title, quote, position, color } = target;

  const note = noteOf(a.body, a.bodyValue);
  if (note.length > MAX_NOTE) return { ok: false, error: `body.value: the note is too long (at most ${MAX_NOTE} characters)` };

  const created = a.created ?? a.modified ?? now;
  const modified = a.modified ?? created;
  const key = pageKey(source)!;
  const highlight = {
    id: idOf(a.id, `${source}\n${quote.exact}\n${quote.prefix}\n${quote.suffix}\n${a.created ?? ''}`),
    pageKey: key,
    url: source,
    title,
    created,
    modified,
    note,
    color,
    quote,
    ...(position ? { position } : {}),
  };
  const checked = safeParseReporting(UserHighlight, highlight);
  if (!checked.success) return { ok: false, error: describeIssues(checked.error) };
  return { ok: true, highlight: checked.data };
}

type TargetResult =
  | { ok: true; source: string; title: string; quote: TextQuoteSelector; position: TextPositionSelector | undefined; color: HighlightColor }
  | { ok: false; error: string };

/** The first target that has a TextQuoteSelector: its page, title and selectors. */
function pickTarget(target: unknown): TargetResult {
  if (target === undefined || target === null) return { ok: false, error: 'target: missing' };
  if (typeof target === 'string') return { ok: false, error: 'target: no TextQuoteSelector (the target is only a page address)' };
  const list = Array.isArray(target) ? target : [target];
  const multi = Array.isArray(target);
  let firstError: string | null = null;
  for (let i = 0; i < list.length; i++) {
    const got = readTarget(list[i], multi ? `target[${i}]` : 'target');
    if (got.ok) return got;
    firstError ??= got.error;
  }
  return { ok: false, error: firstError ?? 'target: empty list' };
}

function readTarget(t: unknown, path: string): TargetResult {
  if (t === null || typeof t !== 'object' || Array.isArray(t)) return { ok: false, error: `${path}: no TextQuoteSelector (found ${kindOf(t)})` };
  const obj = t as Record<string, unknown>;
  // The page: `source` as an IRI or as a resource with an id.
  const src = obj.source;
  const sourceObj = src !== null && typeof src === 'object' && !Array.isArray(src) ? (src as Record<string, unknown>) : null;
  const source = typeof src === 'string' ? src : typeof sourceObj?.id === 'string' ? sourceObj.id : undefined;
  if (source === undefined) return { ok: false, error: `${path}.source: ${src === undefined ? 'missing' : `expected a page address, found ${kindOf(src)}`}` };
  if (source.length > MAX_URL) return { ok: false, error: `${path}.source: too long (at most ${MAX_URL} characters)` };
  if (pageKey(source) === null) return { ok: false, error: `${path}.source: not a web page address (http or https)` };

  const selectors = obj.selector === undefined ? [] : Array.isArray(obj.selector) ? obj.selector : [obj.selector];
  const at = (i: number) => (Array.isArray(obj.selector) ? `${path}.selector[${i}]` : `${path}.selector`);
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  for (let i = 0; i < selectors.length; i++) {
    const s = selectors[i];
    if (!quote && hasType(s, 'TextQuoteSelector')) {
      const q = safeParseReporting(ForeignQuote, s);
      if (!q.success) return { ok: false, error: describeIssues(q.error, at(i)) };
      quote = {
        type: 'TextQuoteSelector',
        exact: q.data.exact,
        prefix: (q.data.prefix ?? '').slice(-MAX_CONTEXT),
        suffix: (q.data.suffix ?? '').slice(0, MAX_CONTEXT),
      };
    } else if (!position && hasType(s, 'TextPositionSelector')) {
      const p = safeParseReporting(ForeignPosition, s);
      if (!p.success) return { ok: false, error: describeIssues(p.error, at(i)) };
      position = { type: 'TextPositionSelector', start: p.data.start, end: p.data.end };
    }
  }
  if (!quote) return { ok: false, error: `${path}.selector: no TextQuoteSelector` };
  return { ok: true, source, title: titleOf(obj, sourceObj), quote, position, color: colorOf(obj.styleClass) };
}

/** The colour a target's styleClass names (a class or a list of them), else the default. */
export function colorOf(styleClass: unknown): HighlightColor {
  for (const c of Array.isArray(styleClass) ? styleClass : [styleClass]) {
    if (typeof c !== 'string') continue;
    const name = c.startsWith(STYLE_CLASS_PREFIX) ? c.slice(STYLE_CLASS_PREFIX.length) : c;
    if (isHighlightColor(name)) return name;
  }
  return DEFAULT_COLOR;
}

/** The page title: our `dc:title` on the target, or a title or label another tool put on the source. */
function titleOf(target: Record<string, unknown>, source: Record<string, unknown> | null): string {
  for (const v of [target['dc:title'], source?.['dc:title'], source?.title, source?.label, target.title]) {
    if (typeof v === 'string') return v.slice(0, MAX_TITLE);
  }
  return '';
}

/** The note: the annotation's commenting text bodies (or bodyValue), joined by blank lines. */
function noteOf(body: unknown, bodyValue: string | undefined): string {
  const parts: string[] = [];
  if (typeof bodyValue === 'string' && bodyValue) parts.push(bodyValue);
  const bodies = body === undefined || body === null ? [] : Array.isArray(body) ? body : [body];
  for (const b of bodies) {
    if (b === null || typeof b !== 'object' || Array.isArray(b)) continue;
    const o = b as Record<string, unknown>;
    const types = typesOf(o);
    const textual = types.length === 0 ? typeof o.value === 'string' : hasType(o, 'TextualBody');
    const purpose = o.purpose;
    const commenting = purpose === undefined || purpose === 'commenting' || (Array.isArray(purpose) && purpose.includes('commenting'));
    if (textual && commenting && typeof o.value === 'string' && o.value) parts.push(o.value);
  }
  return parts.join('\n\n');
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The highlight id for an annotation id: the UUID of `urn:uuid:`, else a UUID derived from the id or the target. */
function idOf(id: string | undefined, fallbackSeed: string): string {
  if (id !== undefined) {
    const m = /^urn:uuid:(.+)$/i.exec(id);
    if (m && m[1]!.length <= MAX_ID) return UUID_RE.test(m[1]!) ? m[1]!.toLowerCase() : m[1]!;
    return uuidFromString(`id\n${id}`);
  }
  return uuidFromString(`target\n${fallbackSeed}`);
}

/**
 * A UUID (version 8, "custom") derived from a string: the same string always
 * gives the same UUID. 128 bits of a non-cryptographic hash (cyrb128's
 * mixing); enough to tell apart the annotations of one reader.
 */
export function uuidFromString(s: string): string {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  const hex = [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
