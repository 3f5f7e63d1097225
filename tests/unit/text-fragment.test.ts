import { describe, expect, it } from 'vitest';
import { article, editionByLang, keyQuotes } from '../../lib/dataset/article';
import { encodeFragmentTerm, fragmentWords, textFragmentUrl } from '../../lib/panel/text-fragment';

/** Read a text directive back as the browser does: split on commas, then percent-decode. */
function directiveOf(url: string): string[] {
  const at = url.indexOf('#:~:text=');
  expect(at).toBeGreaterThan(0);
  return url.slice(at + '#:~:text='.length).split(',').map(decodeURIComponent);
}

describe('textFragmentUrl', () => {
  const ko = editionByLang(article, 'ko')!;

  it('links a short quote whole', () => {
    const url = textFragmentUrl('https://example.com/a', 'personal superintelligence')!;
    expect(url).toBe('https://example.com/a#:~:text=personal%20superintelligence');
  });

  it.each(keyQuotes(article).filter((q) => q.ko))('links the Korean edition to quote %# by its first and last words', (q) => {
    const url = textFragmentUrl(ko.url, q.ko!)!;
    expect(url.startsWith(`${ko.url}#:~:text=`)).toBe(true);
    const words = fragmentWords(q.ko!);
    const terms = directiveOf(url);
    if (words.length <= 8) expect(terms).toEqual([words.join(' ')]);
    else {
      expect(terms).toHaveLength(2);
      expect(q.ko!.replace(/\s+/g, ' ').startsWith(terms[0]!)).toBe(true);
      expect(q.ko!.replace(/\s+/g, ' ').endsWith(terms[1]!)).toBe(true);
    }
  });

  it('escapes the characters a text directive uses as syntax, and replaces the page’s own fragment', () => {
    const url = textFragmentUrl('https://example.com/a?x=1#comments', 'open-source, & closed')!;
    expect(url).toBe('https://example.com/a?x=1#:~:text=open%2Dsource%2C%20%26%20closed');
    expect(directiveOf(url)).toEqual(['open-source, & closed']);
  });

  it('drops what the page does not show: soft hyphens, zero-width characters, line breaks', () => {
    expect(directiveOf(textFragmentUrl('https://example.com/', 'super\u00adintel\u200bligence\n  is  near')!)).toEqual(['superintelligence is near']);
  });

  it('gives no link for pages that are not on the web, or for empty text', () => {
    expect(textFragmentUrl('chrome://newtab/', 'text')).toBeNull();
    expect(textFragmentUrl('not a url', 'text')).toBeNull();
    expect(textFragmentUrl('https://example.com/', ' \u00ad ')).toBeNull();
  });

  it('encodes hyphens that encodeURIComponent leaves alone', () => {
    expect(encodeFragmentTerm('a-b')).toBe('a%2Db');
  });
});
