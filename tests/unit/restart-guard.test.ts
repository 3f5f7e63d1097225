// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { guardRestartSignal, markStarting } from '../../lib/content/restart-guard';

const EVENT = 'extension-id:content:wxt:content-script-started';

/** WXT's listener in the running copy: it stops the copy when the event reaches the document. */
function wxtListener(): { stopped: () => number } {
  let stopped = 0;
  document.addEventListener(EVENT, () => stopped++);
  return { stopped: () => stopped };
}

const announce = () => document.dispatchEvent(new CustomEvent(EVENT, { detail: { contentScriptName: 'content', messageId: 'x' } }));

describe('the restart signal guard', () => {
  const controllers: AbortController[] = [];
  const guard = (orphaned: () => boolean, global: Record<string, unknown>) => {
    const c = new AbortController();
    controllers.push(c);
    guardRestartSignal(window, EVENT, orphaned, c.signal, global);
  };
  afterEach(() => controllers.splice(0).forEach((c) => c.abort()));

  it('keeps the event from the running copy when the page dispatches it', () => {
    const world = {};
    const wxt = wxtListener();
    guard(() => false, world);
    announce();
    expect(wxt.stopped()).toBe(0);
  });

  it('lets it through while a newer copy of the script starts in the same script world', () => {
    const world = {};
    markStarting(world); // the running copy, at its start
    guard(() => false, world); // its main(): the mark is taken down
    const wxt = wxtListener();
    announce();
    expect(wxt.stopped()).toBe(0);
    markStarting(world); // a newer copy starts, then announces itself
    announce();
    expect(wxt.stopped()).toBe(1);
  });

  it('lets it through when the running copy is orphaned (its extension updated or reloaded)', () => {
    let orphaned = false;
    const wxt = wxtListener();
    guard(() => orphaned, {});
    announce();
    orphaned = true;
    announce();
    expect(wxt.stopped()).toBe(1);
  });

  it('leaves other events alone, and goes away with the copy', () => {
    const c = new AbortController();
    guardRestartSignal(window, EVENT, () => false, c.signal, {});
    let other = 0;
    document.addEventListener('click', () => other++);
    document.dispatchEvent(new MouseEvent('click'));
    expect(other).toBe(1);
    const wxt = wxtListener();
    c.abort();
    announce();
    expect(wxt.stopped()).toBe(1);
  });
});
