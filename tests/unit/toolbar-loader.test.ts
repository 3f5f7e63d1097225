// @vitest-environment jsdom
/**
 * The selection toolbar's loader (lib/content/toolbar-loader.ts): the toolbar's script is asked for once, the
 * first time the toolbar is on; its maker is read from the isolated world's global; Alt+Shift+L/H pressed
 * before it is there load it, then act.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { provideToolbar, ToolbarLoader } from '../../lib/content/toolbar-loader';
import { pageToolbar, savedStatus, type PageToolbarActions } from '../../lib/content/page-toolbar';
import { PAGE_STRINGS } from '../../lib/i18n/shared-strings';
import type { HighlightAddAnswer } from '../../lib/messages';

const RECTS = [{ top: 100, bottom: 120, left: 50, right: 250, width: 200, height: 20, x: 50, y: 100 }];
beforeEach(() => {
  Object.defineProperty(Range.prototype, 'getClientRects', { configurable: true, value: () => RECTS });
});

afterEach(() => {
  delete (Range.prototype as { getClientRects?: unknown }).getClientRects;
  document.body.innerHTML = '';
  document.querySelectorAll('[data-meta-context-toolbar]').forEach((n) => n.remove());
});

function setUp(on: { value: boolean }) {
  const global: Record<string, unknown> = {};
  const actions: PageToolbarActions = { lookUp: vi.fn(), save: vi.fn(async () => undefined), recolor: vi.fn(async () => true) };
  const stops: Array<() => void> = [];
  const load = vi.fn(async () => provideToolbar(pageToolbar, global));
  const loader = new ToolbarLoader({ doc: document, load, actions, lang: () => 'en', enabled: () => on.value, attached: (s) => stops.push(s), global });
  return { loader, load, actions, stops, global };
}

function select(text: string) {
  document.body.innerHTML = `<p id="p">${text}</p>`;
  const range = document.createRange();
  range.selectNodeContents(document.getElementById('p')!);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

describe('ToolbarLoader', () => {
  it('makes no toolbar when the content script was stopped while its script was on the way (a newer copy took over)', async () => {
    const global: Record<string, unknown> = {};
    const stopped = new AbortController();
    const stops: Array<() => void> = [];
    const loader = new ToolbarLoader({
      doc: document,
      load: async () => (stopped.abort(), provideToolbar(pageToolbar, global)),
      actions: { lookUp: vi.fn(), save: vi.fn(async () => undefined), recolor: vi.fn(async () => true) },
      lang: () => 'en',
      enabled: () => true,
      attached: (s) => stops.push(s),
      signal: stopped.signal,
      global,
    });
    expect(await loader.ensure()).toBeNull();
    expect(stops).toHaveLength(0);
    select('저커버그는 개인 초지능을 말했다');
    document.dispatchEvent(new Event('selectionchange'));
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    expect(document.querySelectorAll('[data-meta-context-toolbar]')).toHaveLength(0);
  });

  it('asks for nothing while the toolbar is off, once when it is on', async () => {
    const on = { value: false };
    const { loader, load, stops } = setUp(on);
    expect(await loader.ensure()).toBeNull();
    expect(load).not.toHaveBeenCalled();
    on.value = true;
    const [a, b] = await Promise.all([loader.ensure(), loader.ensure()]);
    expect(a).not.toBeNull();
    expect(a).toBe(b);
    expect(load).toHaveBeenCalledTimes(1);
    expect(stops).toHaveLength(1);
    stops.forEach((s) => s());
  });

  it('keeps no toolbar when the script did not come (no access)', async () => {
    const global: Record<string, unknown> = {};
    const loader = new ToolbarLoader({
      doc: document,
      load: async () => undefined,
      actions: { lookUp: vi.fn(), save: vi.fn(), recolor: vi.fn() },
      lang: () => 'en',
      enabled: () => true,
      attached: () => undefined,
      global,
    });
    expect(await loader.ensure()).toBeNull();
  });

  it('shows the toolbar for a selection made while it was loading', async () => {
    const { loader, stops } = setUp({ value: true });
    select('Meta did not say');
    await loader.ensure();
    expect(document.querySelector('[data-meta-context-toolbar]')).not.toBeNull();
    stops.forEach((s) => s());
  });

  it('Alt+Shift+L before the toolbar is there loads it, then looks the selection up', async () => {
    const { loader, load, actions, stops } = setUp({ value: true });
    const detach = loader.attach();
    select('베히모스');
    const event = new KeyboardEvent('keydown', { code: 'KeyL', key: 'L', altKey: true, shiftKey: true, bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(actions.lookUp).toHaveBeenCalledWith('베히모스', expect.anything()));
    expect(load).toHaveBeenCalledTimes(1);
    detach();
    stops.forEach((s) => s());
  });

  it('leaves the keys alone where the toolbar is off', () => {
    const { loader, load } = setUp({ value: false });
    const detach = loader.attach();
    select('베히모스');
    const event = new KeyboardEvent('keydown', { code: 'KeyH', key: 'H', altKey: true, shiftKey: true, bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(load).not.toHaveBeenCalled();
    detach();
  });
});

describe('savedStatus: what the toolbar says after a save', () => {
  const saved = (exact: string, nearFull = false) =>
    ({ ok: true, highlight: { color: 'blue', quote: { exact } }, ...(nearFull ? { nearFull } : {}) }) as unknown as HighlightAddAnswer;
  it('says it was saved, what it covers (shortened), and when the storage is nearly full', () => {
    expect(savedStatus(saved('베히모스'), 'ko')).toEqual({ text: `${PAGE_STRINGS.ko.saved}: “베히모스”`, color: 'blue' });
    const long = savedStatus(saved('x'.repeat(60), true), 'en') as { text: string };
    expect(long.text).toBe(`${PAGE_STRINGS.en.saved}: “${'x'.repeat(47)}…” ${PAGE_STRINGS.en.storageNearFull}`);
  });
  it('says why not', () => {
    expect(savedStatus({ ok: false, reason: 'private' }, 'en')).toBe(PAGE_STRINGS.en.notSavedPrivate);
    expect(savedStatus({ ok: false, reason: 'full' }, 'en')).toBe(PAGE_STRINGS.en.storageFull);
    expect(savedStatus(undefined, 'ko')).toBe(PAGE_STRINGS.ko.notSaved);
  });
});
