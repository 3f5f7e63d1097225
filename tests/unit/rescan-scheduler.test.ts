import { describe, expect, it } from 'vitest';
import { DEFAULT_RESCAN, RescanScheduler, type RescanSchedulerOptions } from '../../lib/content/rescan-scheduler';

/** A manual clock with timers that fire only when time is advanced. */
class FakeClock {
  time = 0;
  #next = 1;
  readonly timers = new Map<number, { at: number; fn: () => void }>();

  setTimer = (fn: () => void, ms: number): unknown => {
    const id = this.#next++;
    this.timers.set(id, { at: this.time + Math.max(0, ms), fn });
    return id;
  };

  clearTimer = (handle: unknown): void => {
    this.timers.delete(handle as number);
  };

  now = (): number => this.time;

  /** Move time forward to `target`, firing due timers in time order. */
  advanceTo(target: number): void {
    for (;;) {
      let due: [number, { at: number; fn: () => void }] | null = null;
      for (const entry of this.timers) if (entry[1].at <= target && (!due || entry[1].at < due[1].at)) due = entry;
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].fn();
    }
    this.time = target;
  }

  advance(ms: number): void {
    this.advanceTo(this.time + ms);
  }
}

function setup(overrides: Partial<RescanSchedulerOptions> = {}) {
  const clock = new FakeClock();
  const runsAt: number[] = [];
  const opts: RescanSchedulerOptions = {
    ...DEFAULT_RESCAN,
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
    now: clock.now,
    ...overrides,
  };
  const scheduler = new RescanScheduler(() => runsAt.push(clock.time), opts);
  return { clock, scheduler, runsAt, opts };
}

const gapsOf = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);

