// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { article } from '../../lib/dataset/article';
import { Reader } from '../../lib/content/reader';
import { toContentArticle } from '../../lib/dataset/content-article';
import { addsLargeText, changesPageText } from '../../lib/content/page-mutations';
import { PageLifecycle } from '../../lib/content/lifecycle';
import { relatesToStory } from '../../lib/recognition/story-relation';
import type { ScanReport } from '../../lib/messages';
import { analyzeText } from '../../lib/recognition/analyze';
import fingerprintsJson from '../../lib/dataset/fingerprints.json';
import type { Fingerprints } from '../../lib/recognition/fingerprint';
import { DEFAULT_RESCAN } from '../../lib/content/rescan-scheduler';
import { koText } from './support/article-pages';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

function readerOn(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const reports: ScanReport[] = [];
  const analyze = vi.fn(async (input: Parameters<typeof analyzeText>[0]) => analyzeText(input, article, fingerprintsJson as Fingerprints));
  const reader = new Reader({ doc, article: toContentArticle(article), analyze, report: (r) => reports.push(r), onInvalidated: () => undefined });
  return { doc, reports, reader, analyze };
}

/** The extension's selection toolbar, as selection-toolbar.ts adds it to the page and removes it. */
function toolbarShownAndHidden(doc: Document): void {
  const host = doc.createElement('div');
  host.setAttribute('data-meta-context-toolbar', '');
  host.attachShadow({ mode: 'open' }).append(doc.createElement('button'));
  doc.documentElement.append(host);
  host.remove();
}

const KO_PAGE = `<!doctype html><html><head><title>뉴스</title></head><body><div id="top"></div><article>${koText
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => `<p>${l}</p>`)
  .join('')}</article></body></html>`;

describe('the extension’s own nodes are not page changes', () => {
  it('showing and hiding the selection toolbar (or a card) counts neither as a text change nor a large insertion', () => {
    const doc = new DOMParser().parseFromString('<!doctype html><html><head><title>t</title></head><body><p>x</p></body></html>', 'text/html');
    const observer = new MutationObserver(() => undefined);
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
    for (const marker of ['data-meta-context-toolbar', 'data-meta-context-popover', 'data-meta-context-lookup']) {
      const host = doc.createElement('div');
      host.setAttribute(marker, '');
      host.textContent = 'x'.repeat(500);
      doc.documentElement.append(host);
      host.remove();
    }
    const records = observer.takeRecords();
    expect(records.length).toBeGreaterThan(0);
    expect(records.some((r) => changesPageText(r, doc.head))).toBe(false);
    expect(records.some((r) => addsLargeText(r, doc.head))).toBe(false);
  });

  it('thirty selections on the article (the toolbar shown and hidden each time) bring no rescan', async () => {
    const { doc, reports, reader } = readerOn(KO_PAGE);
    await reader.scan();
    reader.watchMutations();
    expect(reports[0]!.quotes.length).toBeGreaterThan(3);
    for (let i = 0; i < 30; i++) {
      toolbarShownAndHidden(doc);
      await vi.advanceTimersByTimeAsync(300);
    }
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reports).toHaveLength(1);
    expect(reader.scheduler.runs).toBe(0);
    reader.stop();
  });
});

