/** A long page text goes to the background in parts (`scan:part`), so that no one message holds the page for long. */
import type { TextPart, TextParts } from '../messages';

export type { TextPart, TextParts };

/** Characters per part: a short task each, where 4 M characters in one message held the page 100 ms. */
export const PART_CHARS = 500_000;

export const handOverToken = (prefix: string | number): string => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Sends all but the last part of `text` (each send through `step`, which may measure it) and returns what the last
 * message carries: the rest of the text, and `parts` when there were any. Null when a part was refused.
 */
export async function sendInParts(
  text: string,
  sendPart: (part: TextPart) => Promise<boolean>,
  token: string,
  options: { size?: number; step?: (send: () => Promise<boolean>) => Promise<boolean> } = {},
): Promise<{ text: string; parts?: TextParts } | null> {
  const size = options.size !== undefined && options.size > 0 ? options.size : PART_CHARS;
  if (text.length <= size) return { text };
  const step = options.step ?? ((send) => send());
  let count = 0;
  for (; (count + 1) * size < text.length; count++) {
    const part = { token, index: count, text: text.slice(count * size, (count + 1) * size) };
    if (!(await step(() => sendPart(part)))) return null;
  }
  return { text: text.slice(count * size), parts: { token, count, length: text.length } };
}
