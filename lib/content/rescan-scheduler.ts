/** When late page changes deserve a rescan: debounced, with a maximum wait, and backing off so a busy page causes no rescan storm. */
export interface RescanSchedulerOptions {
  /** Quiet time after the last change before scanning. */
  debounceMs: number;
  /** Never wait longer than this after the first pending change. */
  maxWaitMs: number;
  /** Each rescan doubles the next minimum gap, up to this. */
  maxGapMs: number;
  /** After this many rescans, late changes are ignored. */
  maxRescans: number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  now: () => number;
}

export const DEFAULT_RESCAN: Pick<RescanSchedulerOptions, 'debounceMs' | 'maxWaitMs' | 'maxGapMs' | 'maxRescans'> = {
  debounceMs: 400,
  maxWaitMs: 2000,
  maxGapMs: 30_000,
  maxRescans: 20,
};

export class RescanScheduler {
  #timer: unknown = null;
  #firstPendingAt: number | null = null;
  #lastRunAt = -Infinity;
  #gapMs: number;
  #runs = 0;
  #stopped = false;

  constructor(
    private readonly run: () => void,
    private readonly opts: RescanSchedulerOptions,
  ) {
    this.#gapMs = opts.debounceMs;
  }

  get runs(): number {
    return this.#runs;
  }

  /** True once the budget of rescans is spent (until reset). */
  get spent(): boolean {
    return this.#runs >= this.opts.maxRescans;
  }

  /** The page changed. */
  notify(): void {
    if (this.#stopped || this.#runs >= this.opts.maxRescans) return;
    const now = this.opts.now();
    this.#firstPendingAt ??= now;
    if (this.#timer !== null) this.opts.clearTimer(this.#timer);
    const debounced = now + this.opts.debounceMs;
    const capped = Math.min(debounced, this.#firstPendingAt + this.opts.maxWaitMs);
    const at = Math.max(capped, this.#lastRunAt + this.#gapMs);
    this.#timer = this.opts.setTimer(() => this.#fire(), Math.max(0, at - now));
  }

  /** A scan ran for another reason (navigation, request): restart the clock. */
  ranNow(): void {
    this.#lastRunAt = this.opts.now();
  }

  /** A new view (SPA navigation): the budget and the back-off start over. */
  reset(): void {
    if (this.#timer !== null) this.opts.clearTimer(this.#timer);
    this.#timer = null;
    this.#firstPendingAt = null;
    this.#runs = 0;
    this.#gapMs = this.opts.debounceMs;
  }

  stop(): void {
    this.#stopped = true;
    if (this.#timer !== null) this.opts.clearTimer(this.#timer);
    this.#timer = null;
  }

  #fire(): void {
    this.#timer = null;
    this.#firstPendingAt = null;
    this.#runs += 1;
    this.#lastRunAt = this.opts.now();
    this.#gapMs = Math.min(this.#gapMs * 2, this.opts.maxGapMs);
    this.run();
  }
}
