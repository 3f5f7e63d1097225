/**
 * Which DOM changes may change what a scan finds; only these trigger a rescan. Without this filter, scripts
 * and styles a page adds would spend the rescan budget (each rescan re-sends the text) for nothing.
 */

/** Elements whose own text the scan does not read (lib/page/page-text.ts), plus those that hold no text. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'script', 'style', 'noscript', 'template', 'link', 'meta']);

function isTitle(node: Node | null): boolean {
  return node !== null && (node.nodeName === 'TITLE' || node.nodeName === 'title');
}

function changed(record: MutationRecord): Node[] {
  return [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
}

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
  // Elsewhere, a change that adds or removes only scripts, styles, links or metas does not count.
  const nodes = changed(record);
  return nodes.length === 0 || nodes.some((n) => !NOT_TEXT.has(n.nodeName));
}