describe('RescanScheduler', () => {
  it('debounces: several changes within debounceMs give one run, debounceMs after the last', () => {
    const { clock, scheduler, runsAt, opts } = setup();
    const step = Math.floor(opts.debounceMs / 4);
    for (let i = 0; i < 4; i++) {
      scheduler.notify();
      clock.advance(step);
    }
    const lastNotify = clock.time - step;
    expect(runsAt).toEqual([]);
    clock.advance(opts.debounceMs * 10);
    expect(runsAt).toEqual([lastNotify + opts.debounceMs]);
    expect(scheduler.runs).toBe(1);
  });

  it('does not run while the page is still changing within the debounce window', () => {
    const { clock, scheduler, runsAt, opts } = setup();
    scheduler.notify();
    clock.advance(opts.debounceMs - 1);
    expect(runsAt).toEqual([]);
    clock.advance(1);
    expect(runsAt).toEqual([opts.debounceMs]);
  });

  it('bounds the wait: constant changes every 10 ms for 10 s still cause a few runs, never a storm', () => {
    const { clock, scheduler, runsAt, opts } = setup();
    const duration = 10_000;
    for (let t = 0; t < duration; t += 10) {
      clock.advanceTo(t);
      scheduler.notify();
    }
    clock.advanceTo(duration);
    const notifies = duration / 10;
    // The first run comes no later than maxWaitMs after the first change.
    expect(runsAt.length).toBeGreaterThan(0);
    expect(runsAt[0]!).toBeLessThanOrEqual(opts.maxWaitMs);
    // The page never settles, so each run waits for maxWaitMs after a change: at most duration / maxWaitMs runs.
    expect(runsAt.length).toBeLessThanOrEqual(Math.floor(duration / opts.maxWaitMs));
    expect(runsAt.length).toBeLessThanOrEqual(opts.maxRescans);
    expect(runsAt.length * 100).toBeLessThan(notifies);
    expect(scheduler.runs).toBe(runsAt.length);
    // Gaps never shrink.
    const gaps = gapsOf(runsAt);
    gaps.slice(1).forEach((g, i) => expect(g).toBeGreaterThanOrEqual(gaps[i]!));
  });

  it('backs off: the gaps between runs grow, up to maxGapMs', () => {
    const { clock, scheduler, runsAt, opts } = setup({ maxRescans: 12 });
    scheduler.notify();
    // The page changes again right after every run.
    for (let i = 0; i < 20_000 && runsAt.length < opts.maxRescans; i++) {
      const before = runsAt.length;
      clock.advance(100);
      if (runsAt.length > before) scheduler.notify();
    }
    expect(runsAt.length).toBe(opts.maxRescans);
    const gaps = gapsOf(runsAt);
    expect(gaps[1]!).toBeGreaterThan(gaps[0]!);
    expect(gaps[2]!).toBeGreaterThan(gaps[1]!);
    gaps.slice(1).forEach((g, i) => expect(g).toBeGreaterThanOrEqual(gaps[i]!));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(opts.maxGapMs + 100);
    expect(gaps[gaps.length - 1]!).toBeGreaterThanOrEqual(opts.maxGapMs);
  });

  it('stops after maxRescans runs: later changes are ignored', () => {
    const { clock, scheduler, runsAt, opts } = setup({ maxRescans: 3, maxGapMs: 1000 });
    for (let i = 0; i < 10; i++) {
      scheduler.notify();
      clock.advance(opts.maxGapMs * 2);
    }
    expect(runsAt.length).toBe(opts.maxRescans);
    expect(scheduler.runs).toBe(opts.maxRescans);
    scheduler.notify();
    expect(clock.timers.size).toBe(0);
    clock.advance(60_000);
    expect(runsAt.length).toBe(opts.maxRescans);
  });

  it('stop() cancels a pending run and ignores later changes', () => {
    const { clock, scheduler, runsAt, opts } = setup();
    scheduler.notify();
    clock.advance(opts.debounceMs / 2);
    scheduler.stop();
    expect(clock.timers.size).toBe(0);
    clock.advance(opts.maxWaitMs * 10);
    expect(runsAt).toEqual([]);
    scheduler.notify();
    clock.advance(opts.maxWaitMs * 10);
    expect(runsAt).toEqual([]);
    expect(scheduler.runs).toBe(0);
  });

  it('ranNow() (a scan for another reason) delays the next run by the current gap', () => {
    // Two schedulers with the same history (one run); only one is told a scan just ran.
    const a = setup();
    const b = setup();
    for (const s of [a, b]) {
      s.scheduler.notify();
      s.clock.advance(a.opts.maxWaitMs * 5);
      expect(s.runsAt.length).toBe(1);
    }
    const t = a.clock.time;
    a.scheduler.ranNow();
    for (const s of [a, b]) {
      s.clock.advance(10);
      s.scheduler.notify();
      s.clock.advance(a.opts.maxGapMs * 2);
    }
    expect(b.runsAt[1]).toBe(t + 10 + b.opts.debounceMs);
    // The gap doubled after the first run: the next run waits that long after ranNow().
    expect(a.runsAt[1]!).toBeGreaterThan(b.runsAt[1]!);
    expect(a.runsAt[1]!).toBeGreaterThanOrEqual(t + 2 * a.opts.debounceMs);
    // ranNow() is not itself a rescan.
    expect(a.scheduler.runs).toBe(2);
  });

  it('reset() (a new view after an SPA navigation) gives back the budget and the short gap', () => {
    const { clock, scheduler, runsAt, opts } = setup({ maxRescans: 2 });
    for (let i = 0; i < 5; i++) {
      scheduler.notify();
      clock.advance(opts.maxGapMs);
    }
    expect(runsAt).toHaveLength(2);
    scheduler.notify();
    clock.advance(opts.maxGapMs);
    expect(runsAt).toHaveLength(2);
    scheduler.reset();
    const before = clock.time;
    scheduler.notify();
    clock.advance(opts.debounceMs);
    expect(runsAt).toHaveLength(3);
    expect(runsAt[2]! - before).toBe(opts.debounceMs);
  });
});
