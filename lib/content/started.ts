/** Imported first by the content script: marks when its code starts to run (the benchmark counts from here). */
try {
  performance.mark('meta-context:start');
} catch {
  // No User Timing: nothing to mark.
}

/** The content script's start is over (its synchronous set-up): the benchmark adds start → ready to the scan's own measures. */
export function markReady(): void {
  try {
    performance.mark('meta-context:ready');
  } catch {
    // No User Timing: nothing to mark.
  }
}
