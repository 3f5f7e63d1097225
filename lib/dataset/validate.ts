/**
 * Build-time and test-time checks of the bundled dataset.
 *
 * The extension uses the JSON under ./data as is, without parsing it at
 * runtime (that would put zod in the content script), so everything is checked
 * here: the zod schema, then integrity rules the schema cannot express. Each
 * error names the item and the field, e.g.
 *   article.quotes[3] (id "q4-podcast-qualitative-change"): en: Too small: expected string to have >=1 characters
 *
 * `assertValidDataset` runs from wxt.config.ts's build:before hook, so a bad
 * dataset fails the build. This module imports zod: never import it from
 * extension code.
 */
import { Dataset, Lang, type Article } from './schema';
import { toSkeleton } from '../text/normalize';

export type ValidationResult = { ok: true; data: Dataset } | { ok: false; errors: string[] };

type Key = PropertyKey;
type Path = readonly Key[];

/** The lists whose elements are "items", each named by index and id in errors. */
const ARTICLE_LISTS = ['editions', 'documents', 'speakers', 'quotes'] as const;
const TOP_LISTS = ['timeline', 'glossary'] as const;
/** The open source answer's points (`openSource.points[i]`), also items. */
const POINTS: readonly Key[] = ['openSource', 'points'];

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function asArray(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

function asString(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined;
}

function get(root: unknown, path: Path): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isRecord(node) && typeof key === 'string') node = node[key];
    else return undefined;
  }
  return node;
}

function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += (out ? '.' : '') + String(key);
  }
  return out;
}

/** Where `path` splits into the item (a list element, or a top-level part) and the field within it. */
function itemLength(path: Path): number {
  if (path[0] === 'article' && (ARTICLE_LISTS as readonly Key[]).includes(path[1] as Key) && typeof path[2] === 'number') return 3;
  if ((TOP_LISTS as readonly Key[]).includes(path[0] as Key) && typeof path[1] === 'number') return 2;
  if (path[0] === POINTS[0] && path[1] === POINTS[1] && typeof path[2] === 'number') return 3;
  return path.length === 0 ? 0 : 1;
}

/**
 * One error line: `item (id "…"): field: message`. The item is the list element
 * (or top-level part) the path is in, named with its id where it has one.
 */
function describe(raw: unknown, path: Path, message: string): string {
  const n = itemLength(path);
  const itemPath = path.slice(0, n);
  const field = formatPath(path.slice(n));
  const item = n === 0 ? 'dataset' : formatPath(itemPath);
  const id = asString(get(get(raw, itemPath), ['id']));
  return `${item}${id !== undefined ? ` (id "${id}")` : ''}: ${field ? `${field}: ` : ''}${message}`;
}

// ---------------------------------------------------------------------------
// The known fabricated quote. It circulates online and is NOT in the article
// (see ../shared/facts/README.md; tests/unit/dataset.test.ts spells it out).
// Its two sentences are stored normalised (as skeletons, ../text/normalize) and
// REVERSED, so that this file does not itself carry the quote: the tests scan
// every file under lib/ for it. Either sentence on its own is flagged.
const FABRICATED_REVERSED = [
  'sledomiaecnegilletnirepusruofollaecruosnepotnowylbaborpew',
  'ylnepoesaelerotlufrewopoottsujeraseitilibapacemos',
] as const;

/** The fabricated quote's sentences, normalised for matching. */
export const FABRICATED_QUOTE_KEYS: readonly string[] = FABRICATED_REVERSED.map((s) => [...s].reverse().join(''));

/** True when `text` contains (either sentence of) the known fabricated quote, whatever its case and typography. */
export function containsFabricatedQuote(text: string): boolean {
  const n = toSkeleton(text);
  return FABRICATED_QUOTE_KEYS.some((key) => n.includes(key));
}

/** Every string (and object key) in `value`, with its path. */
function* strings(value: unknown, path: Key[] = []): Generator<[Path, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], [...path, i]);
  else if (isRecord(value))
    for (const [k, v] of Object.entries(value)) {
      yield [[...path, k], k];
      yield* strings(v, [...path, k]);
    }
}

const FABRICATED_MESSAGE = 'contains the known fabricated quote (on not open-sourcing all superintelligence models), which is not in the article';

function checkFabricated(raw: unknown): string[] {
  const errors: string[] = [];
  for (const [path, s] of strings(raw)) if (containsFabricatedQuote(s)) errors.push(describe(raw, path, FABRICATED_MESSAGE));
  // Also on the JSON text as a whole, in case the quote is split across fields.
  if (errors.length === 0 && containsFabricatedQuote(JSON.stringify(raw) ?? '')) errors.push(`dataset: ${FABRICATED_MESSAGE}`);
  return errors;
}

