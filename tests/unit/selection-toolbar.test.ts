// @vitest-environment jsdom
import { PAGE_STRINGS } from '../../lib/i18n/shared-strings';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { within } from '@testing-library/dom';
import { isReadableSelection, PAGE_SHORTCUTS, SelectionToolbar, toolbarPosition, type ToolbarLabels } from '../../lib/content/selection-toolbar';

type Rect = { top: number; bottom: number; left: number; right: number };

/** The toolbar's labels as the content script gives them, in the reader's language (PAGE_STRINGS). */
function labelsOf(lang: 'en' | 'ko'): ToolbarLabels {
  const t = PAGE_STRINGS[lang];
  return { toolbar: t.toolbar, lookUp: t.lookUp, highlight: t.highlight };
}

/** Selects `text` inside the first element matching `selector` (its first text node). */
function select(selector: string, text: string): Selection {
  const el = document.querySelector(selector)!;
  const node = [...el.childNodes].find((n) => n.nodeType === 3 && (n as Text).data.includes(text)) as Text;
  const at = node.data.indexOf(text);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + text.length);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

beforeEach(() => {
  document.body.innerHTML = `
    <article>
      <p id="text">메타는 라마 4 베히모스를 공개하지 않았다. Meta did not release Behemoth.</p>
      <p id="space">   </p>
      <textarea id="area">베히모스 typed in a field</textarea>
      <input id="field" value="베히모스 in an input">
      <div contenteditable="true"><p id="edit">베히모스 in editable content</p></div>
      <div contenteditable=""><span id="edit2">베히모스 in bare contenteditable</span></div>
      <div contenteditable="plaintext-only"><span id="edit3">베히모스 plaintext-only</span></div>
    </article>`;
  document.getSelection()!.removeAllRanges();
});

describe('isReadableSelection', () => {
  it('is true for page text', () => {
    expect(isReadableSelection(select('#text', '베히모스'))).toBe(true);
    expect(isReadableSelection(select('#text', 'Meta did not'))).toBe(true);
  });

  it('is false for a selection in a textarea, an input or editable content', () => {
    expect(isReadableSelection(select('#area', '베히모스'))).toBe(false);
    for (const id of ['#edit', '#edit2', '#edit3']) expect(isReadableSelection(select(id, '베히모스')), id).toBe(false);
    // An input has no text nodes: the selection sits around it, and holds no page text.
    const input = document.querySelector('#field')!;
    const range = document.createRange();
    range.selectNode(input);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(isReadableSelection(document.getSelection())).toBe(false);
  });

  it('is false for a selection that starts in page text and ends in a field', () => {
    const selection = select('#text', 'Behemoth');
    const area = document.querySelector('#area')!.firstChild!;
    selection.extend(area, 3);
    expect(selection.toString().trim().length).toBeGreaterThan(0);
    expect(isReadableSelection(selection)).toBe(false);
  });

  it('is false for no selection, a collapsed one and white space only', () => {
    expect(isReadableSelection(null)).toBe(false);
    expect(isReadableSelection(document.getSelection())).toBe(false); // no range
    const selection = select('#text', '베히모스');
    selection.collapseToStart();
    expect(isReadableSelection(selection)).toBe(false);
    expect(isReadableSelection(select('#space', '   '))).toBe(false);
  });
});

