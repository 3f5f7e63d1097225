/**
 * The page a highlight belongs to. Runs in the content script, so plain string work that never throws:
 * a scheme check comes before `URL` parses (an exception costs more than the function); a parse failure gives null.
 */

/** Query parameters that only say how the reader got to the page (matched case-insensitively). */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  '_ga',
  'yclid',
  'ref_src',
]);

/** Any `utm_*` parameter is tracking too. */
const TRACKING_PREFIX = 'utm_';

const HTTP_SCHEME = /^https?:\/\//i;

/** True when a query parameter's name (as written, possibly percent-encoded) is a tracking one. */
export function isTrackingParam(rawName: string): boolean {
  let name = rawName.replace(/\+/g, ' ');
  if (name.includes('%')) {
    try {
      name = decodeURIComponent(name);
    } catch {
      return false; // a malformed escape is not one of ours
    }
  }
  name = name.toLowerCase();
  return name.startsWith(TRACKING_PREFIX) || TRACKING_PARAMS.has(name);
}

/** The query string (without `?`) minus tracking parameters, the others kept as written and in order. */
export function stripTracking(search: string): string {
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query === '') return '';
  return query
    .split('&')
    .filter((part) => part !== '' && !isTrackingParam(part.split('=', 1)[0]!))
    .join('&');
}

/** Scheme, lower-case host, non-default port, path and query without tracking parameters; null for non-http(s). */
export function pageKey(url: string): string | null {
  if (typeof url !== 'string') return null;
  const input = url.trim();
  if (!HTTP_SCHEME.test(input)) return null;
  let parsed: URL;
  try {
    if (typeof URL.canParse === 'function' && !URL.canParse(input)) return null;
    parsed = new URL(input);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;
  // URL already lower-cases the host and drops a default port (:80 for http, :443 for https).
  const query = stripTracking(parsed.search);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}${query ? `?${query}` : ''}`;
}
