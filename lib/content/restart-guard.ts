/**
 * WXT stops a running content script when a newer copy dispatches a DOM event named after the (public)
 * extension id, so a page could switch us off. The guard lets the event through only from a newer copy
 * (which marks the shared script world, where the page cannot write) or when this copy is orphaned.
 */
const STARTING = '__metaContextScriptStarting';

type Global = Record<string, unknown>;

/** At the content script's top level: before WXT's context announces the start. */
export function markStarting(global: Global = globalThis as unknown as Global): void {
  global[STARTING] = true;
}

export function guardRestartSignal(
  win: Window,
  eventName: string,
  orphaned: () => boolean,
  signal: AbortSignal,
  global: Global = globalThis as unknown as Global,
): void {
  delete global[STARTING];
  win.addEventListener(
    eventName,
    (event) => {
      if (global[STARTING] === true || orphaned()) return;
      event.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}
