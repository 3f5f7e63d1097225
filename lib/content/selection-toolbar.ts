/**
 * The toolbar beside a text selection: "Look up" and "Highlight". Same rules as the quote card (open shadow
 * root, CSSOM styles, text only); never for form fields or editable content; Escape or a click elsewhere closes it.
 * Alt+Shift+L/H are page-level keys: Chrome lets an extension suggest only four commands.
 */
import { el, shadowHost, surfaceColors } from './shadow-ui';
import { COLOR_HEX, HIGHLIGHT_COLORS, type HighlightColor } from '../annotations/colors';
import { isReadableSelection } from './readable-selection';

export { isReadableSelection };

export interface ToolbarLabels {
  toolbar: string;
  lookUp: string;
  highlight: string;
  /** The colour buttons shown after a highlight is saved (with `recolor`): the group's name and each colour's. */
  colorGroup?: string;
  colors?: Record<HighlightColor, string>;
}

export interface ToolbarActions {
  lookUp(text: string, range: Range): void;
  /** Resolves to a short status to show (saved, not saved and why); saved, with the highlight's colour. */
  highlight(range: Range): Promise<string | { text: string; color: HighlightColor }>;
  /** Sets the colour of the highlight just saved; resolves to a status to show. */
  recolor?(color: HighlightColor): Promise<string>;
}

/** The toolbar's keys while text is selected (handled in the page, not browser commands). */
export const PAGE_SHORTCUTS = { lookUp: 'Alt+Shift+L', highlight: 'Alt+Shift+H' } as const;

const GAP = 8;
const HEIGHT = 40;

/** Below the selection (above without room), aligned with its line, inside the viewport; null when out of view. Rects may come in any order. */
export function toolbarPosition(
  rects: ReadonlyArray<{ top: number; bottom: number; left: number; right: number }>,
  viewport: { width: number; height: number },
  size: { width: number; height: number },
): { left: number; top: number } | null {
  let top = Infinity;
  let bottom = -Infinity;
  let topLeft = 0;
  let bottomLeft = 0;
  for (const r of rects) {
    if (r.top < top) [top, topLeft] = [r.top, r.left];
    if (r.bottom > bottom) [bottom, bottomLeft] = [r.bottom, r.left];
  }
  if (bottom < 0 || top > viewport.height) return null;
  const below = bottom + GAP;
  const above = top - GAP - size.height;
  // No room on either side (a selection taller than the viewport): the bottom edge, over the selection.
  const y = below + size.height <= viewport.height ? below : above >= 0 ? above : Math.max(0, viewport.height - size.height);
  const x = y === below ? bottomLeft : topLeft;
  return { left: Math.max(GAP, Math.min(x, viewport.width - size.width - GAP)), top: y };
}

