/**
 * The highlights library at scale, for `npm run bench`: 5,000 highlights on
 * 500 pages (English and Korean, notes on some, four colours) written into
 * storage.local, then highlights.html loaded and searched in headless
 * Chromium. Figures, medians over the runs:
 * - render: from navigation start to `meta-context:library-rendered` (the
 *   first render with the highlights: messages to the background, grouping,
 *   the search index, the first pages of the list);
 * - search: from typing a query (one input event) to the count of matches
 *   shown (React's commit of the filtered list), for a few queries in both
 *   languages;
 * - long tasks (over 50 ms, PerformanceObserver `longtask`) during each, and
 *   the longest.
 * Alone: `npx tsx scripts/bench-library.ts` (after `npm run build`).
 */
import type { Page } from 'playwright-core';
import { launchChromium, waitFor, type ChromiumSession } from '../tests/e2e/support/chromium';
import type { UserHighlight } from '../lib/annotations/schema';
import { HIGHLIGHT_COLORS } from '../lib/annotations/colors';

declare const chrome: any;

export const LIBRARY_PAGES = 500;
export const LIBRARY_PER_PAGE = 10;
// Each gives a different count from the one before it (the wait is for the count to change).
const QUERIES = ['superintelligence', '베히모스', 'OPEN source', 'page 418', 'no such words here'];

const EN = [
  'Meta CEO Mark Zuckerberg published a letter setting out a goal he called personal superintelligence.',
  'We believe the benefits of superintelligence should be shared with the world as broadly as possible.',
  'Meta has offered its Llama models as open models, though not under an open-source licence.',
  'The company will be careful about what it chooses to open source, the letter says.',
  'Researchers and engineers were hired from the top AI companies with large offers.',
];
const KO = [
  '메타는 라마 4 베히모스를 공개하지 않았다고 밝혔다.',
  '메타는 최고 AI 기업들로부터 연구자와 엔지니어를 영입하고 있다.',
  '새로운 데이터센터를 구축하는 데 수십억 달러를 투자했다.',
  '초지능은 새로운 안전 문제를 제기할 것이라고 저커버그는 썼다.',
  '오픈소스 여부는 모델마다 다르게 결정된다.',
];

/** 5,000 highlights on 500 pages, as the store keeps them (version 2). */
export function libraryFixture(pages = LIBRARY_PAGES, perPage = LIBRARY_PER_PAGE): UserHighlight[] {
  const out: UserHighlight[] = [];
  for (let p = 0; p < pages; p++) {
    const ko = p % 2 === 1;
    const url = ko ? `https://news.example.kr/article/${p}` : `https://www.example.com/2025/page-${p}`;
    const title = ko ? `메타 초지능 기사 ${p}번` : `Zuckerberg’s letter, page ${p}`;
    for (let i = 0; i < perPage; i++) {
      const n = p * perPage + i;
      const t = new Date(Date.UTC(2024, 0, 1) + n * 60_000).toISOString();
      const exact = `${(ko ? KO : EN)[n % 5]} (${n})`;
      out.push({
        id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
        pageKey: url,
        url,
        title,
        created: t,
        modified: t,
        note: n % 3 === 0 ? (ko ? `메모 ${n}: 다시 읽을 것` : `Note ${n}: check the source`) : '',
        color: HIGHLIGHT_COLORS[n % 4]!,
        quote: { type: 'TextQuoteSelector', exact, prefix: 'Before the passage, ', suffix: ' and after it.' },
        position: { type: 'TextPositionSelector', start: i * 200, end: i * 200 + exact.length },
      });
    }
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const OBSERVE_LONG_TASKS = `(() => {
  window.__long = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
})()`;

async function longTasks(page: Page, from: number): Promise<number[]> {
  return page.evaluate((t) => ((window as any).__long as Array<{ start: number; duration: number }>).filter((e) => e.start >= t).map((e) => e.duration), from);
}

/** Types a query (one input event) and waits for the count of matches to change; the time it took. */
async function search(page: Page, query: string): Promise<{ ms: number; at: number }> {
  return page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
    const count = document.querySelector('.library-count')!;
    const before = count.textContent;
    const at = performance.now();
    const changed = new Promise<void>((resolve) => {
      const mo = new MutationObserver(() => {
        if (count.textContent !== before) {
          mo.disconnect();
          resolve();
        }
      });
      mo.observe(count, { childList: true, characterData: true, subtree: true });
    });
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, q);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const late = await Promise.race([changed.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 5000))]);
    if (late) throw new Error(`no change after 5 s: ${before} → ${count.textContent}; input ${input.value}; ${document.querySelector('.library-count') === count}`);
    return { ms: performance.now() - at, at };
  }, query);
}

