/**
 * Known misquotes (data/misquotes.json, checked by tests/unit/misquotes.test.ts against the schema): painted as
 * misquotes wherever they appear. Their text is stored reversed so it never sits in lib/ in clear.
 */
import type { Misquote } from './schema';
import misquotesJson from './data/misquotes.json';

export const misquotes: Misquote[] = misquotesJson as Misquote[];

/** The misquote's words, in reading order. */
export function misquoteText(m: Pick<Misquote, 'enReversed'>): string {
  return [...m.enReversed].reverse().join('');
}

export function misquoteById(id: string): Misquote | undefined {
  return misquotes.find((m) => m.id === id);
}