describe('a page about the story', () => {
  it('a rescan skips the cheap check: a banner inserted above the article does not clear the highlights', async () => {
    const { doc, reports, reader } = readerOn(KO_PAGE);
    await reader.scan();
    reader.watchMutations();
    const found = reports[0]!.quotes.length;
    expect(found).toBeGreaterThan(3);
    expect(reader.lifecycle.phase).toBe('about');
    // 300 text nodes above the article: the cheap check's sample (the first 200) no longer names the story.
    doc.getElementById('top')!.innerHTML = Array.from({ length: 300 }, (_, i) => `<span>Menu item ${i}</span>`).join('');
    await vi.advanceTimersByTimeAsync(3000);
    expect(reports).toHaveLength(2);
    expect(reports[1]!.passedCheapCheck).toBe(true);
    expect(reports[1]!.quotes).toHaveLength(found);
    expect(reader.found.length).toBeGreaterThan(3);
    reader.stop();
  });

  it('an in-place navigation starts over: the cheap check again', async () => {
    const { doc, reports, reader } = readerOn(KO_PAGE);
    await reader.scan();
    doc.body.innerHTML = '<p>Lentil soup</p>';
    await reader.navigated();
    expect(reader.lifecycle.phase).toBe('unrelated');
    expect(reports[1]!.passedCheapCheck).toBe(false);
    expect(reader.found).toHaveLength(0);
    reader.stop();
  });
});

describe('a page not about the story', () => {
  const PLAIN = '<!doctype html><html><head><title>Soup</title></head><body><p id="p">Lentils.</p></body></html>';

  it('is watched for large insertions only', async () => {
    const { doc, reports, reader } = readerOn(PLAIN);
    await reader.scan();
    reader.watchMutations();
    for (let i = 0; i < 10; i++) {
      doc.getElementById('p')!.textContent = `Lentils ${i}.`;
      doc.body.append(doc.createElement('span'));
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(reports).toHaveLength(1);
    const late = doc.createElement('div');
    late.textContent = 'A long paragraph loaded late. '.repeat(10);
    doc.body.append(late);
    await vi.advanceTimersByTimeAsync(3000);
    expect(reports).toHaveLength(2);
    reader.stop();
  });

  it('disconnects its MutationObserver once the rescan budget is spent', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const { doc, reader } = readerOn(PLAIN);
    await reader.scan();
    reader.watchMutations();
    for (let i = 0; i < DEFAULT_RESCAN.maxRescans; i++) {
      doc.title = `Soup ${i}`;
      await vi.advanceTimersByTimeAsync(DEFAULT_RESCAN.maxGapMs + 1000);
    }
    expect(reader.scheduler.runs).toBe(DEFAULT_RESCAN.maxRescans);
    expect(disconnect).toHaveBeenCalled();
    expect(reader.watching).toBe(false);
    disconnect.mockRestore();
    // A navigation in place watches again, with a fresh budget.
    await reader.navigated();
    expect(reader.watching).toBe(true);
    reader.stop();
  });
});

describe('PageLifecycle', () => {
  const none = { edition: null, relation: null, passedCheapCheck: false };
  it('keeps what was found when a later result knows nothing', () => {
    const l = new PageLifecycle();
    expect(l.scanned(none)).toBe(true);
    expect(l.phase).toBe('unrelated');
    expect(l.scanned({ edition: 'ko', relation: null, passedCheapCheck: true })).toBe(true);
    expect(l.phase).toBe('about');
    expect(l.skipCheapCheck).toBe(true);
    expect(l.scanned(none)).toBe(false);
    expect(l.scanned({ edition: null, relation: null, passedCheapCheck: true, analysisFailed: true })).toBe(false);
    l.stop();
    expect(l.watch).toBe('none');
    expect(relatesToStory({ edition: null, relation: null })).toBe(false);
    expect(relatesToStory({ edition: null, relation: { kind: 'coverage', reasons: [] } })).toBe(true);
  });
});

