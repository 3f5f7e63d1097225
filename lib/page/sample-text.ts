/** Text nodes read at most (blank ones included). */
export const SAMPLE_NODES = 200;
/** Characters read at most from one text node. */
export const SAMPLE_NODE_CHARS = 160;

/**
 * A bounded sample of the page's text for the cheap check: the document's
 * text in document order (its title included), at most SAMPLE_NODE_CHARS from
 * each of its first SAMPLE_NODES text nodes, cut to `maxChars`; parts joined
 * with newlines.
 *
 * It touches no element. In a content script's fresh world the first element
 * wrapper (document.body, a text node's parent) costs ~0.3 ms to create
 * (Chromium instantiates the Element and HTMLElement prototypes for that
 * world), several times the whole check; text nodes are cheap. So the sample
 * cannot tell script and style text from the page's text, nor the head from
 * the body (it only decides whether the page may concern the story; the
 * scan's page text leaves such text out): the cut per node keeps a long script or stylesheet
 * from filling it. On the 32 Readability pages, 2200 characters of it hold,
 * in all, more of the body's visible text (2567 characters) than the body's
 * first 1000 characters, the sample before, did (2375).
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
