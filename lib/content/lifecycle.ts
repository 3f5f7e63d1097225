/**
 * The content script's lifecycle on one page, in one place (DESIGN.md, "Lifecycle"):
 * - `unrelated`: the page is not (yet) known to be about the story. Scans start with the cheap check; the
 *   page is watched cheaply, for navigations and large text insertions only, until the rescan budget is spent,
 *   then not at all.
 * - `about`: a scan found the story (see `relatesToStory`). Later scans skip the cheap check (a banner inserted
 *   above the article must not make the page "unrelated"), and a transient failure never clears what was found;
 *   every change of page text counts. An in-place navigation (SPA) starts over at `unrelated`.
 * - `stopped`: the script was invalidated (a newer copy, the extension updated): nothing runs any more.
 * The extension's own nodes (toolbar, cards) are never page changes (page-mutations.ts).
 */
import type { ScanResult } from '../page/scan';
import { relatesToStory } from '../recognition/story-relation';

export type Phase = 'unrelated' | 'about' | 'stopped';

/** Which page changes bring a rescan: every change of page text, only large insertions, or none. */
export type WatchMode = 'text' | 'large' | 'none';

export class PageLifecycle {
  #phase: Phase = 'unrelated';
  /** The reader asked for this page (scan:run): it is read whole, past the cheap check, until it navigates. */
  #requested = false;
  /** Whether the last scan that counted found the page related to the story (the toolbar's default). */
  #related = false;

  get phase(): Phase {
    return this.#phase;
  }

  get related(): boolean {
    return this.#related;
  }

  /** Scans skip the cheap check on a page about the story, or one the reader asked for. */
  get skipCheapCheck(): boolean {
    return this.#phase === 'about' || this.#requested;
  }

  /** What the MutationObserver should listen for. */
  get watch(): WatchMode {
    if (this.#phase === 'stopped') return 'none';
    return this.skipCheapCheck ? 'text' : 'large';
  }

  /** The reader asked for a scan of this page. */
  request(): void {
    if (this.#phase !== 'stopped') this.#requested = true;
  }

  /**
   * A scan finished: true when its result should be painted and reported. A result that knows nothing (the
   * analysis could not run, or a cheap check that failed on a page already known to be about the story) keeps
   * what is painted.
   */
  scanned(result: Pick<ScanResult, 'edition' | 'relation' | 'passedCheapCheck' | 'analysisFailed'>): boolean {
    if (this.#phase === 'stopped' || result.analysisFailed) return false;
    if (this.#phase === 'about' && !result.passedCheapCheck) return false;
    this.#related = relatesToStory(result);
    if (this.#related) this.#phase = 'about';
    return true;
  }

  /** An in-place navigation: a new view, not known to be about the story. */
  navigated(): void {
    if (this.#phase === 'stopped') return;
    this.#phase = 'unrelated';
    this.#requested = false;
  }

  stop(): void {
    this.#phase = 'stopped';
  }
}

/** True while the browser prerenders the page (not yet shown; Chromium's `document.prerendering`). */
export function isPrerendering(doc: Document): boolean {
  return (doc as Document & { prerendering?: boolean }).prerendering === true;
}

/** Resolves once the page is shown: at once, or on `prerenderingchange` for a prerendered page. */
export function whenShown(doc: Document): Promise<void> {
  if (!isPrerendering(doc)) return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('prerenderingchange', () => resolve(), { once: true }));
}

/**
 * Sends reports, holding them while the page is prerendered (the background refuses them then): once the
 * page is shown, the latest one goes.
 */
export function reportWhenShown<R>(doc: Document, send: (report: R) => void): (report: R) => void {
  let latest: R | null = null;
  let waiting = false;
  return (report) => {
    if (!isPrerendering(doc)) return send(report);
    latest = report;
    if (waiting) return;
    waiting = true;
    void whenShown(doc).then(() => {
      waiting = false;
      if (latest !== null) send(latest);
      latest = null;
    });
  };
}

/**
 * Resolves once the page has painted its first frame, so the scan does not delay it (nor wait behind it): true,
 * or false when `signal` aborted first (the script was invalidated: nothing more to do). At once when the page has
 * painted already, is hidden or prerendered (no frames to wait for), or lacks the APIs; when it is hidden meanwhile;
 * after `maxWaitMs` at most.
 */
export function afterFirstPaint(doc: Document, opts: { signal?: AbortSignal; maxWaitMs?: number } = {}): Promise<boolean> {
  const { signal, maxWaitMs = 200 } = opts;
  if (signal?.aborted) return Promise.resolve(false);
  const win = doc.defaultView;
  try {
    if (!win || typeof win.requestAnimationFrame !== 'function' || doc.visibilityState !== 'visible' || isPrerendering(doc)) return Promise.resolve(true);
    if (win.performance.getEntriesByType('paint').length > 0) return Promise.resolve(true);
  } catch {
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const done = (go: boolean) => {
      win.clearTimeout(timer);
      doc.removeEventListener('visibilitychange', onHidden);
      signal?.removeEventListener('abort', onAbort);
      resolve(go);
    };
    // A hidden page draws no frames (and its timers are slowed to a second): go on at once.
    const onHidden = () => doc.visibilityState !== 'visible' && done(true);
    const onAbort = () => done(false);
    const timer = win.setTimeout(() => done(true), maxWaitMs);
    doc.addEventListener('visibilitychange', onHidden);
    signal?.addEventListener('abort', onAbort);
    // A frame's callbacks run before its layout and paint; a task posted from there runs after them.
    win.requestAnimationFrame(() => win.setTimeout(() => done(true), 0));
  });
}
