/**
 * The cheap first check: may this page concern the story? Reads only the URL, the title and a
 * bounded text sample. Apart from detect.ts because the content script needs only this.
 */
import type { Edition } from '../dataset/schema';
import { escapeRegExp } from '../text/regexp';

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
  const h = host.toLowerCase();
  return h.startsWith('www.') ? h.slice(4) : h;
}

/** A URL path, lower-cased, without trailing slashes and a trailing /amp (string operations: see cheapCheck). */
function pathKey(path: string): string {
  const p = path.toLowerCase();
  let end = p.length;
  while (end > 0 && p.charCodeAt(end - 1) === 0x2f) end--;
  return p.endsWith('/amp', end) ? p.slice(0, end - 4) : p.slice(0, end);
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
  /** A bounded sample of the page's text (lib/page/sample-text.ts). */
  sample: string;
}

// Runs cold on every page: native string operations only; `new URL` and regular expressions
// only for a URL on an edition's or an archive's host holding the edition's slug (DESIGN.md).

/** What may sit inside a story term, one char each: white space, hyphens and dashes, soft hyphens, zero-width chars. */
export const SEPARATORS =
  ' \n\t\r\v\f-\u00a0\u00ad\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u200c\u200d' +
  '\u2010\u2011\u2012\u2013\u2014\u2015\u2028\u2029\u202f\u205f\u2060\u3000\ufeff';

/** Decomposed Hangul that NFC could compose into a Korean story term; only text holding one needs composing. */
const TERM_JAMO = '\u110c\u110f\u1107\u1100\u110e\u1102\u11bc';

/**
 * True when `text`, composed, lower-cased and rid of SEPARATORS, holds a STORY_TERMS term.
 * replaceAll/indexOf per separator: a regular expression costs more to compile on this cold path.
 */
export function namesTheStory(text: string): boolean {
  if (typeof text !== 'string') return false;
  let t = text;
  for (let i = 0; i < TERM_JAMO.length; i++) {
    if (t.indexOf(TERM_JAMO[i]!) !== -1) {
      t = t.normalize('NFC');
      break;
    }
  }
  t = t.toLowerCase();
  for (let i = 0; i < SEPARATORS.length; i++) {
    if (t.indexOf(SEPARATORS[i]!) !== -1) t = t.replaceAll(SEPARATORS[i]!, '');
  }
  for (let i = 0; i < STORY_TERMS.length; i++) if (t.indexOf(STORY_TERMS[i]!) !== -1) return true;
  return false;
}

/** The percent-decoded path of an http(s) URL, as `new URL(url).pathname`; '' without `scheme://`. String operations only. */
export function urlPath(url: string): string {
  const scheme = url.indexOf('://');
  if (scheme <= 0) return '';
  const after = scheme + 3;
  let end = url.indexOf('?', after);
  if (end === -1) end = url.length;
  const hash = url.indexOf('#', after);
  if (hash !== -1 && hash < end) end = hash;
  const start = url.indexOf('/', after);
  if (start === -1 || start >= end) return '/';
  const path = url.slice(start, end);
  return path.indexOf('%') === -1 ? path : safeDecode(path);
}

/** The last segment of an edition URL's path, lower-cased: every URL isEditionUrl accepts holds it. */
function editionSlug(editionUrl: string): string {
  const path = urlPath(editionUrl).toLowerCase();
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end--;
  return path.slice(path.lastIndexOf('/', end - 1) + 1, end);
}

/**
 * May this page concern the story? True for an edition's URL in any usual form (query, AMP, archive copies),
 * or when title, sample and URL path name the story (not "meta" or "llama" alone).
 */
export function cheapCheck(input: CheapCheckInput, article: { editions: ReadonlyArray<Pick<Edition, 'url' | 'hosts'>> }): boolean {
  const url = typeof input?.url === 'string' ? input.url : '';
  const editions = article?.editions ?? [];
  for (let i = 0; i < editions.length; i++) {
    // isEditionUrl (URL parsing, a regular expression) only for a URL on the edition's or an archive's host holding its slug.
    const e = editions[i]!;
    let maybe = url.indexOf('archive') !== -1 || url.indexOf('ampproject') !== -1;
    for (let h = 0; h < e.hosts.length && !maybe; h++) maybe = url.indexOf(e.hosts[h]!) !== -1;
    if (maybe && url.toLowerCase().indexOf(editionSlug(e.url)) !== -1 && isEditionUrl(url, e)) return true;
  }
  // One text, as the skeleton would see it: a term may run across the newline between two parts.
  return namesTheStory(`${input?.title ?? ''}\n${input?.sample ?? ''}\n${urlPath(url)}`);
}
