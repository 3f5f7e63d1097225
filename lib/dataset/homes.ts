/**
 * The sites watched by default: the two editions' outlets, and the Korean
 * portals where Korean news is commonly republished (a copy of the edition
 * there is recognised by its text).
 * Anywhere else it runs when the reader asks, or everywhere once the reader
 * grants the optional all-sites permission.
 */
export const KNOWN_HOMES = [
  'techcrunch.com',
  'aimatters.co.kr',
  'news.naver.com',
  'n.news.naver.com',
  'm.news.naver.com',
  'v.daum.net',
  'news.daum.net',
  'news.nate.com',
  'm.news.nate.com',
  'news.zum.com',
] as const;

/** Homes also served under www. */
const WITH_WWW = new Set<string>(['techcrunch.com', 'aimatters.co.kr']);

/** Match patterns for the known homes (with and without www.). */
export const KNOWN_HOME_MATCHES: string[] = KNOWN_HOMES.flatMap((host) =>
  WITH_WWW.has(host) ? [`*://${host}/*`, `*://www.${host}/*`] : [`*://${host}/*`],
);

