/**
 * The reader's highlights: zod schemas as the single source of their types, with W3C Web Annotation selectors.
 * Content-script modules import only types from here, so zod stays out of that bundle.
 */
import { z } from '../zod';
import { DEFAULT_COLOR, HIGHLIGHT_COLORS } from './colors';

/** Longest selected text kept (characters). */
export const MAX_EXACT = 10_000;
/** Longest prefix or suffix kept (characters). */
export const MAX_CONTEXT = 64;
export const MAX_TITLE = 1_000;
export const MAX_NOTE = 10_000;
export const MAX_URL = 8_192;
export const MAX_ID = 100;

/** The selected text, with the text just before and after it to tell repeated passages apart. */
export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(MAX_EXACT),
  prefix: z.string().max(MAX_CONTEXT),
  suffix: z.string().max(MAX_CONTEXT),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

/** Where the selection was in the page's text: [start, end) in UTF-16 code units. */
export const TextPositionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((p) => p.end > p.start, { message: 'end must be greater than start', path: ['end'] });
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

/** An ISO 8601 date-time (UTC `Z` or with an offset, any fraction of a second). */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** A highlight's colour (./colors.ts); a highlight stored without one is the default. */
export const HighlightColor = z.enum(HIGHLIGHT_COLORS);

/** One highlight the reader made. */
export const UserHighlight = z.object({
  /** A UUID (crypto.randomUUID()) for highlights made here; exported as `urn:uuid:<id>`. */
  id: z.string().min(1).max(MAX_ID),
  /** pageKey(url) (page-key.ts): the page the highlight is listed and re-anchored on. */
  pageKey: z.string().min(1).max(MAX_URL),
  /** The address the highlight was made on. */
  url: z.string().min(1).max(MAX_URL),
  title: z.string().max(MAX_TITLE),
  created: IsoDateTime,
  modified: IsoDateTime,
  note: z.string().max(MAX_NOTE).default(''),
  color: HighlightColor.default(DEFAULT_COLOR),
  quote: TextQuoteSelector,
  /** Optional: annotations imported from other tools may carry only a quote. */
  position: TextPositionSelector.optional(),
});
export type UserHighlight = z.infer<typeof UserHighlight>;

/** What the anchoring functions read of a highlight (a UserHighlight fits). */
export interface Selectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector | undefined;
}

/** safeParse, keeping each issue's input so describeIssues can tell "missing" from "wrong type". */
export function safeParseReporting<T extends z.ZodType>(schema: T, value: unknown): z.ZodSafeParseResult<z.output<T>> {
  return schema.safeParse(value, { reportInput: true });
}

/**
 * A zod error in plain words, with the path of each problem:
 * "quote.exact: too long (at most 10000 characters); created: not a date-time".
 */
export function describeIssues(error: z.ZodError, base = ''): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const path = formatPath(base, issue.path);
    return path ? `${path}: ${plainMessage(issue)}` : plainMessage(issue);
  });
  if (error.issues.length > 3) parts.push(`and ${error.issues.length - 3} more problem(s)`);
  return parts.join('; ');
}

/** A path as people write it: `target.selector[1].exact` (list indices from 0). */
export function formatPath(base: string, path: ReadonlyArray<PropertyKey>): string {
  let out = base;
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

/** One zod issue as a short plain sentence. */
function plainMessage(issue: z.core.$ZodIssue): string {
  // `input` is there when parsing with { reportInput: true } (see safeParseReporting).
  const hasInput = 'input' in issue;
  if (hasInput && issue.input === undefined) return 'missing';
  switch (issue.code) {
    case 'invalid_type':
      return hasInput ? `expected ${article(issue.expected)}, found ${kindOf(issue.input)}` : `expected ${article(issue.expected)}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'empty' : `too short (at least ${issue.minimum} characters)`;
      if (issue.origin === 'number') return `must be at least ${issue.minimum}`;
      return `too small (at least ${issue.minimum})`;
    case 'too_big':
      if (issue.origin === 'string') return `too long (at most ${issue.maximum} characters)`;
      if (issue.origin === 'number') return `must be at most ${issue.maximum}`;
      return `too big (at most ${issue.maximum})`;
    case 'invalid_format':
      return issue.format === 'datetime' ? 'not a date-time (ISO 8601, e.g. 2025-07-30T12:00:00Z)' : `not a valid ${issue.format}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** What a JSON value is, in words. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isInteger(value) ? 'a whole number' : 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