export interface LibraryBench {
  highlights: number;
  pages: number;
  renderMs: number;
  searchMs: number;
  searchMaxMs: number;
  longTasks: number;
  longestTaskMs: number;
  /** A cold scan's paint on an article page while the 5,000 highlights are stored (median), when measured. */
  coldPaintMs: number | null;
}

/** `coldPaint`: one cold scan of an article page, scan start → painted (bench.ts), run while the highlights are stored. */
export async function benchLibrary(session: ChromiumSession, runs: number, coldPaint?: () => Promise<number | null>): Promise<LibraryBench> {
  const list = libraryFixture();
  const url = `chrome-extension://${session.extensionId}/highlights.html`;
  const seed = await session.context.newPage();
  await seed.goto(url);
  await seed.evaluate((l) => chrome.storage.local.set({ highlights: l, highlights$: { v: 2 } }), list);
  await seed.close();
  const render: number[] = [];
  const searches: number[] = [];
  const long: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await session.context.newPage();
    await page.addInitScript(OBSERVE_LONG_TASKS);
    await page.goto(url);
    render.push(await waitFor(() => page.evaluate(() => performance.getEntriesByName('meta-context:library-rendered')[0]?.startTime), 'the library to render', 60_000));
    await page.waitForFunction((n) => document.querySelector('.library-count')?.textContent?.startsWith(`${n} highlights`), list.length);
    await page.waitForTimeout(300);
    long.push(...(await longTasks(page, 0)));
    for (const q of [...QUERIES, '']) {
      const { ms, at } = await search(page, q);
      if (q) searches.push(ms);
      long.push(...(await longTasks(page, at)));
    }
    await page.close();
  }
  const paints: number[] = [];
  for (let i = 0; coldPaint && i < runs; i++) {
    const ms = await coldPaint();
    if (ms !== null) paints.push(ms);
  }
  await session.context.newPage().then(async (p) => {
    await p.goto(url);
    await p.evaluate(() => chrome.storage.local.remove(['highlights', 'highlights$']));
    await p.close();
  });
  return {
    highlights: list.length,
    pages: LIBRARY_PAGES,
    renderMs: median(render),
    searchMs: median(searches),
    searchMaxMs: Math.max(...searches),
    longTasks: long.length,
    longestTaskMs: long.length ? Math.max(...long) : 0,
    coldPaintMs: paints.length ? median(paints) : null,
  };
}

export function libraryLines(b: LibraryBench, runs: number): string[] {
  const f = (n: number) => n.toFixed(1);
  return [
    `- highlights library, ${b.highlights.toLocaleString('en')} highlights on ${b.pages} pages (${runs} runs): first render ${f(b.renderMs)} ms after navigation start (median); search ${f(b.searchMs)} ms from typing to the count shown (median of ${QUERIES.length} queries × ${runs}; slowest ${f(b.searchMaxMs)} ms); ${b.longTasks} long ${b.longTasks === 1 ? 'task' : 'tasks'} over 50 ms${b.longTasks ? ` (longest ${f(b.longestTaskMs)} ms)` : ''} (target: none)`,
    ...(b.coldPaintMs === null ? [] : [`- with those highlights stored: a cold scan of the Korean edition, scan start → highlights painted, ${f(b.coldPaintMs)} ms (median of ${runs}; target ≤ 100 ms)`]),
  ];
}

// Alone: npx tsx scripts/bench-library.ts [--runs N]
if (/bench-library\.ts$/.test(process.argv[1] ?? '')) {
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
  void (async () => {
    const session = await launchChromium();
    await new Promise((r) => setTimeout(r, 1500));
    try {
      console.log(libraryLines(await benchLibrary(session, runs), runs).join('\n'));
    } finally {
      await session.close().catch(() => undefined);
    }
  })().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
