import { Lang } from '../schema';
import { ARTICLE_LISTS, asArray, asString, describe, formatPath, get, isRecord, POINTS, TOP_LISTS, type Key, type Path } from './raw';

// Integrity checks beyond the schema; they read the raw value defensively, so they report even when the schema fails.

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

export function checkUniqueIds(raw: unknown): string[] {
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

export function checkReferences(raw: unknown): string[] {
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

export function checkSourcesAndVerification(raw: unknown): string[] {
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

export function checkEditionLanguages(raw: unknown): string[] {
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

export function checkQuoteRoles(raw: unknown): string[] {
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

export function checkTimelineLater(raw: unknown): string[] {
  const errors: string[] = [];
  asArray(get(raw, ['timeline'])).forEach((e, i) => {
    const kind = get(e, ['kind']);
    const later = get(e, ['later']);
    if (typeof later === 'boolean' && typeof kind === 'string' && later !== (kind === 'after'))
      errors.push(describe(raw, ['timeline', i, 'later'], `must be ${kind === 'after'} for kind "${kind}"`));
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

export function checkDates(raw: unknown): string[] {
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

/** The data is used unparsed, so it must already be in the schema's output form: no defaults to fill, no dropped fields. */
export function checkWrittenOut(root: unknown, raw: unknown, parsed: unknown, path: Key[] = []): string[] {
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