// ---------------------------------------------------------------------------
// Integrity checks beyond the schema. They read the raw value defensively, so
// they run (and report) even when the schema check fails.

interface ListRef {
  path: Key[];
  items: unknown[];
}

function lists(raw: unknown): ListRef[] {
  const out: ListRef[] = ARTICLE_LISTS.map((name) => ({ path: ['article', name], items: asArray(get(raw, ['article', name])) }));
  for (const name of TOP_LISTS) out.push({ path: [name], items: asArray(get(raw, [name])) });
  out.push({ path: [...POINTS], items: asArray(get(raw, POINTS)) });
  return out;
}

function checkUniqueIds(raw: unknown): string[] {
  const errors: string[] = [];
  for (const { path, items } of lists(raw)) {
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      const id = asString(get(item, ['id']));
      if (id === undefined) return;
      const seen = first.get(id);
      if (seen === undefined) first.set(id, i);
      else errors.push(describe(raw, [...path, i, 'id'], `duplicate id "${id}" (also ${formatPath([...path, seen])})`));
    });
  }
  return errors;
}

function idSet(items: unknown[]): Set<string> {
  const ids = new Set<string>();
  for (const item of items) {
    const id = asString(get(item, ['id']));
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

function checkReferences(raw: unknown): string[] {
  const errors: string[] = [];
  const speakers = idSet(asArray(get(raw, ['article', 'speakers'])));
  const documents = idSet(asArray(get(raw, ['article', 'documents'])));
  const glossary = idSet(asArray(get(raw, ['glossary'])));
  const events = idSet(asArray(get(raw, ['timeline'])));
  const quotes = idSet(asArray(get(raw, ['article', 'quotes'])));
  const dangling = (path: Path, ref: unknown, known: Set<string>, what: string) => {
    if (typeof ref === 'string' && !known.has(ref)) errors.push(describe(raw, path, `refers to ${what} "${ref}", which does not exist`));
  };
  asArray(get(raw, ['article', 'quotes'])).forEach((q, i) => {
    dangling(['article', 'quotes', i, 'speakerId'], get(q, ['speakerId']), speakers, 'speaker');
    dangling(['article', 'quotes', i, 'said', 'documentId'], get(q, ['said', 'documentId']), documents, 'document');
  });
  asArray(get(raw, ['article', 'speakers'])).forEach((s, i) => {
    dangling(['article', 'speakers', i, 'glossaryId'], get(s, ['glossaryId']), glossary, 'glossary entry');
  });
  asArray(get(raw, ['glossary'])).forEach((g, i) => {
    asArray(get(g, ['eventIds'])).forEach((e, j) => dangling(['glossary', i, 'eventIds', j], e, events, 'timeline event'));
  });
  asArray(get(raw, POINTS)).forEach((p, i) => {
    asArray(get(p, ['eventIds'])).forEach((e, j) => dangling([...POINTS, i, 'eventIds', j], e, events, 'timeline event'));
    asArray(get(p, ['quoteIds'])).forEach((q, j) => dangling([...POINTS, i, 'quoteIds', j], q, quotes, 'quote'));
  });
  return errors;
}

function checkSourcesAndVerification(raw: unknown): string[] {
  const errors: string[] = [];
  const sourced: Key[][] = [['article', 'quotes'], ['timeline'], ['glossary'], [...POINTS]];
  for (const path of sourced) {
    asArray(get(raw, path)).forEach((item, i) => {
      const text = get(item, ['source', 'text']);
      if (typeof text === 'string' && text.trim() === '') errors.push(describe(raw, [...path, i, 'source', 'text'], 'blank source'));
    });
  }
  for (const path of [...sourced, ['article', 'editions']]) {
    asArray(get(raw, path)).forEach((item, i) => {
      const note = get(item, ['verification', 'note']);
      if (typeof note === 'string' && note.trim() === '') errors.push(describe(raw, [...path, i, 'verification', 'note'], 'blank verification note'));
    });
  }
  asArray(get(raw, ['article', 'editions'])).forEach((e, i) => {
    const url = get(e, ['url']);
    if (typeof url === 'string' && url.trim() === '') errors.push(describe(raw, ['article', 'editions', i, 'url'], 'blank url'));
  });
  return errors;
}

function checkEditionLanguages(raw: unknown): string[] {
  const editions = asArray(get(raw, ['article', 'editions']));
  const errors: string[] = [];
  for (const lang of Lang.options) {
    const found = editions.map((e, i) => [get(e, ['lang']), i] as const).filter(([l]) => l === lang);
    if (found.length !== 1) {
      const where = found.map(([, i]) => formatPath(['article', 'editions', i])).join(', ');
      errors.push(`article.editions: lang: expected exactly one edition in "${lang}", found ${found.length}${where ? ` (${where})` : ''}`);
    }
  }
  return errors;
}

function checkQuoteRoles(raw: unknown): string[] {
  const errors: string[] = [];
  asArray(get(raw, ['article', 'quotes'])).forEach((q, i) => {
    const role = get(q, ['role']);
    const ko = get(q, ['ko']);
    if (role === 'context' && ko !== null && ko !== undefined)
      errors.push(describe(raw, ['article', 'quotes', i, 'ko'], 'a context quote is not in the Korean edition, so ko must be null'));
    if ((role === 'key' || role === 'phrase') && ko === null)
      errors.push(describe(raw, ['article', 'quotes', i, 'ko'], `a ${role} quote is in the article, so ko must be its Korean wording`));
  });
  return errors;
}

function checkTimelineLater(raw: unknown): string[] {
  const errors: string[] = [];
  asArray(get(raw, ['timeline'])).forEach((e, i) => {
    const kind = get(e, ['kind']);
    const later = get(e, ['later']);
    if (typeof later === 'boolean' && typeof kind === 'string' && later !== (kind === 'after'))
      errors.push(describe(raw, ['timeline', i, 'later'], `must be ${kind === 'after'} for kind "${kind}"`));
  });
  return errors;
}

// ---------------------------------------------------------------------------
// The "Is Llama open source?" answer: each point rests on timeline events (and
// perhaps the article's quotes) and may claim no more than they do.

/** Verification levels from the firmest to the weakest. */
const VERIFICATION_ORDER = ['verified', 'partial', 'secondary', 'unverified'] as const;

/** How firm a level is: 0 for verified, up to 3 for unverified; -1 for anything else. */
function firmness(level: unknown): number {
  return (VERIFICATION_ORDER as readonly unknown[]).indexOf(level);
}

/** The list element whose id is `id`, or undefined. */
function byId(items: unknown[], id: unknown): unknown {
  return typeof id === 'string' ? items.find((item) => get(item, ['id']) === id) : undefined;
}

/** A URL without its scheme and leading www., as source texts write it. */
function bareUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '');
}

