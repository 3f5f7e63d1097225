/**
 * Firefox's answer to "Look up" (a page action cannot open its sidebar): a card beside the selection.
 * Same rules as the quote card: open shadow root, CSSOM styles, text only, in the page only while shown.
 */
import type { LookupCard } from '../messages';
import { closeOnEscapeOrOutside, el, FONT, shadowHost, surfaceColors } from './shadow-ui';

export function isLookupCard(value: unknown): value is LookupCard {
  const v = value as LookupCard | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.query === 'string' &&
    Array.isArray(v.items) &&
    v.items.every((i) => i && typeof i.heading === 'string' && typeof i.text === 'string') &&
    (v.nothing === null || typeof v.nothing === 'string')
  );
}

export class LookupPopover {
  #host: HTMLElement | null = null;
  #cleanup: Array<() => void> = [];

  constructor(private readonly doc: Document) {}

  get root(): ShadowRoot | null {
    return this.#host?.shadowRoot ?? null;
  }

  show(card: LookupCard, labels: { title: string; close: string; more: string }, below: { left: number; top: number }): void {
    this.close();
    const doc = this.doc;
    const { fg, bg, muted } = surfaceColors(doc);
    const { host, shadow } = shadowHost(doc, 'data-meta-context-lookup');
    const box = el(doc, 'div', `position:fixed;width:min(380px, calc(100vw - 24px));max-height:min(60vh, 460px);overflow:auto;background:${bg};color:${fg};border:1px solid ${muted};border-radius:10px;box-shadow:0 8px 28px rgb(0 0 0 / 0.25);padding:10px 12px;font:${FONT}`);
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', `${labels.title}: ${card.query}`);
    box.tabIndex = -1;
    const head = el(doc, 'div', `display:flex;justify-content:space-between;gap:8px`);
    head.append(el(doc, 'strong', '', `${labels.title}: “${card.query}”`));
    const close = el(doc, 'button', `font:inherit;background:transparent;color:${fg};border:0;cursor:pointer;font-size:18px;padding:0 6px`, '×');
    close.type = 'button';
    close.setAttribute('aria-label', labels.close);
    close.addEventListener('click', () => this.close());
    head.append(close);
    box.append(head);
    if (card.nothing !== null) {
      const p = el(doc, 'p', `margin:8px 0`, card.nothing);
      p.setAttribute('role', 'status');
      box.append(p);
    }
    const list = el(doc, 'ul', `list-style:none;margin:8px 0;padding:0;display:grid;gap:8px`);
    for (const item of card.items) {
      const li = el(doc, 'li', `border-left:3px solid ${muted};padding-left:8px`);
      li.append(
        el(doc, 'span', `display:block;color:${muted};font-size:12px`, item.kind),
        el(doc, 'strong', `display:block`, item.heading),
        el(doc, 'span', `display:block`, item.text),
        el(doc, 'span', `display:block;color:${muted};font-size:12px`, item.verification),
      );
      list.append(li);
    }
    if (card.items.length > 0) box.append(list);
    box.append(el(doc, 'p', `margin:4px 0 0;color:${muted};font-size:12px`, labels.more));
    shadow.append(box);
    const win = doc.defaultView!;
    box.style.setProperty('left', `${Math.max(12, Math.min(below.left, win.innerWidth - 392))}px`, 'important');
    if (below.top + 220 < win.innerHeight) box.style.setProperty('top', `${below.top}px`, 'important');
    else box.style.setProperty('bottom', '12px', 'important');
    doc.documentElement.append(host);
    this.#host = host;
    this.#cleanup.push(closeOnEscapeOrOutside(doc, host, () => this.close()));
    box.focus({ preventScroll: true });
  }

  close(): void {
    for (const fn of this.#cleanup.splice(0)) fn();
    this.#host?.remove();
    this.#host = null;
  }
}
