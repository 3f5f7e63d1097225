/** Whether a selection is one the selection toolbar (and its keys) may act on. */
const EDITABLE = 'input,textarea,select,[contenteditable]:not([contenteditable=false])';
/** True when a selection is one the toolbar may act on: page text, not a form field or editable content. */
export function isReadableSelection(selection: Selection | null): selection is Selection {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
  if (selection.toString().trim().length === 0) return false;
  for (const node of [selection.anchorNode, selection.focusNode]) {
    const element = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
    if (!element) return false;
    if ((element as HTMLElement).isContentEditable || element.closest(EDITABLE)) return false;
  }
  return true;
}
