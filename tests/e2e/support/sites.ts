/**
 * The fixture pages, served at the URLs where a reader would meet them.
 * Requests are answered from tests/fixtures; every other request is refused
 * (the tests run with no network, and record that the extension asks for none).
 */
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');

export const TECHCRUNCH_URL =
  'https://techcrunch.com/2025/07/30/zuckerberg-says-meta-likely-wont-open-source-all-of-its-superintelligence-ai-models/';

export interface Site {
  url: string;
  file: string;
  headers?: Record<string, string>;
  contentType?: string;
}

/** Test URLs (the hosts are the article's real homes; paths other than the two editions' are made up for tests). */
export const SITES = {
  aimatters: { url: 'https://aimatters.co.kr/news-report/ai-news/27841', file: 'pages/ko-aimatters.html' },
  naver: { url: 'https://n.news.naver.com/mnews/article/999/0000000001', file: 'pages/ko-naver.html' },
  daum: { url: 'https://v.daum.net/v/20990101000000001', file: 'pages/ko-daum.html' },
  techcrunch: { url: TECHCRUNCH_URL, file: 'pages/en-techcrunch.html' },
  techcrunchLate: { url: 'https://techcrunch.com/2099/01/01/late-loading-test-page/', file: 'pages/en-late.html' },
  blogOnHome: { url: 'https://news.zum.com/articles/999999999', file: 'pages/ko-blog-quoting.html' },
  otherTranslation: { url: 'https://news.nate.com/view/20990101n99999', file: 'pages/ko-other-translation.html' },
  strictCsp: {
    url: 'https://m.news.naver.com/article/999/0000000002',
    file: 'pages/ko-naver.html',
    headers: { 'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'" },
  },
  hostileApis: { url: 'https://m.news.nate.com/view/20990101n00001', file: 'pages/hostile-apis.html' },
  spa: { url: 'https://techcrunch.com/2099/01/03/spa-front-page/', file: 'pages/spa-navigation.html' },
  storm: { url: 'https://news.daum.net/2099/storm-test', file: 'pages/mutation-storm.html' },
  blogElsewhere: { url: 'https://blog.example.org/2025/08/superintelligence-letter', file: 'pages/ko-blog-quoting.html' },
  unrelatedOnHome: { url: 'https://techcrunch.com/2099/01/02/unrelated-test-page/', file: 'pages/unrelated-zuckerberg-mention.html' },
} satisfies Record<string, Site>;

export function readabilityUrls(): Array<{ name: string; url: string }> {
  const urls = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'readability/urls.json'), 'utf8')) as Record<string, string | null>;
  return Object.entries(urls).map(([file, url]) => ({
    name: file.replace(/\.html$/, ''),
    url: url ?? `https://readability.test/${file}`,
  }));
}

export interface Served {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** What the fake web answers for a URL, or null to refuse the request. */
export function serve(url: string, extra: Site[] = []): Served | null {
  const clean = url.split('#')[0]!;
  // Browsers ask for a favicon on their own: answer "none" rather than count it.
  if (new URL(clean).pathname === '/favicon.ico') return { status: 404, headers: {}, body: Buffer.alloc(0) };
  const site = [...extra, ...(Object.values(SITES) as Site[])].find((s) => s.url === clean);
  if (!site) return null;
  return {
    status: 200,
    headers: { 'content-type': site.contentType ?? 'text/html; charset=utf-8', ...site.headers },
    body: fs.readFileSync(path.join(FIXTURES, site.file)),
  };
}
