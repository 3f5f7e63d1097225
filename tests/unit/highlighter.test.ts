// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createHighlighter, CssHighlighter, MarkHighlighter } from '../../lib/page/highlighter';

/** Every text node under `root`, in document order. */
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** The exact text (start..end) of `needle` within the concatenated text of `root`, as a Range. */
function rangeOfText(root: Node, needle: string, occurrence = 0): Range {
  const nodes = textNodes(root);
  const full = nodes.map((n) => n.data).join('');
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = full.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not in "${full}"`);
  const end = at + needle.length;
  const range = document.createRange();
  let pos = 0;
  for (const n of nodes) {
    const next = pos + n.data.length;
    if (at >= pos && at < next) range.setStart(n, at - pos);
    if (end > pos && end <= next) {
      range.setEnd(n, end - pos);
      break;
    }
    pos = next;
  }
  return range;
}

function marks(root: Element, name?: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(name ? `mark[data-meta-context="${name}"]` : 'mark')];
}

/** Snapshot of the original DOM: markup, and each original text node with its data. */
function snapshot(root: Element) {
  return { html: root.innerHTML, texts: textNodes(root).map((node) => ({ node, data: node.data })) };
}

function expectRestored(root: Element, before: ReturnType<typeof snapshot>): void {
  expect(root.innerHTML).toBe(before.html);
  expect(root.querySelector('mark')).toBeNull();
  const now = textNodes(root);
  // The very same node objects, in the same order, with their original data.
  expect(now.length).toBe(before.texts.length);
  now.forEach((node, i) => {
    expect(node).toBe(before.texts[i]!.node);
    expect(node.data).toBe(before.texts[i]!.data);
    expect(root.contains(node)).toBe(true);
  });
}

describe('MarkHighlighter', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '';
    root = document.createElement('div');
    document.body.appendChild(root);
  });

  it('wraps a range that spans several text nodes and elements, and clear(name) restores the exact DOM', () => {
    root.innerHTML = '<p>a <b>quote</b> across <a href="#x">nodes</a> end</p>';
    const before = snapshot(root);
    const quote = 'quote across nod';
    const h = new MarkHighlighter(document);
    expect(h.kind).toBe('mark');

    h.set('n1', [rangeOfText(root, quote)]);

    const ms = marks(root, 'n1');
    // One mark per text node the range touches: "quote", " across ", "nod".
    expect(ms.length).toBe(3);
    expect(ms.map((m) => m.textContent).join('')).toBe(quote);
    // The text the reader sees is unchanged.
    expect(root.textContent).toBe('a quote across nodes end');
    // Marks stay inside their original elements (the <b> and the <a> keep their text).
    expect(root.querySelector('b')!.textContent).toBe('quote');
    expect(root.querySelector('a')!.textContent).toBe('nodes');
    expect(ms[2]!.parentElement!.tagName).toBe('A');
    expect(h.names()).toEqual(['n1']);

    h.clear('n1');
    expectRestored(root, before);
    expect(h.names()).toEqual([]);
  });

  it('wraps two ranges in one text node and restores it', () => {
    root.innerHTML = '<p>one two three four five</p>';
    const before = snapshot(root);
    const h = new MarkHighlighter(document);
    h.set('n', [rangeOfText(root, 'two'), rangeOfText(root, 'four')]);
    expect(marks(root, 'n').map((m) => m.textContent)).toEqual(['two', 'four']);
    expect(root.textContent).toBe('one two three four five');
    h.clear('n');
    expectRestored(root, before);
  });

  it('keeps two names apart; clear(name) removes only that name; clear() restores everything', () => {
    root.innerHTML = '<p>alpha <i>beta</i> gamma</p><p>delta epsilon</p>';
    const before = snapshot(root);
    const h = new MarkHighlighter(document);
    h.set('first', [rangeOfText(root, 'beta')]);
    h.set('second', [rangeOfText(root, 'epsilon')]);
    expect(h.names().sort()).toEqual(['first', 'second']);
    expect(marks(root, 'first').map((m) => m.textContent)).toEqual(['beta']);
    expect(marks(root, 'second').map((m) => m.textContent)).toEqual(['epsilon']);

    h.clear('first');
    expect(marks(root, 'first')).toEqual([]);
    expect(marks(root, 'second').map((m) => m.textContent)).toEqual(['epsilon']);
    expect(h.names()).toEqual(['second']);

    h.set('first', [rangeOfText(root, 'alpha')]);
    h.clear();
    expect(h.names()).toEqual([]);
    expectRestored(root, before);
  });

  it('restores the page when two names share one text node, whatever the order of clearing', () => {
    // Two quotes of different speakers in one paragraph: the reader paints them under two names.
    for (const order of [['a', 'b'], ['b', 'a'], ['all']] as const) {
      root.innerHTML = '<p>He said first words and then she said second words, end.</p>';
      const before = snapshot(root);
      const h = new MarkHighlighter(document);
      h.set('a', [rangeOfText(root, 'first words')]);
      h.set('b', [rangeOfText(root, 'second words')]);
      expect(marks(root, 'a').map((m) => m.textContent)).toEqual(['first words']);
      expect(marks(root, 'b').map((m) => m.textContent)).toEqual(['second words']);
      for (const name of order) {
        if (name === 'all') h.clear();
        else h.clear(name);
        // No text is ever lost or reordered on the way.
        expect(root.textContent).toBe('He said first words and then she said second words, end.');
      }
      expectRestored(root, before);
    }
  });

  it('repaints a name set before another in the same text node without losing text (a rescan)', () => {
    root.innerHTML = '<p>He said first words and then she said second words, end.</p>';
    const before = snapshot(root);
    const text = root.textContent;
    const h = new MarkHighlighter(document);
    for (let scan = 0; scan < 3; scan++) {
      // Each scan computes fresh ranges on the current DOM, then paints the names in the same order.
      const a = rangeOfText(root, 'first words');
      const b = rangeOfText(root, 'second words');
      h.set('a', [a]);
      h.set('b', [b]);
      expect(root.textContent).toBe(text);
      expect(marks(root).map((m) => m.textContent)).toEqual(['first words', 'second words']);
    }
    h.clear();
    expectRestored(root, before);
  });

  it('restores a focus highlight nested inside a quote highlight', () => {
    root.innerHTML = '<p>before <em>the key quote</em> after</p>';
    const before = snapshot(root);
    const h = new MarkHighlighter(document);
    h.set('quote', [rangeOfText(root, 'the key quote')]);
    h.set('focus', [rangeOfText(root, 'key')]);
    expect(marks(root, 'focus').map((m) => m.textContent)).toEqual(['key']);
    expect(root.textContent).toBe('before the key quote after');
    h.clear('focus');
    expect(marks(root, 'focus')).toEqual([]);
    expect(marks(root, 'quote').map((m) => m.textContent)).toEqual(['the key quote']);
    h.set('focus', [rangeOfText(root, 'quote', 0)]);
    h.clear();
    expectRestored(root, before);
  });

  it('accepts ranges in any order, and overlapping ranges, in one text node', () => {
    root.innerHTML = '<p>one two three four five</p>';
    const before = snapshot(root);
    const h = new MarkHighlighter(document);
    h.set('n', [rangeOfText(root, 'four'), rangeOfText(root, 'two')]);
    expect(marks(root).map((m) => m.textContent)).toEqual(['two', 'four']);
    h.set('n', [rangeOfText(root, 'two three'), rangeOfText(root, 'three four')]);
    expect(marks(root).map((m) => m.textContent).join('')).toBe('two three four');
    expect(root.textContent).toBe('one two three four five');
    h.clear();
    expectRestored(root, before);
  });

  it('an empty list removes the name; set replaces the previous ranges', () => {
    root.innerHTML = '<p>one two three</p>';
    const before = snapshot(root);
    const h = new MarkHighlighter(document);
    h.set('n', [rangeOfText(root, 'one')]);
    h.set('n', [rangeOfText(root, 'three')]);
    expect(marks(root).map((m) => m.textContent)).toEqual(['three']);
    h.set('n', []);
    expect(h.names()).toEqual([]);
    expectRestored(root, before);
  });

  it("keeps the page's own adjacent text nodes separate (as frameworks render them)", () => {
    const p = document.createElement('p');
    p.append(document.createTextNode('Hello, '), document.createTextNode('reader'), document.createTextNode('!'));
    root.appendChild(p);
    const before = snapshot(root);
    expect(before.texts.length).toBe(3);
    const h = new MarkHighlighter(document);
    h.set('n', [rangeOfText(root, 'lo, rea')]);
    expect(marks(root).map((m) => m.textContent)).toEqual(['lo, ', 'rea']);
    h.clear();
    expectRestored(root, before);
  });

  it('clear of an unknown name is harmless', () => {
    root.innerHTML = '<p>text</p>';
    const before = snapshot(root);
    const h = new MarkHighlighter(document);
    h.clear('nothing');
    h.clear();
    expectRestored(root, before);
  });
});

class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

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
    expect(h.kind).toBe('css');
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
  it('falls back to <mark> when the window has no CSS.highlights (jsdom)', () => {
    expect((globalThis as { CSS?: { highlights?: unknown } }).CSS?.highlights).toBeUndefined();
    expect(createHighlighter(document).kind).toBe('mark');
  });

  it('uses the CSS Custom Highlight API when the window has one, unless told to use marks', () => {
    const registry = new Map<string, unknown>();
    const fakeDoc = { defaultView: { CSS: { highlights: registry }, Highlight: FakeHighlight } } as unknown as Document;
    const h = createHighlighter(fakeDoc);
    expect(h.kind).toBe('css');
    h.set('x', [document.createRange()]);
    expect(registry.get('x')).toBeInstanceOf(FakeHighlight);
    expect(createHighlighter(fakeDoc, 'mark').kind).toBe('mark');
  });

  it('needs both the registry and the Highlight class', () => {
    const noCtor = { defaultView: { CSS: { highlights: new Map() } } } as unknown as Document;
    expect(createHighlighter(noCtor).kind).toBe('mark');
    const noRegistry = { defaultView: { CSS: {}, Highlight: FakeHighlight } } as unknown as Document;
    expect(createHighlighter(noRegistry).kind).toBe('mark');
  });
});
