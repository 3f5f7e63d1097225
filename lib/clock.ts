/** Milliseconds from a monotonic clock (performance.now where there is one). */
export function now(): number {
  return typeof performance !== 'undefined' && typeof performance.now === 'function' ? performance.now() : Date.now();
}
