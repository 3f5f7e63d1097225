import { afterEach, describe, expect, it, vi } from 'vitest';
import { article } from '../../lib/dataset/article';
import { pageKey, TRACKING_PARAMS } from '../../lib/annotations/page-key';

const editionUrls = article.editions.map((e) => e.url);

describe('pageKey', () => {
  it('is the address itself for the editions’ clean URLs', () => {
    expect(editionUrls.length).toBeGreaterThan(0);
    for (const url of editionUrls) expect(pageKey(url)).toBe(url);
  });

  it('drops the fragment and every tracking parameter, whatever their case', () => {
    const tracking = [...TRACKING_PARAMS, 'utm_source', 'utm_medium', 'utm_campaign', 'UTM_Content', 'FBCLID'];
    for (const url of editionUrls) {
      for (const p of tracking) {
        expect(pageKey(`${url}?${p}=abc#section-2`), p).toBe(url);
        expect(pageKey(`${url}?${encodeURIComponent(p)}=x&${p}`), p).toBe(url);
      }
    }
  });

  it('keeps the other parameters in their order and as they were written', () => {
    const base = 'https://example.com/story';
    expect(pageKey(`${base}?utm_source=tw&b=2&a=1&fbclid=x&q=a%20b+c&gclid=y#top`)).toBe(`${base}?b=2&a=1&q=a%20b+c`);
    expect(pageKey(`${base}?page=2`)).toBe(`${base}?page=2`);
    expect(pageKey(`${base}?`)).toBe(base);
    expect(pageKey(`${base}?&&utm_medium=x&&`)).toBe(base);
    // Not tracking: names that only look alike.
    expect(pageKey(`${base}?utm=1&ref=home&gclid_extra=2`)).toBe(`${base}?utm=1&ref=home&gclid_extra=2`);
  });

  it('lower-cases the host, drops default ports and credentials, keeps other ports and the path’s case', () => {
    expect(pageKey('HTTPS://TechCrunch.COM:443/2025/07/30/Story/')).toBe('https://techcrunch.com/2025/07/30/Story/');
    expect(pageKey('http://Example.com:80/a')).toBe('http://example.com/a');
    expect(pageKey('http://example.com:8080/a')).toBe('http://example.com:8080/a');
    expect(pageKey('https://user:secret@example.com/a')).toBe('https://example.com/a');
    expect(pageKey('  https://example.com/a  ')).toBe('https://example.com/a');
    expect(pageKey('https://example.com')).toBe('https://example.com/');
  });

  it('gives null for what is not an http(s) URL, and never throws', () => {
    const odd: unknown[] = [
      '',
      'not a url',
      'ftp://example.com/file',
      'file:///home/me/page.html',
      'javascript:alert(1)',
      'mailto:someone@example.com',
      'chrome://extensions',
      'about:blank',
      'data:text/html,<p>x</p>',
      'http://',
      'https://exa mple.com/',
      'http://[::1',
      undefined,
      null,
      42,
    ];
    for (const u of odd) expect(pageKey(u as string), String(u)).toBeNull();
  });

  describe('cost in content scripts', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('does not ask URL to parse input that does not start with http(s)://', () => {
      const spy = vi.fn(() => {
        throw new TypeError('URL must not be called');
      });
      vi.stubGlobal('URL', Object.assign(spy, { canParse: spy }));
      for (const u of ['not a url', 'mailto:a@b.c', 'about:blank', '', 'javascript:void 0']) expect(pageKey(u)).toBeNull();
      expect(spy).not.toHaveBeenCalled();
    });
  });
});
