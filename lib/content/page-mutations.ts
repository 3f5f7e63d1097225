/**
 * Which DOM changes may change what a scan finds; only these trigger a rescan. Without this filter, scripts
 * and styles a page adds would spend the rescan budget (each rescan re-sends the text) for nothing.
 */

/** Elements whose own text the scan does not read (lib/page/page-text.ts), plus those that hold no text. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'script', 'style', 'noscript', 'template', 'link', 'meta']);

function isTitle(node: Node | null): boolean {
  return node !== null && (node.nodeName === 'TITLE' || node.nodeName === 'title');
}

/** Attributes that mark the extension's own in-page UI (toolbar, cards: lib/content/shadow-ui.ts). */
export const OWN_UI_MARKERS = ['data-meta-context-toolbar', 'data-meta-context-popover', 'data-meta-context-lookup'] as const;

/** True for the extension's own in-page UI: adding or removing it is never a page change. */
export function isOwnUi(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return OWN_UI_MARKERS.some((m) => el.hasAttribute(m));
}

/** The nodes a record adds or removes, leaving out the extension's own. */
function changed(record: MutationRecord): Node[] {
  return [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)].filter((n) => !isOwnUi(n));
}

/** Characters a record must add, on a page not about the story, to bring the cheap check back. */
export const LARGE_INSERTION = 200;

/** True when `record` may change the page's text or title. */
export function changesPageText(record: MutationRecord, head: Node | null): boolean {
  const target = record.target;
  // Text changed in place: it counts unless it is a script's or a style's.
  if (record.type === 'characterData') {
    const parent = target.parentNode;
    return parent === null || !NOT_TEXT.has(parent.nodeName);
  }
  if (isTitle(target)) return true;
  // In the head, only the title matters.
  if (head !== null && head.contains(target)) {
    return changed(record).some(isTitle);
  }
  if (NOT_TEXT.has(target.nodeName)) return false;
  // Elsewhere, a change that adds or removes only scripts, styles, links, metas or the extension's UI does not count.
  const nodes = changed(record);
  if (nodes.length === 0) return record.addedNodes.length + record.removedNodes.length === 0;
  return nodes.some((n) => !NOT_TEXT.has(n.nodeName));
}

/**
 * The cheap watch of a page not about the story: a new title or body, or at least LARGE_INSERTION characters of
 * page text added at once (late articles, "read more"); small edits, removals and the extension's UI do not count.
 */
export function addsLargeText(record: MutationRecord, head: Node | null): boolean {
  if (!changesPageText(record, head)) return false;
  if (record.type === 'characterData') return false;
  if (isTitle(record.target)) return true;
  let chars = 0;
  for (const node of Array.from(record.addedNodes)) {
    if (isTitle(node) || node.nodeName === 'BODY' || node.nodeName === 'body') return true;
    if (isOwnUi(node) || NOT_TEXT.has(node.nodeName)) continue;
    chars += node.textContent?.length ?? 0;
    if (chars >= LARGE_INSERTION) return true;
  }
  return false;
}