describe('toolbarPosition', () => {
  const viewport = { width: 1000, height: 700 };
  const size = { width: 200, height: 40 };
  const line = (top: number, left: number, right: number): Rect => ({ top, bottom: top + 20, left, right });
  const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const box = (p: { left: number; top: number }): Rect => ({ left: p.left, top: p.top, right: p.left + size.width, bottom: p.top + size.height });

  it('goes below the last line when there is room', () => {
    const rects = [line(100, 300, 900), line(120, 40, 500)];
    const p = toolbarPosition(rects, viewport, size)!;
    expect(p.top).toBeGreaterThanOrEqual(rects[1]!.bottom);
    expect(p.top + size.height).toBeLessThanOrEqual(viewport.height);
    expect(p.left).toBe(rects[1]!.left); // beside where the selection ends
  });

  it('goes above the first line when there is no room below', () => {
    const rects = [line(630, 300, 900), line(650, 40, 500)];
    const p = toolbarPosition(rects, viewport, size)!;
    expect(p.top + size.height).toBeLessThanOrEqual(rects[0]!.top);
    expect(p.top).toBeGreaterThanOrEqual(0);
    expect(p.left).toBe(rects[0]!.left);
  });

  it('stays inside the viewport horizontally', () => {
    expect(toolbarPosition([line(100, 950, 990)], viewport, size)!.left + size.width).toBeLessThanOrEqual(viewport.width);
    expect(toolbarPosition([line(100, -300, 40)], viewport, size)!.left).toBeGreaterThanOrEqual(0);
  });

  it('takes the rects in any order (table cells, columns): below the lowest, never over the first', () => {
    const rects = [{ top: 100, bottom: 300, left: 0, right: 600 }, { top: 100, bottom: 120, left: 300, right: 600 }];
    const p = box(toolbarPosition(rects, viewport, size)!);
    for (const r of rects) expect(overlaps(p, r)).toBe(false);
    expect(p.top).toBeGreaterThanOrEqual(300);
  });

  it('stays inside the viewport vertically, and gives no place for a selection scrolled out of view', () => {
    const low = toolbarPosition([{ top: 660, bottom: 690, left: 10, right: 100 }], viewport, size)!;
    expect(low.top + size.height).toBeLessThanOrEqual(viewport.height);
    expect(toolbarPosition([{ top: -120, bottom: -100, left: 50, right: 250 }], viewport, size)).toBeNull();
    expect(toolbarPosition([{ top: 728, bottom: 748, left: 50, right: 250 }], viewport, size)).toBeNull();
    const tall = toolbarPosition([{ top: 20, bottom: 40, left: 0, right: 900 }, { top: 40, bottom: 680, left: 0, right: 900 }], viewport, size)!;
    expect(tall.top >= 0 && tall.top + size.height <= viewport.height).toBe(true);
  });

  it('never overlaps the lines of an on-screen selection that leaves room above or below it, and stays in the viewport', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let checked = 0;
    for (let n = 0; n < 2000; n++) {
      const lines = 1 + Math.floor(random() * 8);
      const firstTop = Math.floor(random() * (viewport.height - lines * 22));
      const rects: Rect[] = [];
      for (let i = 0; i < lines; i++) {
        const left = i === 0 ? Math.floor(random() * 900) : 20;
        const right = i === lines - 1 ? left + 10 + Math.floor(random() * (980 - left)) : 980;
        rects.push(line(firstTop + i * 22, left, Math.min(right, 990)));
      }
      const roomBelow = rects.at(-1)!.bottom + 8 + size.height <= viewport.height;
      const roomAbove = rects[0]!.top - 8 - size.height >= 0;
      if (!roomBelow && !roomAbove) continue;
      checked++;
      const p = box(toolbarPosition(rects, viewport, size)!);
      const where = JSON.stringify({ rects, p });
      for (const r of rects) expect(overlaps(p, r), where).toBe(false);
      expect(p.left >= 0 && p.top >= 0 && p.right <= viewport.width && p.bottom <= viewport.height, where).toBe(true);
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('SelectionToolbar', () => {
  const RECTS = [{ top: 100, bottom: 120, left: 50, right: 250, width: 200, height: 20, x: 50, y: 100 }];
  let rects: typeof RECTS;
  let actions: { lookUp: Mock<(text: string, range: Range) => void>; highlight: Mock<(range: Range) => Promise<string>> };
  let toolbar: SelectionToolbar;
  let detach: () => void;

  beforeEach(() => {
    rects = RECTS;
    // jsdom has no layout: give Ranges one line box.
    Object.defineProperty(Range.prototype, 'getClientRects', { configurable: true, value: () => rects });
    actions = { lookUp: vi.fn<(text: string, range: Range) => void>(), highlight: vi.fn(async (_range: Range) => 'Highlighted') };
    toolbar = new SelectionToolbar(document, actions, () => labelsOf('en'));
    detach = toolbar.attach();
  });
  afterEach(() => {
    detach();
    delete (Range.prototype as { getClientRects?: unknown }).getClientRects;
    vi.useRealTimers();
  });

  const host = () => document.documentElement.querySelector(':scope > [data-meta-context-toolbar]');
  const key = (code: string, init: KeyboardEventInit = { altKey: true, shiftKey: true }) => {
    const event = new KeyboardEvent('keydown', { code, key: code.replace(/^Key/, ''), bubbles: true, cancelable: true, ...init });
    document.dispatchEvent(event);
    return event;
  };

  for (const lang of ['en', 'ko'] as const) {
    it(`update() with a selection shows a toolbar with two named buttons in an open shadow root on <html> (${lang})`, () => {
      const labels = labelsOf(lang);
      toolbar = new SelectionToolbar(document, actions, () => labels);
      select('#text', '베히모스');
      toolbar.update();
      const h = host()!;
      expect(h).not.toBeNull();
      expect(h.parentNode).toBe(document.documentElement);
      expect(h.shadowRoot).not.toBeNull();
      expect(h.shadowRoot!.mode).toBe('open');
      expect(toolbar.root).toBe(h.shadowRoot);
      const bar = within(h.shadowRoot! as unknown as HTMLElement).getByRole('toolbar', { name: labels.toolbar });
      const buttons = within(bar).getAllByRole('button');
      expect(buttons.map((b) => b.textContent)).toEqual([labels.lookUp, labels.highlight]);
      expect(within(bar).getByRole('button', { name: labels.lookUp })).toBeTruthy();
      expect(within(bar).getByRole('button', { name: labels.highlight })).toBeTruthy();
      toolbar.hide();
    });
  }

  it('sits where toolbarPosition says, off the selection', () => {
    select('#text', '베히모스');
    toolbar.update();
    const bar = toolbar.root!.firstElementChild as HTMLElement;
    const expected = toolbarPosition(RECTS, { width: window.innerWidth, height: window.innerHeight }, { width: 200, height: 40 })!;
    expect(bar.style.getPropertyValue('top')).toBe(`${expected.top}px`);
    expect(bar.style.getPropertyValue('left')).toBe(`${expected.left}px`);
    expect(expected.top).toBeGreaterThanOrEqual(RECTS[0]!.bottom);
  });

  it('shows one toolbar at a time, and nothing for a selection with no box on screen', () => {
    select('#text', '베히모스');
    toolbar.update();
    toolbar.update();
    expect(document.querySelectorAll('[data-meta-context-toolbar]')).toHaveLength(1);
    rects = [];
    toolbar.update();
    expect(host()).toBeNull();
  });

  it('update() hides it for a selection in a field, or none', () => {
    select('#text', '베히모스');
    toolbar.update();
    select('#area', '베히모스');
    toolbar.update();
    expect(host()).toBeNull();
    select('#text', '베히모스');
    toolbar.update();
    document.getSelection()!.removeAllRanges();
    toolbar.update();
    expect(host()).toBeNull();
  });

  it('Escape hides it (the host leaves the page)', () => {
    select('#text', '베히모스');
    toolbar.update();
    expect(host()).not.toBeNull();
    key('Escape', { key: 'Escape' });
    expect(host()).toBeNull();
    expect(toolbar.root).toBeNull();
  });

  it('a press elsewhere hides it; a press on it does not', () => {
    select('#text', '베히모스');
    toolbar.update();
    const button = within(toolbar.root! as unknown as HTMLElement).getByRole('button', { name: labelsOf('en').lookUp });
    button.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true, cancelable: true }));
    expect(host()).not.toBeNull();
    document.querySelector('#text')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    expect(host()).toBeNull();
  });

  it(`${PAGE_SHORTCUTS.highlight} with a selection calls highlight with it, and shows the answer`, async () => {
    select('#text', 'Behemoth');
    const event = key('KeyH');
    expect(event.defaultPrevented).toBe(true);
    expect(actions.highlight).toHaveBeenCalledTimes(1);
    expect((actions.highlight.mock.calls[0]![0] as Range).toString()).toBe('Behemoth');
    expect(actions.lookUp).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(within(toolbar.root! as unknown as HTMLElement).getByRole('status').textContent).toBe('Highlighted'));
  });

  it('off for this page (the reader’s setting): no toolbar, and its keys do nothing', () => {
    detach();
    let on = false;
    toolbar = new SelectionToolbar(document, actions, () => labelsOf('en'), () => on);
    detach = toolbar.attach();
    select('#text', 'Behemoth');
    toolbar.update();
    expect(host()).toBeNull();
    const event = key('KeyH');
    expect(event.defaultPrevented).toBe(false);
    expect(actions.highlight).not.toHaveBeenCalled();
    on = true;
    toolbar.update();
    expect(host()).not.toBeNull();
  });

  it(`${PAGE_SHORTCUTS.lookUp} calls lookUp with the selected text`, () => {
    select('#text', '라마 4 베히모스');
    const event = key('KeyL');
    expect(event.defaultPrevented).toBe(true);
    expect(actions.lookUp).toHaveBeenCalledTimes(1);
    expect(actions.lookUp.mock.calls[0]![0]).toBe('라마 4 베히모스');
    expect((actions.lookUp.mock.calls[0]![1] as Range).toString()).toBe('라마 4 베히모스');
    expect(actions.highlight).not.toHaveBeenCalled();
  });

  it('the keys do nothing for a selection in a textarea or editable content, or without Alt+Shift', () => {
    for (const id of ['#area', '#edit']) {
      select(id, '베히모스');
      expect(key('KeyH').defaultPrevented).toBe(false);
      expect(key('KeyL').defaultPrevented).toBe(false);
    }
    select('#text', '베히모스');
    key('KeyH', { altKey: true });
    key('KeyL', { shiftKey: true });
    key('KeyH', { altKey: true, shiftKey: true, ctrlKey: true });
    key('KeyL', { altKey: true, shiftKey: true, metaKey: true });
    expect(actions.highlight).not.toHaveBeenCalled();
    expect(actions.lookUp).not.toHaveBeenCalled();
  });

  it('the buttons do what they say: "Look up" with the selected text (and closes), "Highlight" with the range', async () => {
    const labels = labelsOf('en');
    select('#text', '베히모스');
    toolbar.update();
    const root = () => within(toolbar.root! as unknown as HTMLElement);
    root().getByRole('button', { name: labels.highlight }).click();
    expect((actions.highlight.mock.calls[0]![0] as Range).toString()).toBe('베히모스');
    await vi.waitFor(() => expect(root().getByRole('status').textContent).toBe('Highlighted'));
    root().getByRole('button', { name: labels.lookUp }).click();
    expect(actions.lookUp).toHaveBeenCalledWith('베히모스', expect.anything());
    expect(host()).toBeNull();
  });

  it('the detach function stops listening and removes the toolbar', () => {
    select('#text', '베히모스');
    toolbar.update();
    detach();
    expect(host()).toBeNull();
    key('KeyH');
    expect(actions.highlight).not.toHaveBeenCalled();
    detach = () => {};
  });
});
