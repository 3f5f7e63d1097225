// @vitest-environment jsdom
/**
 * Block boundaries in the page text (PageText.breaks): the same as the definition (a node starts a block when
 * its nearest non-inline ancestor, looking through at most 8 inline elements, differs from the previous kept
 * node's), and cheap: DOM reads only where the parent changes, so the 5 MB page stays within 2× the floor.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageText } from '../../lib/page/page-text';

const FIXTURES = join(__dirname, '../fixtures');
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR']);

/** The definition, written plainly. */
function expectedBreaks(nodes: Text[]): number[] {
  const blockOf = (n: Text): Node => {
    let el: Node | null = n.parentNode;
    if (el === null) return n;
    for (let i = 0; i < 8 && INLINE.has(el.nodeName.toUpperCase()); i++) {
      if (el.parentNode === null) break;
      el = el.parentNode;
    }
    return el;
  };
  const out: number[] = [];
  nodes.forEach((n, i) => {
    if (i > 0 && blockOf(n) !== blockOf(nodes[i - 1]!)) out.push(i);
  });
  return out;
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const pages = [
  ...readdirSync(join(FIXTURES, 'pages')).filter((f) => f.endsWith('.html')).map((f) => join(FIXTURES, 'pages', f)),
  ...['cnet', 'wikipedia', 'bbc-1', 'nytimes-1'].map((f) => join(FIXTURES, 'readability', `${f}.html`)),
];

/** Counts reads of Node.prototype getters while `fn` runs. */
function countReads(names: string[], fn: () => void): number {
  let reads = 0;
  const saved = names.map((name) => [name, Object.getOwnPropertyDescriptor(Node.prototype, name)!] as const);
  for (const [name, d] of saved) {
    Object.defineProperty(Node.prototype, name, { configurable: true, get(this: Node) { reads++; return d.get!.call(this); } });
  }
  try {
    fn();
  } finally {
    for (const [name, d] of saved) Object.defineProperty(Node.prototype, name, d);
  }
  return reads;
}

describe('block boundaries', () => {
  it('are the definition’s on every fixture page and some real pages', () => {
    for (const file of pages) {
      const pt = readPageText(parse(readFileSync(file, 'utf8')).body, { skipBlank: true });
      expect(pt.breaks, file).toEqual(expectedBreaks(pt.nodes));
    }
  });

  it('inline elements nested deeper than 8 are looked through 8 deep, as the definition says', () => {
    const deep = (n: number, t: string) => `${'<span>'.repeat(n)}${t}${'</span>'.repeat(n)}`;
    const doc = parse(`<p>a${deep(3, 'b')}c</p><div>${deep(12, 'd')}${deep(12, 'e')}<em>f</em></div><p>g<b><i>h</i></b></p><ul><li>i</li><li><a>j</a></li></ul>`);
    const pt = readPageText(doc.body, { skipBlank: true });
    expect(pt.breaks).toEqual(expectedBreaks(pt.nodes));
    expect(pt.breaks.map((i) => pt.nodes[i]!.data)).toEqual(['d', 'e', 'f', 'g', 'i', 'j']);
  });

  it('cost few DOM reads: under 2.25× those of the skip test alone on real pages (2.8× when every node walked its inline ancestors)', () => {
    let reads = 0;
    let skipTest = 0;
    for (const name of ['cnet', 'wikipedia', 'bbc-1', 'nytimes-1']) {
      const doc = parse(readFileSync(join(FIXTURES, 'readability', `${name}.html`), 'utf8'));
      // The skip test alone reads a parentNode and a nodeName per text node that is not blank.
      const walker = doc.createTreeWalker(doc.body, 4);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim().length > 0) skipTest += 2;
      reads += countReads(['parentNode', 'nodeName'], () => readPageText(doc.body, { skipBlank: true }));
    }
    expect(reads / skipTest).toBeLessThan(2.25);
  });
});