/** True when `source` links `url`, or names it (without its scheme) in its text. */
function mentionsUrl(source: unknown, url: string): boolean {
  const text = (asString(get(source, ['text'])) ?? '').toLowerCase();
  return asArray(get(source, ['urls'])).includes(url) || text.includes(bareUrl(url).toLowerCase());
}

/** True when `source` names `other`: contains its text, or links or names one of its URLs. */
function mentionsSource(source: unknown, other: unknown): boolean {
  const text = (asString(get(source, ['text'])) ?? '').toLowerCase();
  const otherText = (asString(get(other, ['text'])) ?? '').trim().toLowerCase();
  if (otherText !== '' && text.includes(otherText)) return true;
  return asArray(get(other, ['urls'])).some((u) => typeof u === 'string' && mentionsUrl(source, u));
}

/**
 * The open source answer: a summary in both languages; each point no firmer
 * than any timeline event or quote it rests on (verified > partial > secondary >
 * unverified), its source naming or linking each of its events' sources, and a
 * point resting on the article naming or linking one of the article's editions.
 */
function checkOpenSource(raw: unknown): string[] {
  const errors: string[] = [];
  for (const lang of Lang.options) {
    const summary = get(raw, ['openSource', 'summary', lang]);
    if (typeof summary === 'string' && summary.trim() === '') errors.push(describe(raw, ['openSource', 'summary', lang], 'blank summary'));
  }
  const events = asArray(get(raw, ['timeline']));
  const quotes = asArray(get(raw, ['article', 'quotes']));
  const editions = asArray(get(raw, ['article', 'editions']));
  asArray(get(raw, POINTS)).forEach((point, i) => {
    const path = [...POINTS, i];
    const level = get(point, ['verification', 'level']);
    const source = get(point, ['source']);
    const restsOn = [
      ...asArray(get(point, ['eventIds'])).map((id) => ['timeline event', id, byId(events, id)] as const),
      ...asArray(get(point, ['quoteIds'])).map((id) => ['quote', id, byId(quotes, id)] as const),
    ];
    for (const [what, id, item] of restsOn) {
      if (item === undefined || typeof id !== 'string') continue; // reported by checkReferences
      const theirs = get(item, ['verification', 'level']);
      if (firmness(level) >= 0 && firmness(theirs) >= 0 && firmness(level) < firmness(theirs))
        errors.push(describe(raw, [...path, 'verification', 'level'], `"${String(level)}" is firmer than ${what} "${id}" it rests on ("${String(theirs)}")`));
      if (what === 'timeline event' && !mentionsSource(source, get(item, ['source'])))
        errors.push(describe(raw, [...path, 'source'], `does not mention or link the source of ${what} "${id}"`));
    }
    if (get(point, ['fromArticle']) === true) {
      const linked = editions.some((e) => {
        const url = asString(get(e, ['url']));
        return url !== undefined && mentionsUrl(source, url);
      });
      if (!linked) errors.push(describe(raw, [...path, 'source'], 'rests on the article (fromArticle) but neither mentions nor links an edition of it'));
    }
  });
  return errors;
}

