/** What the dataset says should be found: read from the bundled dataset, never hard-coded. */
import article from '../../../lib/dataset/data/article.json';

export const KEY_QUOTES = article.quotes.filter((q) => q.role === 'key');

/** Letters and digits only, lower-cased: compares highlighted text with a quote regardless of typography. */
export function skeleton(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Ids of the key quotes whose text (in `lang`) is among the highlighted texts. */
export function quotesAmong(texts: string[], lang: 'en' | 'ko'): string[] {
  const painted = texts.map(skeleton);
  return KEY_QUOTES.filter((q) => {
    const text = lang === 'en' ? q.en : q.ko;
    if (!text) return false;
    const s = skeleton(text);
    // Fuzzy matches may differ by a few letters at the edges: compare on the quote's middle.
    const core = s.slice(Math.floor(s.length * 0.2), Math.ceil(s.length * 0.8));
    return painted.some((p) => p.includes(core));
  }).map((q) => q.id);
}