describe('a prerendered page', () => {
  it('holds its reports until it is shown (prerenderingchange), then sends the latest', async () => {
    const { reportWhenShown } = await import('../../lib/content/lifecycle');
    const doc = document.implementation.createHTMLDocument('t');
    Object.defineProperty(doc, 'prerendering', { configurable: true, value: true });
    const sent: number[] = [];
    const report = reportWhenShown<number>(doc, (r) => sent.push(r));
    report(1);
    report(2);
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toEqual([]);
    Object.defineProperty(doc, 'prerendering', { configurable: true, value: false });
    doc.dispatchEvent(new Event('prerenderingchange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([2]);
    report(3);
    expect(sent).toEqual([2, 3]);
  });
});

describe('the first scan waits for the page’s first paint', () => {
  /** A document whose window draws frames only when the test says so. */
  function fakeDoc(opts: { painted?: boolean; visibility?: string; prerendering?: boolean } = {}) {
    const frames: Array<() => void> = [];
    const win = {
      requestAnimationFrame: (cb: () => void) => frames.push(cb),
      setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms),
      clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
      performance: { getEntriesByType: (type: string) => (type === 'paint' && opts.painted ? [{ name: 'first-paint' }] : []) },
    };
    const target = new EventTarget();
    const doc = Object.assign(target, { defaultView: win, visibilityState: opts.visibility ?? 'visible', prerendering: opts.prerendering ?? false }) as unknown as Document;
    const hide = () => (Object.assign(doc, { visibilityState: 'hidden' }), target.dispatchEvent(new Event('visibilitychange')));
    return { doc, hide, frame: () => frames.splice(0).forEach((cb) => cb()) };
  }
  const settled = (p: Promise<boolean>) => {
    const state = { done: false, go: null as boolean | null };
    void p.then((go) => Object.assign(state, { done: true, go }));
    return state;
  };

  it('starts only after the next frame has been drawn, not inside it', async () => {
    const { afterFirstPaint } = await import('../../lib/content/lifecycle');
    const { doc, frame } = fakeDoc();
    const waited = settled(afterFirstPaint(doc));
    await vi.advanceTimersByTimeAsync(50);
    expect(waited.done).toBe(false);
    frame();
    // Still inside the frame's callbacks: the page's layout and paint come first.
    await Promise.resolve();
    expect(waited.done).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(waited).toEqual({ done: true, go: true });
  });

  it('does not wait on a page that has painted, a hidden page or a prerendered one', async () => {
    const { afterFirstPaint } = await import('../../lib/content/lifecycle');
    for (const opts of [{ painted: true }, { visibility: 'hidden' }, { prerendering: true }]) {
      const waited = settled(afterFirstPaint(fakeDoc(opts).doc));
      await Promise.resolve();
      expect(waited.done, JSON.stringify(opts)).toBe(true);
    }
  });

  it('starts anyway when no frame comes (a throttled page)', async () => {
    const { afterFirstPaint } = await import('../../lib/content/lifecycle');
    const waited = settled(afterFirstPaint(fakeDoc().doc, { maxWaitMs: 200 }));
    await vi.advanceTimersByTimeAsync(199);
    expect(waited.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(waited.done).toBe(true);
  });

  it('goes on at once when the page is hidden meanwhile (no frames come, timers slow to a second)', async () => {
    const { afterFirstPaint } = await import('../../lib/content/lifecycle');
    const { doc, hide } = fakeDoc();
    const waited = settled(afterFirstPaint(doc, { maxWaitMs: 5000 }));
    await vi.advanceTimersByTimeAsync(10);
    expect(waited.done).toBe(false);
    hide();
    await Promise.resolve();
    expect(waited).toEqual({ done: true, go: true });
  });

  it('says not to scan when the script is invalidated while it waits, or was already', async () => {
    const { afterFirstPaint } = await import('../../lib/content/lifecycle');
    const { doc, frame } = fakeDoc();
    const stop = new AbortController();
    const waited = settled(afterFirstPaint(doc, { signal: stop.signal }));
    stop.abort();
    await Promise.resolve();
    expect(waited).toEqual({ done: true, go: false });
    frame();
    await vi.advanceTimersByTimeAsync(300);
    expect(waited.go).toBe(false);
    const late = settled(afterFirstPaint(fakeDoc({ painted: true }).doc, { signal: stop.signal }));
    await Promise.resolve();
    expect(late).toEqual({ done: true, go: false });
  });
});
