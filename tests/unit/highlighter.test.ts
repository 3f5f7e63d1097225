// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createHighlighter, CssHighlighter } from '../../lib/page/highlighter';
import { FakeHighlight, installFakeHighlights } from './support/fake-highlights';

describe('CssHighlighter', () => {
  function setup() {
    const registry = new Map<string, unknown>();
    const h = new CssHighlighter({ registry, Highlight: FakeHighlight });
    return { registry, h };
  }

  it('registers a Highlight holding the ranges under the name, without touching the DOM', () => {
    document.body.innerHTML = '<p>some text here</p>';
    const html = document.body.innerHTML;
    const { registry, h } = setup();
    const r1 = document.createRange();
    r1.selectNodeContents(document.querySelector('p')!);
    const r2 = document.createRange();
    h.set('x', [r1, r2]);
    const value = registry.get('x');
    expect(value).toBeInstanceOf(FakeHighlight);
    expect((value as FakeHighlight).ranges).toEqual([r1, r2]);
    expect(h.names()).toEqual(['x']);
    expect(document.body.innerHTML).toBe(html);

    // set replaces
    h.set('x', [r2]);
    expect((registry.get('x') as FakeHighlight).ranges).toEqual([r2]);
    expect(h.names()).toEqual(['x']);
  });

  it('an empty list removes the name', () => {
    const { registry, h } = setup();
    h.set('x', [document.createRange()]);
    h.set('x', []);
    expect(registry.has('x')).toBe(false);
    expect(h.names()).toEqual([]);
  });

  it('clear(name) removes one name; clear() removes only what it registered', () => {
    const { registry, h } = setup();
    const theirs = new FakeHighlight();
    registry.set('page-own', theirs);
    h.set('a', [document.createRange()]);
    h.set('b', [document.createRange()]);
    expect(h.names().sort()).toEqual(['a', 'b']);

    h.clear('a');
    expect(registry.has('a')).toBe(false);
    expect(registry.has('b')).toBe(true);
    expect(h.names()).toEqual(['b']);

    // Clearing a name it never registered leaves the page's own highlight alone.
    h.clear('page-own');
    expect(registry.get('page-own')).toBe(theirs);

    h.clear();
    expect(h.names()).toEqual([]);
    expect([...registry.keys()]).toEqual(['page-own']);
    expect(registry.get('page-own')).toBe(theirs);
  });
});

describe('createHighlighter', () => {
  it('uses the window\'s CSS Custom Highlight API', () => {
    const registry = installFakeHighlights();
    const h = createHighlighter(document);
    h.set('x', [document.createRange()]);
    expect(registry.get('x')).toBeInstanceOf(FakeHighlight);
    expect(h.names()).toEqual(['x']);
  });

  it('without the API (a registry and the Highlight class both needed) paints nothing and changes no DOM', () => {
    document.body.innerHTML = '<p>some text here</p>';
    const html = document.body.innerHTML;
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    for (const view of [{}, { CSS: { highlights: new Map() } }, { CSS: {}, Highlight: FakeHighlight }]) {
      const h = createHighlighter({ defaultView: view } as unknown as Document);
      h.set('x', [range]);
      expect(h.names()).toEqual([]);
      h.clear();
    }
    expect(document.body.innerHTML).toBe(html);
  });
});
