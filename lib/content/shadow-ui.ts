/**
 * Building blocks of the in-page surfaces: elements styled through the CSSOM only (a page's CSP does not block
 * it), `!important` against page styles, colours for a light or dark scheme.
 */
/** Declarations as `name:value;name:value` (no `;` or `:` inside values), each set `!important`. */
export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, style: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const decl of style.split(';')) {
    const at = decl.indexOf(':');
    if (at > 0) node.style.setProperty(decl.slice(0, at), decl.slice(at + 1), 'important');
  }
  if (text !== undefined) node.textContent = text;
  return node;
}

export function surfaceColors(doc: Document): { fg: string; bg: string; muted: string; border: string } {
  const dark = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return dark
    ? { fg: '#ececf1', bg: '#202024', muted: '#b4b4c0', border: '#8a8a96' }
    : { fg: '#1b1b1f', bg: '#ffffff', muted: '#545461', border: '#545461' };
}

/** A fixed host in an open shadow root, outside the page's layout; added to the page by the caller. */
export function shadowHost(doc: Document, marker: string): { host: HTMLElement; shadow: ShadowRoot } {
  const host = el(doc, 'div', `all:initial;position:fixed;z-index:2147483647;left:0;top:0`);
  host.setAttribute(marker, '');
  return { host, shadow: host.attachShadow({ mode: 'open' }) };
}

/** Calls `close` on Escape or a press outside `host`; returns what removes the listeners. */
export function closeOnEscapeOrOutside(doc: Document, host: HTMLElement, close: () => void): () => void {
  const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
  const onDown = (e: MouseEvent) => !e.composedPath().includes(host) && close();
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('mousedown', onDown, true);
  return () => {
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('mousedown', onDown, true);
  };
}

export const FONT = '14px/1.45 system-ui, "Noto Sans KR", "Noto Sans CJK KR", sans-serif';
