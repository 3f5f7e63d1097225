/**
 * WXT stops a running copy of the content script when a newer copy starts in
 * the same page (the toolbar button injecting the script while the manifest's
 * copy was starting, or the extension updated or reloaded): the newer copy
 * dispatches a DOM event on the document, named after the extension's id, and
 * the older copy's context stops on it. A page can dispatch the same event
 * (the id is no secret) and so switch the extension off on itself.
 *
 * The guard hears the event first (on the window, capturing) and lets it
 * through only when it comes from a newer copy of this script (which marks
 * the script world it shares with this copy, where the page cannot write,
 * while it starts), or when this copy is an orphan whose extension context
 * is gone.
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
