/** The text position under a point of the viewport, across browsers. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** A click the reader meant for the page itself: on a link or control, or ending a selection. */
export function isPageInteraction(event: MouseEvent, doc: Document): boolean {
  if (event.button !== 0 || event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return true;
  const target = event.target as Element | null;
  if (target?.closest?.('a[href], button, input, textarea, select, label, [contenteditable=""], [contenteditable="true"]')) return true;
  const selection = doc.getSelection();
  return !!selection && !selection.isCollapsed;
}