export class SelectionToolbar {
  #host: HTMLElement | null = null;
  #status: HTMLElement | null = null;
  #range: Range | null = null;
  #hideTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly actions: ToolbarActions,
    private readonly labels: () => ToolbarLabels,
    /** Whether the toolbar and its keys are on for this page now (the reader's setting). */
    private readonly enabled: () => boolean = () => true,
  ) {}

  get root(): ShadowRoot | null {
    return this.#host?.shadowRoot ?? null;
  }

  /** Listen to the page: returns the function that stops listening. */
  attach(): () => void {
    const doc = this.doc;
    const onUp = (e: Event) => {
      if (this.#host && e.composedPath().includes(this.#host)) return;
      // After the browser has updated the selection.
      setTimeout(() => this.update(), 0);
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.shiftKey || e.key === 'Shift') setTimeout(() => this.update(), 0);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && this.#host) return this.hide();
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || !this.enabled()) return;
      const key = e.code === 'KeyL' ? 'l' : e.code === 'KeyH' ? 'h' : null;
      if (!key) return;
      const selection = doc.getSelection();
      if (!isReadableSelection(selection)) return;
      e.preventDefault();
      this.shortcut(key, selection.getRangeAt(0).cloneRange(), selection.toString());
    };
    const onDown = (e: Event) => {
      if (this.#host && !e.composedPath().includes(this.#host)) this.hide();
    };
    const onScroll = () => this.#host && this.#place();
    doc.addEventListener('mouseup', onUp, true);
    doc.addEventListener('keyup', onKeyUp, true);
    doc.addEventListener('keydown', onKeyDown, true);
    doc.addEventListener('mousedown', onDown, true);
    doc.defaultView?.addEventListener('scroll', onScroll, { passive: true, capture: true });
    return () => {
      doc.removeEventListener('mouseup', onUp, true);
      doc.removeEventListener('keyup', onKeyUp, true);
      doc.removeEventListener('keydown', onKeyDown, true);
      doc.removeEventListener('mousedown', onDown, true);
      doc.defaultView?.removeEventListener('scroll', onScroll, { capture: true });
      this.hide();
    };
  }

  /** Alt+Shift+L ('l') or Alt+Shift+H ('h') on `range` (also when pressed before this script was loaded). */
  shortcut(key: 'l' | 'h', range: Range, text = range.toString()): void {
    if (key === 'l') this.actions.lookUp(text, range);
    else void this.#highlight(range, true);
  }

  /** Show for the current selection, or hide when there is none to act on. */
  update(): void {
    const selection = this.doc.getSelection();
    if (!this.enabled() || !isReadableSelection(selection)) return this.hide();
    this.#range = selection.getRangeAt(0).cloneRange();
    this.#show();
  }

  #show(): void {
    const doc = this.doc;
    const labels = this.labels();
    if (this.#hideTimer) clearTimeout(this.#hideTimer);
    this.#host?.remove();
    const { fg, bg, border } = surfaceColors(doc);
    const { host, shadow } = shadowHost(doc, 'data-meta-context-toolbar');
    const bar = el(doc, 'div', `position:fixed;display:flex;gap:4px;align-items:center;height:${HEIGHT}px;padding:4px;background:${bg};color:${fg};border:1px solid ${border};border-radius:8px;box-shadow:0 4px 16px rgb(0 0 0 / 0.25);font:14px/1.2 system-ui, "Noto Sans KR", "Noto Sans CJK KR", sans-serif;box-sizing:border-box`);
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', labels.toolbar);
    const button = (text: string, onClick: () => void) => {
      const b = el(doc, 'button', `font:inherit;color:${fg};background:${bg};border:1px solid ${border};border-radius:6px;padding:4px 10px;cursor:pointer;height:30px`, text);
      b.type = 'button';
      // Keep the page's selection: a press on the toolbar must not clear it.
      b.addEventListener('mousedown', (e) => e.preventDefault());
      b.addEventListener('click', onClick);
      return b;
    };
    const lookUp = button(labels.lookUp, () => {
      const range = this.#range;
      if (range) this.actions.lookUp(range.toString(), range);
      this.hide();
    });
    const highlight = button(labels.highlight, () => {
      const range = this.#range;
      if (range) void this.#highlight(range);
    });
    const status = el(doc, 'span', `padding:0 6px;font-size:13px`);
    status.setAttribute('role', 'status');
    bar.append(lookUp, highlight, status);
    shadow.append(bar);
    doc.documentElement.append(host);
    this.#host = host;
    this.#status = status;
    this.#place();
  }

  #place(): void {
    const bar = this.#host?.shadowRoot?.firstElementChild as HTMLElement | null | undefined;
    const range = this.#range;
    if (!bar || !range) return;
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
    if (rects.length === 0) return this.hide();
    const win = this.doc.defaultView!;
    const size = { width: bar.offsetWidth || 200, height: HEIGHT };
    const at = toolbarPosition(rects, { width: win.innerWidth, height: win.innerHeight }, size);
    if (!at) return this.hide();
    bar.style.setProperty('left', `${at.left}px`, 'important');
    bar.style.setProperty('top', `${at.top}px`, 'important');
  }

  async #highlight(range: Range, fromKeys = false): Promise<void> {
    const answer = await this.actions.highlight(range).catch(() => '');
    if (!this.#host) this.#range = range;
    if (!this.#host) this.#show();
    if (this.#status) this.#status.textContent = typeof answer === 'string' ? answer : answer.text;
    const colors = typeof answer !== 'string' && this.actions.recolor && this.#colors(answer.color);
    if (colors && fromKeys) colors.querySelector<HTMLElement>('[aria-pressed=true]')?.focus();
    this.#hideLater(colors ? 8000 : 2500);
  }

  #hideLater(ms: number): void {
    if (this.#hideTimer) clearTimeout(this.#hideTimer);
    this.#hideTimer = setTimeout(() => this.hide(), ms);
  }

  /** The colour buttons, after a highlight was saved in `current`. */
  #colors(current: HighlightColor): HTMLElement | null {
    const bar = this.#host?.shadowRoot?.firstElementChild;
    const labels = this.labels();
    if (!bar || !labels.colors) return null;
    const doc = this.doc;
    const { fg, bg, border } = surfaceColors(doc);
    const group = el(doc, 'div', 'display:flex;gap:2px');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', labels.colorGroup ?? '');
    for (const color of HIGHLIGHT_COLORS) {
      const b = el(doc, 'button', `font:inherit;font-size:12px;color:${fg};background:${bg};border:1px solid ${border};border-bottom:5px solid ${COLOR_HEX[color]};border-radius:6px;padding:2px 6px;cursor:pointer;height:30px`, labels.colors[color]);
      b.type = 'button';
      b.dataset.color = color;
      b.setAttribute('aria-pressed', String(color === current));
      b.addEventListener('mousedown', (e) => e.preventDefault());
      b.addEventListener('click', () => {
        void this.actions.recolor!(color).then((text) => {
          for (const x of group.children) x.setAttribute('aria-pressed', String((x as HTMLElement).dataset.color === color));
          if (this.#status) this.#status.textContent = text;
          this.#hideLater(4000);
        });
      });
      group.append(b);
    }
    bar.insertBefore(group, this.#status);
    this.#place();
    return group;
  }

  hide(): void {
    if (this.#hideTimer) clearTimeout(this.#hideTimer);
    this.#hideTimer = null;
    this.#host?.remove();
    this.#host = null;
    this.#status = null;
  }
}
