/**
 * The story pages of issue 12 (tests/fixtures/pages/story-*.html), served on a known home that is neither
 * edition's site, with what a reader should see on each: the relation, the badge, the highlights by name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { waitFor } from './chromium';
import { FIXTURES, type Site } from './sites';

export const STORY_HOST = 'https://news.zum.com/story/';

export interface StoryCase {
  file: string;
  what: string;
  relation: null | { kind: 'edition' | 'copy' | 'quotes' | 'coverage'; edition?: 'en' | 'ko' };
  badge: string;
  /** Highlight names registered in CSS.highlights (meta-context-quote… and meta-context-misquote), sorted. */
  names: string[];
  /** Key quote ids (qN) in the tab state, sorted, with their kinds. */
  quotes: string[];
}

const Z = 'meta-context-quote-zuckerberg';
const S = 'meta-context-quote-spokesperson';

export const STORY_CASES: StoryCase[] = [
  {
    file: 'story-ko-own-translation.html',
    what: 'a Korean outlet’s own translation (coverage, its renderings painted as renderings)',
    relation: { kind: 'coverage' },
    badge: '4',
    names: [`${S}-rendering`, `${Z}-rendering`],
    quotes: ['q10:rendering', 'q1:rendering', 'q2:rendering', 'q9:rendering'],
  },
  {
    file: 'story-ko-portal-half.html',
    what: 'a portal carrying the first half of the Korean edition (a copy)',
    relation: { kind: 'copy', edition: 'ko' },
    badge: '5',
    names: [Z],
    quotes: ['q1:quote', 'q2:quote', 'q3:quote', 'q4:quote', 'q5:quote'],
  },
  {
    file: 'story-en-spun-copy.html',
    what: 'a spun copy of the English original (a copy, altered quotes painted as altered)',
    relation: { kind: 'copy', edition: 'en' },
    badge: '7',
    names: [`${S}-altered`, Z, `${Z}-altered`],
    quotes: ['q10:altered', 'q1:altered', 'q2:altered', 'q3:altered', 'q4:altered', 'q5:quote', 'q9:altered'],
  },
  {
    file: 'story-neg-en-behemoth.html',
    what: 'the Behemoth report (another event, quoting the spokesperson: quotes, only q9 and q10)',
    relation: { kind: 'quotes' },
    badge: '2',
    names: [S],
    quotes: ['q10:quote', 'q9:quote'],
  },
  {
    file: 'story-en-rewrite.html',
    what: 'an English rewrite with trimmed quotes (coverage, the parts painted as quotes)',
    relation: { kind: 'coverage' },
    badge: '3',
    names: [S, Z],
    quotes: ['q10:part', 'q1:part', 'q2:part'],
  },
  {
    file: 'story-en-misquote.html',
    what: 'a page repeating the known misquote (coverage, painted as the misquote, no key quote)',
    relation: { kind: 'coverage' },
    badge: '!',
    names: ['meta-context-misquote'],
    quotes: ['m1:misquote'],
  },
  ...fs
    .readdirSync(path.join(FIXTURES, 'pages'))
    .filter((f) => f.startsWith('story-neg-') && f !== 'story-neg-en-behemoth.html')
    .sort()
    .map((file) => ({ file, what: `a hard negative (${file.replace(/^story-neg-|\.html$/g, '')})`, relation: null, badge: '', names: [], quotes: [] })),
];

export const storyUrl = (file: string) => `${STORY_HOST}${file.replace(/\.html$/, '')}`;
export const STORY_SITES: Site[] = STORY_CASES.map((c) => ({ url: storyUrl(c.file), file: `pages/${c.file}` }));

/** The extension's highlight names registered in the page's CSS.highlights (the document's registry), sorted. */
export function highlightNames(page: { evaluate(fn: () => unknown): Promise<any> }): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (globalThis as any).CSS?.highlights as Map<string, Set<Range>> | undefined;
    return [...(registry?.keys() ?? [])].filter((n) => n.startsWith('meta-context-') && n !== 'meta-context-quote-focus' && !n.startsWith('meta-context-user')).sort();
  });
}

/** The highlight names once they are `want` (painting follows the report), else as they are after 5 s. */
export async function settledNames(page: { evaluate(fn: () => unknown): Promise<any> }, want: string[]): Promise<string[]> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const names = await highlightNames(page);
    if (JSON.stringify(names) === JSON.stringify(want) || Date.now() > deadline) return names;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Quote ids as `qN:kind`, sorted. */
export function quoteKinds(state: { quotes: Array<{ id: string; kind?: string }> }): string[] {
  return state.quotes.map((q) => `${q.id.split('-')[0]}:${q.kind ?? 'quote'}`).sort();
}

interface Session {
  tabIdOf(url: string, timeoutMs?: number): Promise<number>;
  tabState(tabId: number): Promise<any>;
}

type Page = { evaluate(fn: () => unknown): Promise<any>; close(): Promise<unknown> };

/** One story case in either browser: opened, scanned whole, then its relation, quote kinds, highlight names and badge. */
export async function checkStoryCase(
  s: Session & { open(url: string): Promise<Page>; badge(tabId: number): Promise<string> },
  c: StoryCase,
  request: (tabId: number) => Promise<unknown>,
): Promise<void> {
  const url = storyUrl(c.file);
  const page = await s.open(url);
  const { tabId, state } = await scanWhole(s, url, request);
  expect(state.relation === null ? null : { kind: state.relation.kind, ...(state.relation.edition ? { edition: state.relation.edition } : {}) }).toEqual(c.relation);
  expect(quoteKinds(state)).toEqual(c.quotes);
  expect(await settledNames(page, c.names)).toEqual(c.names);
  expect(await s.badge(tabId)).toBe(c.badge);
  await page.close();
}

/**
 * The reader's "Scan this page" (the page is on a known home, so it was scanned on load, maybe only as far as the
 * cheap check): asks for a whole-page scan with `request` and waits for its report.
 */
export async function scanWhole(s: Session, url: string, request: (tabId: number) => Promise<unknown>): Promise<{ tabId: number; state: any }> {
  const tabId = await s.tabIdOf(url);
  const before = (await s.tabState(tabId)).scannedAt as number;
  if ((await request(tabId)) !== true) throw new Error(`Scan this page was refused on ${url}`);
  const state = await waitFor(async () => {
    const st = await s.tabState(tabId);
    return st.scannedAt > before ? st : undefined;
  }, `the whole-page scan of ${url}`);
  return { tabId, state };
}

/** The middle of the first range of the highlight `name`, scrolled into view (viewport coordinates). */
export function pointOnHighlight(page: { evaluate(fn: (n: string) => unknown, arg: string): Promise<any> }, name: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((n: string) => {
    const h = ((globalThis as any).CSS?.highlights as Map<string, Set<Range>> | undefined)?.get(n);
    const range = h ? [...h][0] : undefined;
    if (!range) return null;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = range.getClientRects()[0]!;
    return { x: r.x + Math.min(20, r.width / 2), y: r.y + r.height / 2 };
  }, name);
}
