/**
 * An in-page card for a clicked quote, where a click cannot open the panel (Firefox). Open shadow root (for
 * assistive tech and tests), CSSOM styles only (a page's CSP does not block them), text only, present only while shown.
 */
import type { PopoverQuote } from '../messages';
import { closeOnEscapeOrOutside, el, FONT, shadowHost, surfaceColors } from './shadow-ui';

/** The background's answer to `quote:card`, checked by hand (no zod in the content script); null when it is not a card. */
export function asPopoverQuote(value: unknown): PopoverQuote | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const text = (x: unknown): x is string => typeof x === 'string' && x.length <= 5000;
  if (!text(v.speaker) || !text(v.said) || !text(v.en) || !text(v.verification) || !(v.ko === null || text(v.ko))) return null;
  if (!(v.note === undefined || text(v.note)) || !(v.misquote === undefined || typeof v.misquote === 'boolean')) return null;
  return {
    speaker: v.speaker,
    said: v.said,
    en: v.en,
    ko: v.ko,
    verification: v.verification,
    ...(v.note !== undefined ? { note: v.note } : {}),
    ...(v.misquote === true ? { misquote: true } : {}),
  };
}

export interface PopoverLabels {
  dialog: string;
  english: string;
  korean: string;
  noKorean: string;
  close: string;
  openPanelHint: string;
}

export class QuotePopover {
  #host: HTMLElement | null = null;
  #cleanup: Array<() => void> = [];

  constructor(private readonly doc: Document) {}

  get isOpen(): boolean {
    return this.#host !== null;
  }

  /** The shadow root while open (tests and assistive technology read it). */
  get root(): ShadowRoot | null {
    return this.#host?.shadowRoot ?? null;
  }

  show(quote: PopoverQuote, labels: PopoverLabels, at: { x: number; y: number }): void {
    this.close();
    const doc = this.doc;
    const { fg, bg, muted } = surfaceColors(doc);
    const { host, shadow } = shadowHost(doc, 'data-meta-context-popover');
    const card = el(doc, 'div', `position:fixed;width:min(420px, calc(100vw - 24px));max-height:min(60vh, 480px);overflow:auto;background:${bg};color:${fg};border:1px solid ${muted};border-radius:10px;box-shadow:0 8px 28px rgb(0 0 0 / 0.25);padding:12px 14px;font:${FONT};text-align:start`);
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', labels.dialog);
    card.tabIndex = -1;

    const head = el(doc, 'div', `display:flex;justify-content:space-between;gap:8px;align-items:start`);
    const who = el(doc, 'div', '');
    who.append(el(doc, 'strong', `display:block;font-weight:700`, quote.speaker), el(doc, 'span', `color:${muted};font-size:12px`, quote.said));
    const close = el(doc, 'button', `font:inherit;font-size:18px;line-height:1;background:transparent;color:${fg};border:0;cursor:pointer;padding:2px 6px`, '×');
    close.type = 'button';
    close.setAttribute('aria-label', labels.close);
    close.addEventListener('click', () => this.close());
    head.append(who, close);

    const texts = el(doc, 'div', `display:grid;grid-template-columns:${quote.misquote ? '1fr' : '1fr 1fr'};gap:10px;margin:8px 0`);
    if (quote.misquote) {
      // What circulates, struck through in red: in no source, so neither "English original" nor a translation.
      const block = el(doc, 'blockquote', `margin:0;padding-left:8px;border-left:3px solid #c62828;text-decoration:line-through`, quote.en);
      block.lang = 'en';
      block.dataset.misquote = '';
      texts.append(block);
    } else {
      for (const [label, text, lang] of [
        [labels.english, quote.en, 'en'],
        [labels.korean, quote.ko ?? labels.noKorean, 'ko'],
      ] as const) {
        const block = el(doc, 'blockquote', `margin:0;padding-left:8px;border-left:3px solid #d68400`);
        block.lang = lang;
        block.append(el(doc, 'span', `display:block;color:${muted};font-size:11px`, label), doc.createTextNode(text));
        texts.append(block);
      }
    }
    const note = quote.note ? el(doc, 'p', `margin:8px 0 0;font-style:italic`, quote.note) : null;
    if (note) note.dataset.note = '';
    const foot = el(doc, 'div', `color:${muted};font-size:12px`);
    foot.append(el(doc, 'span', `display:block`, quote.verification), el(doc, 'span', `display:block`, labels.openPanelHint));
    card.append(head, ...(note ? [note] : []), texts, foot);
    shadow.append(card);

    // Beside the click, inside the viewport.
    const win = doc.defaultView!;
    const left = Math.max(12, Math.min(at.x - 40, win.innerWidth - 432));
    const below = at.y + 16;
    card.style.setProperty('left', `${left}px`, 'important');
    if (below + 200 < win.innerHeight) card.style.setProperty('top', `${below}px`, 'important');
    else card.style.setProperty('bottom', `${Math.max(12, win.innerHeight - at.y + 16)}px`, 'important');

    doc.documentElement.append(host);
    this.#host = host;
    this.#cleanup.push(closeOnEscapeOrOutside(doc, host, () => this.close()));
    card.focus({ preventScroll: true });
  }

  close(): void {
    for (const fn of this.#cleanup.splice(0)) fn();
    this.#host?.remove();
    this.#host = null;
  }
}
