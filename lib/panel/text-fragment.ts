/**
 * "Copy link to this quote": a URL with a text fragment (`#:~:text=`), which
 * Chrome and Firefox scroll to and mark when the link is opened.
 *
 * https://wicg.github.io/scroll-to-text-fragment/ — a long quote is linked by
 * its first and last words (`text=start,end`), which stays valid when the
 * page's wording differs slightly in the middle and keeps the URL short.
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

/**
 * `pageUrl` with a text directive for `text` (replacing any fragment it had).
 * Null when the URL is not a web page's or the text has no words.
 */
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
