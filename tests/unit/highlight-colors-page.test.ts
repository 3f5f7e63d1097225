// @vitest-environment jsdom
/** Colours in the page: the toolbar offers them after a highlight is saved; each colour is painted under its own name. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { within } from '@testing-library/dom';
import { SelectionToolbar, type ToolbarLabels } from '../../lib/content/selection-toolbar';
import { UserHighlights } from '../../lib/content/user-highlights';
import { userColorHighlightName } from '../../lib/page/highlight-names';
import type { Highlighter } from '../../lib/page/highlighter';
import type { HighlightColor } from '../../lib/annotations/colors';
import { PAGE_STRINGS } from '../../lib/i18n/shared-strings';

function labelsOf(lang: 'en' | 'ko'): ToolbarLabels {
  const s = PAGE_STRINGS[lang];
  return { toolbar: s.toolbar, lookUp: s.lookUp, highlight: s.highlight, colorGroup: s.colorGroup, colors: s.colors };
}

function select(text: string): void {
  const node = document.querySelector('#text')!.firstChild as Text;
  const at = node.data.indexOf(text);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + text.length);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

beforeEach(() => {
  document.body.innerHTML = '<p id="text">메타는 라마 4 베히모스를 공개하지 않았다. Meta did not release Behemoth.</p>';
  Object.defineProperty(Range.prototype, 'getClientRects', { configurable: true, value: () => [{ top: 100, bottom: 120, left: 50, right: 250, width: 200, height: 20 }] });
});
afterEach(() => {
  delete (Range.prototype as { getClientRects?: unknown }).getClientRects;
  document.querySelector('[data-meta-context-toolbar]')?.remove();
});

describe('the toolbar’s colours', () => {
  for (const lang of ['en', 'ko'] as const) {
    it(`after a saved highlight: four colour buttons, the highlight's pressed; a press recolours and says so (${lang})`, async () => {
      const labels = labelsOf(lang);
      const recolor = vi.fn(async (c: HighlightColor) => `Colour: ${c}`);
      const toolbar = new SelectionToolbar(document, { lookUp: vi.fn(), highlight: async () => ({ text: 'Highlighted: “베히모스”', color: 'green' as const }), recolor }, () => labels);
      const detach = toolbar.attach();
      select('베히모스');
      toolbar.update();
      const root = () => within(toolbar.root! as unknown as HTMLElement);
      root().getByRole('button', { name: labels.highlight }).click();
      const group = await root().findByRole('group', { name: labels.colorGroup! });
      const buttons = within(group).getAllByRole('button');
      expect(buttons.map((b) => b.textContent)).toEqual(Object.values(labels.colors!));
      expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'false', 'false', 'false']);
      expect(root().getByRole('status').textContent).toBe('Highlighted: “베히모스”');
      within(group).getByRole('button', { name: labels.colors!.blue }).click();
      await vi.waitFor(() => expect(root().getByRole('status').textContent).toBe('Colour: blue'));
      expect(recolor).toHaveBeenCalledWith('blue');
      expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true', 'false']);
      detach();
    });
  }

  it('no colour buttons when the highlight was not saved', async () => {
    const labels = labelsOf('en');
    const toolbar = new SelectionToolbar(document, { lookUp: vi.fn(), highlight: async () => 'Not saved', recolor: vi.fn() }, () => labels);
    const detach = toolbar.attach();
    select('베히모스');
    toolbar.update();
    const root = within(toolbar.root! as unknown as HTMLElement);
    root.getByRole('button', { name: labels.highlight }).click();
    await vi.waitFor(() => expect(root.getByRole('status').textContent).toBe('Not saved'));
    expect(root.queryByRole('group')).toBeNull();
    detach();
  });
});

describe('painting by colour', () => {
  it('each colour under its own highlight name; green keeps the old names; a recolour moves the range', async () => {
    const painted = new Map<string, string[]>();
    const highlighter: Highlighter = {
      set: (name, ranges) => void (ranges.length ? painted.set(name, ranges.map((r) => r.toString())) : painted.delete(name)),
      clear: () => painted.clear(),
      names: () => [...painted.keys()],
    };
    const text = document.body.textContent!;
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const mine = new UserHighlights({
      doc: document,
      highlighter,
      count: async () => 3,
      place: async () => [
        { id: 'a', ...span('베히모스'), color: 'pink' },
        { id: 'b', ...span('Behemoth'), color: 'green' },
        { id: 'c', ...span('Meta'), color: 'not-a-colour' },
      ],
      palette: () => 'default',
    });
    await mine.load();
    expect(Object.fromEntries(painted)).toEqual({ 'meta-context-user-pink': ['베히모스'], 'meta-context-user': ['Behemoth', 'Meta'] });
    mine.recolored('a', 'yellow');
    expect(painted.get(userColorHighlightName('yellow'))).toEqual(['베히모스']);
    expect(painted.has('meta-context-user-pink')).toBe(false);
    expect(userColorHighlightName('blue', 'contrast')).toBe('meta-context-user-blue-contrast');
    expect(userColorHighlightName('green', 'contrast')).toBe('meta-context-user-contrast');
  });
});
