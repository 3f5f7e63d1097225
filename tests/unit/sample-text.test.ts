// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_NODE_CHARS, SAMPLE_NODES, sampleText } from '../../lib/page/sample-text';

const READABILITY = join(__dirname, '../fixtures/readability');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function page(body: string, head = ''): Document {
  return parse(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}

describe('sampleText', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads the title and the start of the body (its headings included)', () => {
    const doc = page(
      '<h2>menu</h2><h1>The Heading</h1><script>scripted()</script><p>Body text.</p>',
      '<title>Page Title</title><meta name="description" content="Meta description"><meta property="og:title" content="OG title"><meta property="og:description" content="OG description">',
    );
    const s = sampleText(doc, 4000);
    for (const part of ['Page Title', 'The Heading', 'menu', 'Body text.']) {
      expect(s).toContain(part);
    }
    // The sample is the document's text in order, script text included (it only decides whether
    // the page may concern the story; the scan's page text leaves script text out). No attributes.
    expect(s).not.toContain('OG title');
  });

  it('stops reading after maxChars', () => {
    const paragraphs = Array.from({ length: 2000 }, (_, i) => `<p>paragraph number ${i} of a long page</p>`).join('');
    const doc = page(`${paragraphs}<p>zuckerberg at the very end</p>`, '<title>t</title>');
    const s = sampleText(doc, 4000);
    expect(s.length).toBeLessThanOrEqual(4000);
    expect(s).not.toContain('zuckerberg');
    expect(s).toContain('paragraph number 0 ');
  });

  it('bounds the sample by text nodes too (text after the first ones is not read)', () => {
    const doc = page(`${'<script>x</script>'.repeat(2_000)}<p>zuckerberg</p>`);
    expect(sampleText(doc, 4000)).not.toContain('zuckerberg');
    expect(sampleText(doc, 0)).toBe('');
    const short = page(`${'<b>x</b>'.repeat(SAMPLE_NODES - 1)}<p>zuckerberg</p>`);
    expect(sampleText(short, 4000)).toContain('zuckerberg');
  });

  it('cuts each text node, so that a long script or stylesheet in the head does not fill the sample', () => {
    const css = `body{margin:0}${'.x{color:red}'.repeat(5000)}`;
    const js = `var config = ${JSON.stringify({ a: 'b'.repeat(50_000) })};`;
    const doc = page(
      '<p>Last week I made a double batch for friends. One of them spent the first half of dinner talking about Mark Zuckerberg.</p>',
      `<title>Soup</title><style>${css}</style><script>${js}</script><style>${css}</style>`,
    );
    const s = sampleText(doc, 2500);
    expect(s).toContain('Zuckerberg');
    expect(s).toContain(css.slice(0, SAMPLE_NODE_CHARS));
    expect(s).not.toContain(css.slice(0, SAMPLE_NODE_CHARS + 1));
  });

  it('touches no element (in a content script, the first element costs more than the whole check)', () => {
    const doc = parse(readFileSync(join(READABILITY, 'wikipedia.html'), 'utf8'));
    const getters: Array<[object, string]> = [
      [Node.prototype, 'parentNode'],
      [Node.prototype, 'parentElement'],
      [Node.prototype, 'previousSibling'],
      [Node.prototype, 'nextSibling'],
      [Node.prototype, 'firstChild'],
      [Document.prototype, 'body'],
      [Document.prototype, 'head'],
      [Document.prototype, 'documentElement'],
    ];
    const spies = getters.map(([proto, name]) => vi.spyOn(proto as Node, name as 'parentNode', 'get'));
    const s = sampleText(doc, 2500);
    expect(s.length).toBeGreaterThan(1000);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
