/**
 * "Copy link to this quote": a URL with a text fragment (`#:~:text=`). A long quote is linked by its first and
 * last words, which keeps the URL short and survives small wording changes in the middle.
 */

/** Characters that are invisible on the page and that the browser's text search does not see. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const WORDS_PER_END = 4;

/** Percent-encode a text directive's term: `-`, `,` and `&` are syntax there. */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** The quote's words as the page shows them: invisible characters dropped, whitespace collapsed. */
export function fragmentWords(text: string): string[] {
  return text.normalize('NFC').replace(INVISIBLE, '').split(/\s+/).filter(Boolean);
}

/** `pageUrl` with a text directive for `text` (any fragment replaced); null for a non-web URL or text without words. */
export function textFragmentUrl(pageUrl: string, text: string): string | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const words = fragmentWords(text);
  if (words.length === 0) return null;
  url.hash = '';
  const directive =
    words.length <= WORDS_PER_END * 2
      ? encodeFragmentTerm(words.join(' '))
      : `${encodeFragmentTerm(words.slice(0, WORDS_PER_END).join(' '))},${encodeFragmentTerm(words.slice(-WORDS_PER_END).join(' '))}`;
  return `${url.href}#:~:text=${directive}`;
}
