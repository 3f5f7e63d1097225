/** Imported first by the content script: marks when its code starts to run (the benchmark counts from here). */
try {
  performance.mark('meta-context:start');
} catch {
  // No User Timing: nothing to mark.
}
