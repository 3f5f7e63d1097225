/** Text nodes read at most (blank ones included). */
export const SAMPLE_NODES = 200;
/** Characters read at most from one text node. */
export const SAMPLE_NODE_CHARS = 160;

/**
 * The cheap check's sample: at most SAMPLE_NODE_CHARS from each of the document's first SAMPLE_NODES text
 * nodes, head included, cut to `maxChars`. Touches no element (the first element wrapper is costly in a fresh
 * world); the per-node cut keeps a long script from filling it.
 */
export function sampleText(doc: Document, maxChars: number): string {
  // One short loop of native calls: this runs cold on every page.
  let sample = '';
  try {
    const walker = doc.createTreeWalker(doc, 4 /* NodeFilter.SHOW_TEXT */);
    for (let i = 0; i < SAMPLE_NODES && sample.length < maxChars; i++) {
      const node = walker.nextNode() as Text | null;
      if (node === null) break;
      // Only the chars it needs leave the DOM (a script's text may be megabytes).
      sample += (node.length > SAMPLE_NODE_CHARS ? node.substringData(0, SAMPLE_NODE_CHARS) : node.data) + '\n';
    }
  } catch {
    // An odd document: whatever was read so far.
  }
  return sample.length > maxChars ? sample.slice(0, Math.max(0, maxChars)) : sample;
}