/** Every DateValue in the dataset, found by shape (an object with a string `value` and a `certainty`, or under a `date`/`when` key). */
function* dateValues(value: unknown, path: Key[] = []): Generator<[Path, Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* dateValues(value[i], [...path, i]);
  } else if (isRecord(value)) {
    const last = path[path.length - 1];
    if ((last === 'date' || last === 'when') && typeof value.value === 'string') {
      yield [path, value];
      return;
    }
    for (const [k, v] of Object.entries(value)) yield* dateValues(v, [...path, k]);
  }
}

function checkDates(raw: unknown): string[] {
  const errors: string[] = [];
  for (const [path, date] of dateValues(raw)) {
    const value = date.value as string;
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
    if (m) {
      const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
      const d = new Date(Date.UTC(year, month - 1, day));
      if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
        errors.push(describe(raw, [...path, 'value'], `"${value}" is not a calendar date`));
    }
    if (date.certainty === 'uncertain' && (typeof date.note !== 'string' || date.note.trim() === ''))
      errors.push(describe(raw, [...path, 'note'], 'an uncertain date needs a note saying what is uncertain'));
  }
  return errors;
}

/**
 * The data is used at runtime without parsing, so it must already be in the
 * schema's output form: no default left to fill in, no field the schema would drop.
 */
function checkWrittenOut(root: unknown, raw: unknown, parsed: unknown, path: Key[] = []): string[] {
  const errors: string[] = [];
  if (Array.isArray(parsed) && Array.isArray(raw)) {
    parsed.forEach((p, i) => errors.push(...checkWrittenOut(root, raw[i], p, [...path, i])));
  } else if (isRecord(parsed) && isRecord(raw)) {
    for (const key of Object.keys(parsed)) {
      if (!(key in raw))
        errors.push(
          describe(root, [...path, key], `missing; write out its default (${JSON.stringify(parsed[key])}): the bundled data is not parsed at runtime`),
        );
      else errors.push(...checkWrittenOut(root, raw[key], parsed[key], [...path, key]));
    }
    for (const key of Object.keys(raw)) if (!(key in parsed)) errors.push(describe(root, [...path, key], 'unknown field (not in the schema)'));
  }
  return errors;
}

// ---------------------------------------------------------------------------

/**
 * Checks `raw` against the schema and the integrity rules. On success returns
 * the parsed dataset; otherwise every error found, each naming the item and field.
 */
export function validateDataset(raw: unknown): ValidationResult {
  const errors: string[] = [];
  const parsed = Dataset.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.push(describe(raw, issue.path, issue.message));
  }
  errors.push(
    ...checkUniqueIds(raw),
    ...checkReferences(raw),
    ...checkSourcesAndVerification(raw),
    ...checkEditionLanguages(raw),
    ...checkQuoteRoles(raw),
    ...checkTimelineLater(raw),
    ...checkDates(raw),
    ...checkOpenSource(raw),
    ...checkFabricated(raw),
  );
  if (parsed.success) errors.push(...checkWrittenOut(raw, raw, parsed.data));
  const unique = [...new Set(errors)];
  return unique.length === 0 && parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: unique };
}

/**
 * The Korean quotes (non-null `ko`) of `article` that are not verbatim
 * substrings of `text` (the Korean edition's body), as error lines.
 * Kept out of validateDataset so that the build never reads test fixtures.
 */
export function koreanQuotesNotIn(text: string, article: Pick<Article, 'quotes'>): string[] {
  const errors: string[] = [];
  article.quotes.forEach((q, i) => {
    if (q.ko !== null && !text.includes(q.ko))
      errors.push(describe({ article }, ['article', 'quotes', i, 'ko'], 'not a verbatim substring of the Korean edition'));
  });
  return errors;
}

/**
 * Validates the bundled dataset (or `raw`, when given) and throws an Error
 * listing every error. Run from wxt.config.ts's build:before hook.
 */
export async function assertValidDataset(raw?: unknown): Promise<void> {
  const value = raw === undefined ? (await import('./index')).dataset : raw;
  const result = validateDataset(value);
  if (!result.ok) {
    throw new Error(
      `The bundled dataset (lib/dataset/data) is invalid, ${result.errors.length} error(s):\n` +
        result.errors.map((e) => `  - ${e}`).join('\n'),
    );
  }
}
