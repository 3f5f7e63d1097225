/** One W3C Web Annotation read as a highlight: its target, selectors, note and id. */
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
import { uuidFromString } from './uuid';
import { DEFAULT_COLOR, isHighlightColor, STYLE_CLASS_PREFIX, type HighlightColor } from './colors';

/** The type (or types) of a JSON-LD node, as a list. */
export function typesOf(node: unknown): string[] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [];
  const t = (node as Record<string, unknown>).type ?? (node as Record<string, unknown>)['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

export const hasType = (node: unknown, type: string) => typesOf(node).some((t) => t === type || t === `oa:${type}` || t.endsWith(`#${type}`));

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

export type Converted = { ok: true; highlight: UserHighlight } | { ok: false; error: string };

/** One Web Annotation as a highlight, or what keeps it from being one. */
export function fromAnnotation(raw: unknown, now: string): Converted {
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

/** The colour a target's styleClass names (a class or a list of them), with or without our prefix; else the default. */
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
