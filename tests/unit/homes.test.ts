import { describe, expect, it } from 'vitest';
import { article } from '../../lib/dataset/article';
import { KNOWN_HOME_MATCHES, KNOWN_HOMES } from '../../lib/dataset/homes';

/** Homes served under www. too: those with a www. pattern. */
const withWww = KNOWN_HOMES.filter((h) => KNOWN_HOME_MATCHES.includes(`*://www.${h}/*`));

/** A minimal reading of a match pattern `scheme://host/path` (host exact, path `/*`). */
function patternMatches(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`bad pattern ${pattern}`);
  const u = new URL(url);
  const scheme = u.protocol.slice(0, -1);
  if (m[1] === '*' ? !['http', 'https'].includes(scheme) : m[1] !== scheme) return false;
  if (m[2] !== u.hostname) return false;
  return m[3] === '/*';
}

/** Does the content script run on this URL by default (one of its match patterns matches)? */
function runsOn(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return KNOWN_HOME_MATCHES.some((p) => patternMatches(p, parsed.href));
}

describe('where the content script runs by default', () => {
  it.each(KNOWN_HOMES.map((h) => [h]))('accepts %s, over https and http, with paths and queries', (host) => {
    expect(runsOn(`https://${host}/`)).toBe(true);
    expect(runsOn(`https://${host}`)).toBe(true);
    expect(runsOn(`http://${host}/2025/07/30/some-story/?utm_source=x#top`)).toBe(true);
    expect(runsOn(`https://${host.toUpperCase()}/Path?Q=1`)).toBe(true);
    expect(runsOn(`https://${host}:443/a`)).toBe(true);
  });

  it.each(withWww.map((h) => [h]))('accepts www.%s', (host) => {
    expect(runsOn(`https://www.${host}/story`)).toBe(true);
  });

  it('knows where the article is published (every edition URL is on a known home)', () => {
    for (const e of article.editions) {
      expect(runsOn(e.url)).toBe(true);
      for (const host of e.hosts) expect(runsOn(`https://${host}/`)).toBe(true);
    }
  });

  it.each([
    'https://techcrunch.com.evil.example/',
    'https://nottechcrunch.com/',
    'https://evil-techcrunch.com/',
    'https://techcrunch.co/',
    'https://sub.techcrunch.com/',
    'https://naver.com/',
    'https://www.naver.com/',
    'https://blog.naver.com/post',
    'https://daum.net/',
    'https://example.com/?u=https://techcrunch.com/',
    'https://example.com/techcrunch.com/',
    'https://techcrunch.com@example.com/',
  ])('rejects %s', (url) => {
    expect(runsOn(url)).toBe(false);
  });

});

describe('KNOWN_HOME_MATCHES', () => {
  it('are well-formed match patterns without duplicates', () => {
    expect(new Set(KNOWN_HOME_MATCHES).size).toBe(KNOWN_HOME_MATCHES.length);
    for (const p of KNOWN_HOME_MATCHES) expect(p).toMatch(/^\*:\/\/[a-z0-9.-]+\/\*$/);
  });

  it('cover every known home, and only known homes', () => {
    for (const host of KNOWN_HOMES) {
      expect(KNOWN_HOME_MATCHES.some((p) => patternMatches(p, `https://${host}/any/path`))).toBe(true);
    }
    for (const host of withWww) {
      expect(KNOWN_HOME_MATCHES.some((p) => patternMatches(p, `https://www.${host}/any/path`))).toBe(true);
    }
    expect(KNOWN_HOME_MATCHES.length).toBe(KNOWN_HOMES.length + withWww.length);
  });

  it('include www. for the two edition hosts', () => {
    for (const e of article.editions) {
      const host = new URL(e.url).hostname.replace(/^www\./, '');
      expect(withWww).toContain(host);
    }
  });
});
