/**
 * The cheap first check: may this page concern the story? It reads only the
 * URL, the title and a bounded sample of the text, so a page unrelated to
 * the story costs almost nothing. True when the URL is one of the editions'
 * URLs (any form: query strings, /amp/, ?amp=1, web.archive.org and
 * archive.today copies, the AMP cache), or when the skeleton of title +
 * sample + URL path holds a story term (not "meta" or "llama" alone).
 *
 * Kept apart from lib/detect.ts: the content script needs only this.
 */
import type { Edition } from './dataset/schema';

/** Skeletons of the story's names; any one lets a page through the cheap check. */
export const STORY_TERMS = ['zuckerberg', 'superintelligen', '저커버그', '초지능'] as const;

/** Hosts that serve archived copies with the original URL in their path. */
const ARCHIVE_HOSTS = new Set([
  'web.archive.org',
  'wayback.archive.org',
  'archive.org',
  'archive.ph',
  'archive.today',
  'archive.is',
  'archive.li',
  'archive.vn',
  'archive.md',
  'archive.fo',
]);

function bareHost(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/** A URL path, lower-cased, without trailing slashes and a trailing /amp. */
function pathKey(path: string): string {
  return path.toLowerCase().replace(/\/+$/, '').replace(/\/amp$/, '');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** True when `url` is this edition's URL, in any of its usual forms. */
export function isEditionUrl(url: string, edition: Pick<Edition, 'url' | 'hosts'>): boolean {
  let page: URL;
  let own: URL;
  try {
    page = new URL(url);
    own = new URL(edition.url);
  } catch {
    return false;
  }
  const path = pathKey(own.pathname);
  const host = bareHost(page.hostname);
  const hosts = new Set([bareHost(own.hostname), ...(Array.isArray(edition.hosts) ? edition.hosts.map(bareHost) : [])]);
  if (hosts.has(host)) {
    return pathKey(page.pathname) === path;
  }
  if (ARCHIVE_HOSTS.has(host) || host.endsWith('.cdn.ampproject.org')) {
    // The original URL sits in the path: /web/<timestamp>/<url>, /<timestamp>/<url>, /c/s/<host>/<path>.
    const inner = safeDecode(page.pathname + page.search).toLowerCase();
    const alternatives = [...hosts].map(escapeRegExp).join('|');
    const re = new RegExp(`(?:^|/)(?:www\\.)?(?:${alternatives})${escapeRegExp(path)}(?:/amp)?/*(?:[?#&].*)?$`);
    return re.test(inner);
  }
  return false;
}

export interface CheapCheckInput {
  url: string;
  title: string;
  /** A bounded sample of the page's text (lib/dom/text-index.ts sampleText). */
  sample: string;
}

/**
 * May this page concern the story? Cheap: URL, title, a bounded sample.
 * `article` gives the editions' URLs.
 */
/**
 * What may sit inside a story term without hiding it: spaces, hyphens and
 * dashes, soft hyphens, zero-width characters ("super-intelligence",
 * "Zucker\u00adberg", "초 지능"). Removing these and lower-casing, then looking
 * for STORY_TERMS, decides as the skeleton would, with native string
 * operations only: this runs cold on every page, where a complex regular
 * expression is slow (interpreted before it is compiled).
 */
const SEPARATORS = /[\s\u00ad\u200b-\u200d\u2060\u2010-\u2015-]+/g;
/** Decomposed Hangul (NFD jamo): only such text needs composing before the test. */
const JAMO = /[\u1100-\u11ff]/;
/** Hosts that may carry an edition's URL: its own, and archives or caches of it. */
const MAYBE_EDITION_URL = /archive|ampproject/;

export function cheapCheck(input: CheapCheckInput, article: { editions: ReadonlyArray<Pick<Edition, 'url' | 'hosts'>> }): boolean {
  const url = typeof input?.url === 'string' ? input.url : '';
  if (url !== '') {
    for (const e of article?.editions ?? []) {
      const own = e.hosts.some((h) => url.includes(h));
      if ((own || MAYBE_EDITION_URL.test(url)) && isEditionUrl(url, e)) return true;
    }
  }
  // No URL, no path (and no exception thrown for nothing: this runs on every page).
  let path = '';
  if (url !== '') {
    try {
      path = safeDecode(new URL(url).pathname);
    } catch {
      path = '';
    }
  }
  let text = `${input?.title ?? ''}\n${input?.sample ?? ''}\n${path}`;
  if (JAMO.test(text)) text = text.normalize('NFC');
  text = text.toLowerCase().replace(SEPARATORS, '');
  for (let i = 0; i < STORY_TERMS.length; i++) if (text.includes(STORY_TERMS[i]!)) return true;
  return false;
}

