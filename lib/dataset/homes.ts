/**
 * Sites watched by default: the editions' outlets and the Korean portals that republish news. Elsewhere the
 * extension runs on request, or everywhere with the optional all-sites permission.
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

