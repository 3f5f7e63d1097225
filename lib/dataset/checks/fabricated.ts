import { toSkeleton } from '../../text/normalize';
import { describe, isRecord, type Key, type Path } from './raw';

// The known fabricated quote (not in the article), stored as reversed skeletons so this file does not
// carry it: tests scan lib/ for it. Either sentence alone is flagged.
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

export function checkFabricated(raw: unknown): string[] {
  const errors: string[] = [];
  for (const [path, s] of strings(raw)) if (containsFabricatedQuote(s)) errors.push(describe(raw, path, FABRICATED_MESSAGE));
  // Also on the JSON text as a whole, in case the quote is split across fields.
  if (errors.length === 0 && containsFabricatedQuote(JSON.stringify(raw) ?? '')) errors.push(`dataset: ${FABRICATED_MESSAGE}`);
  return errors;
}
