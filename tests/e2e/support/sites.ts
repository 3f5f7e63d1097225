/**
 * The fixture pages, served at the URLs where a reader would meet them.
 * Requests are answered from tests/fixtures; every other request is refused
 * (the tests run with no network, and record that the extension asks for none).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');

export const TECHCRUNCH_URL =
  'https://techcrunch.com/2025/07/30/zuckerberg-says-meta-likely-wont-open-source-all-of-its-superintelligence-ai-models/';

export interface Site {
  url: string;
  /** The fixture served (relative to tests/fixtures); for a generated page, the fixture it is built from. */
  file: string;
  headers?: Record<string, string>;
  contentType?: string;
  /** A page generated on first request instead of read from `file` (too big to commit). */
  generate?: () => string;
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
  unnamedOnHome: { url: 'https://news.zum.com/articles/999999998', file: 'pages/ko-newsletter-unnamed.html' },
  unrelatedOnHome: { url: 'https://techcrunch.com/2099/01/02/unrelated-test-page/', file: 'pages/unrelated-zuckerberg-mention.html' },
  // The hostile-page battery (tests/e2e/hostile.e2e.ts).
  hostileMarkup: { url: 'https://news.zum.com/hostile/markup', file: 'pages/hostile-markup.html' },
  hostileCsp: {
    url: 'https://news.zum.com/hostile/csp',
    file: 'pages/hostile-csp.html',
    headers: { 'content-security-policy': `default-src 'none'; style-src 'none'; script-src ${scriptHashes('pages/hostile-csp.html')}` },
  },
  hostileBig: { url: 'https://news.zum.com/hostile/10mb', file: 'pages/ko-aimatters.html', generate: () => bigPage(10_000_000) },
  hostileDeep: { url: 'https://news.zum.com/hostile/deep', file: 'pages/hostile-deep.html' },
  hostileStorm: { url: 'https://news.zum.com/hostile/storm#10000', file: 'pages/mutation-storm.html' },
  hostileShadow: { url: 'https://news.zum.com/hostile/shadow', file: 'pages/hostile-shadow.html' },
  hostileShadowFrame: { url: 'https://news.zum.com/hostile/shadow-frame', file: 'pages/hostile-shadow-frame.html' },
  hostileEditable: { url: 'https://news.zum.com/hostile/editable', file: 'pages/hostile-editable.html' },
  hostilePlain: { url: 'https://news.zum.com/hostile/plain.txt', file: 'article-ko.txt', contentType: 'text/plain; charset=utf-8' },
  hostileXhtml: { url: 'https://news.zum.com/hostile/xhtml', file: 'pages/hostile-xhtml.xhtml', contentType: 'application/xhtml+xml; charset=utf-8' },
} satisfies Record<string, Site>;

/** CSP source expressions ('sha256-…') allowing exactly the inline scripts of a fixture. */
function scriptHashes(file: string): string {
  const html = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${crypto.createHash('sha256').update(m[1]!).digest('base64')}'`).join(' ');
}

/**
 * A generated page of about `bytes` bytes: the Korean edition (as in
 * ko-aimatters.html) in the middle of filler sections, and a page script that
 * ticks every 10 ms and keeps its ticks' times (`window.__ticks`), to show
 * whether the page stayed responsive while the extension worked. The filler
 * sections skip rendering until scrolled to (content-visibility: auto), as long
 * pages do, so that the page's own layout weighs less in what is measured; every
 * section's text is still in the DOM, and scanned.
 */
export function bigPage(bytes: number): string {
  const article = fs.readFileSync(path.join(FIXTURES, 'pages/ko-aimatters.html'), 'utf8').match(/<body[^>]*>([\s\S]*)<\/body>/i)![1]!;
  const section = (i: number) =>
    `<section class="filler" id="s${i}"><h2>Filler section ${i} · 채움 구역 ${i}</h2>` +
    `<p>Generated filler for a 10 MB test page, paragraph ${i}.1: no article text here, only words to read, ${i * 7} of them counted twice, <a href="#s${i + 1}">next section</a>.</p>` +
    `<p lang="ko">10MB 테스트 페이지를 위한 채움 문단 ${i}.2: 여기에는 기사 본문이 없고 읽을 낱말만 있습니다. 숫자 ${i * 13}.</p>` +
    `<ul><li>item ${i}-a</li><li>item ${i}-b</li><li>항목 ${i}-다</li></ul></section>\n`;
  const half: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes / 2; i++) {
    const s = section(i);
    half.push(s);
    size += Buffer.byteLength(s);
  }
  const after = half.map((_, i) => section(half.length + i));
  const ticker =
    '<script>window.__ticks=[];(function(){var t=window.__ticks;setInterval(function(){t.push(performance.now())},10)})();</script>';
  return (
    `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>[테스트 페이지] 저커버그 ‘개인 초지능’ 기사: 생성된 10MB 페이지</title>` +
    '<style>.filler{content-visibility:auto;contain-intrinsic-size:auto 300px}</style></head>' +
    `<body>${ticker}<div role="note">Test page generated for the Meta Context project (about 10 MB) · Meta Context 프로젝트의 테스트 페이지입니다.</div>` +
    `${half.join('')}${article}${after.join('')}</body></html>`
  );
}

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
  const site = [...extra, ...(Object.values(SITES) as Site[])].find((s) => s.url.split('#')[0] === clean);
  if (!site) return null;
  return {
    status: 200,
    headers: { 'content-type': site.contentType ?? 'text/html; charset=utf-8', ...site.headers },
    body: site.generate ? generated(site) : fs.readFileSync(path.join(FIXTURES, site.file)),
  };
}

const generatedPages = new Map<string, Buffer>();

function generated(site: Site): Buffer {
  let body = generatedPages.get(site.url);
  if (!body) generatedPages.set(site.url, (body = Buffer.from(site.generate!())));
  return body;
}
