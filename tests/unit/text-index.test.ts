// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTextIndex, rangeFor, SAMPLE_NODE_CHARS, SAMPLE_NODES, sampleText, TextIndexBuilder, type TextIndex } from '../../lib/dom/text-index';
import { toSkeleton } from '../../lib/text/normalize';

const FIXTURES = join(__dirname, '../fixtures');
const READABILITY = join(FIXTURES, 'readability');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function page(body: string, head = ''): Document {
  return parse(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}

function readabilityPages(): string[] {
  return readdirSync(READABILITY)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** The index text, recomputed the slow way: toSkeleton of each page-text node. */
function slowIndexText(root: Node): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION']);
  let out = '';
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    if (n.parentNode !== null && skip.has(n.parentNode.nodeName.toUpperCase())) continue;
    out += toSkeleton((n as Text).data);
  }
  return out;
}

/** What a reader sees of a range, as a skeleton. */
function seen(index: TextIndex, start: number, end: number): string | null {
  const r = rangeFor(index, start, end);
  return r === null ? null : toSkeleton(r.toString());
}

const Q8 =
  'Personal devices like glasses that understand our context because they can see what we see, hear what we hear, and interact with us throughout the day will become our primary computing devices.';

describe('buildTextIndex', () => {
  it('finds a quote split across <a>, <em>, <b>, <br>, spans and paragraphs, and maps it back exactly', () => {
    const doc = page(
      `<p>He wrote: “<a href="#">Personal devices</a> like <em>glasses</em> that understand our context</p>
       <p>because they <b>can see what</b> we see,<br>hear what we <span>hear</span>, and <span><i>interact</i></span> with us
       throughout the day will become our primary computing devices.” Then he stopped.</p>`,
    );
    const index = buildTextIndex(doc.body);
    const needle = toSkeleton(Q8);
    const at = index.text.indexOf(needle);
    expect(at).toBeGreaterThan(0);
    const range = rangeFor(index, at, at + needle.length)!;
    expect(range).not.toBeNull();
    expect(toSkeleton(range.toString())).toBe(needle);
    // From the first letter of the quote to just after its last letter.
    expect(range.toString().startsWith('Personal devices')).toBe(true);
    expect(range.toString().endsWith('computing devices')).toBe(true);
  });

  it('folds typography: curly/straight quotes, dashes, NBSP and other spaces, soft hyphens, zero-width chars, upper case, NFD Hangul', () => {
    const doc = page(
      `<p>THAT SAID, SUPER\u00adINTELLIGENCE will raise novel\u00a0safety concerns \u2014 We\u2019ll need to be rigo\u200brous.</p>
       <p>${'초지능의 혜택은 가능한 한 광범위하게'.normalize('NFD')}</p>`,
    );
    const index = buildTextIndex(doc.body);
    const en = toSkeleton("That said, superintelligence will raise novel safety concerns - we'll need to be rigorous.");
    const ko = toSkeleton('초지능의 혜택은 가능한한 광범위하게');
    for (const needle of [en, ko]) {
      const at = index.text.indexOf(needle);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(seen(index, at, at + needle.length)).toBe(needle);
    }
  });

  it('skips script, style, noscript, template, textarea and option text, but not hidden elements', () => {
    const doc = page(
      `<p>visible one</p><script>var scripted = 1;</script><style>.styled{}</style><template>templated</template>
       <textarea>typed</textarea><select><option>optioned</option></select><div hidden>hidden text</div>
       <svg><style>svgstyled</style><text>svg text</text></svg><p>visible two</p>`,
    );
    const noscript = doc.createElement('noscript');
    noscript.textContent = 'noscripted'; // as browsers with scripting enabled parse it: raw text
    doc.body.append(noscript);
    const index = buildTextIndex(doc.body);
    expect(index.text).toBe('visibleonehiddentextsvgtextvisibletwo');
    for (const w of ['scripted', 'styled', 'templated', 'typed', 'optioned', 'noscripted']) expect(index.text).not.toContain(w);
  });

  it('keeps starts consistent with the nodes and leaves out nodes with no letters', () => {
    const doc = page('<p>ab</p>\n   <p> — </p><p>C d</p><p>\u200b</p><p>ef</p>');
    const index = buildTextIndex(doc.body);
    expect(index.text).toBe('abcdef');
    expect(index.nodes.map((n) => n.data)).toEqual(['ab', 'C d', 'ef']);
    expect(Array.from(index.starts)).toEqual([0, 2, 4, 6]);
  });

  it('indexes an empty or odd root without throwing', () => {
    const doc = page('');
    expect(buildTextIndex(doc.body).text).toBe('');
    expect(Array.from(buildTextIndex(doc.body).starts)).toEqual([0]);
    const text = doc.createTextNode('Alone');
    expect(buildTextIndex(text).text).toBe('alone');
    expect(buildTextIndex(doc).text).toBe('');
  });

  it('never writes to the DOM', () => {
    const doc = parse(readFileSync(join(FIXTURES, 'pages/ko-daum.html'), 'utf8'));
    const before = doc.documentElement.outerHTML;
    const observer = new MutationObserver(() => undefined);
    observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
    const index = buildTextIndex(doc.body);
    rangeFor(index, 10, 40);
    sampleText(doc, 4000);
    expect(observer.takeRecords()).toEqual([]);
    observer.disconnect();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('gives, on every readability page, exactly the skeletons of its page-text nodes', () => {
    const pages = readabilityPages();
    expect(pages).toHaveLength(32);
    for (const f of pages) {
      const doc = parse(readFileSync(join(READABILITY, f), 'utf8'));
      const index = buildTextIndex(doc.body);
      expect(index.text, f).toBe(slowIndexText(doc.body));
      expect(index.starts.length).toBe(index.nodes.length + 1);
      expect(index.starts[index.nodes.length]).toBe(index.text.length);
      for (let i = 0; i < index.nodes.length; i++) {
        const sk = toSkeleton(index.nodes[i]!.data);
        if (sk.length === 0 || index.text.slice(index.starts[i]!, index.starts[i + 1]!) !== sk) {
          throw new Error(`${f}: node ${i} out of place`);
        }
      }
    }
  });
});

describe('TextIndexBuilder', () => {
  it('builds in slices to the same index as one go', () => {
    const doc = parse(readFileSync(join(READABILITY, 'wikipedia.html'), 'utf8'));
    const whole = buildTextIndex(doc.body);
    const builder = new TextIndexBuilder(doc.body);
    let steps = 0;
    // A deadline already past: each step does the minimum and stops.
    while (!builder.step(performance.now() - 1)) steps++;
    expect(steps).toBeGreaterThan(3);
    const sliced = builder.index;
    expect(sliced.text).toBe(whole.text);
    expect(sliced.nodes).toEqual(whole.nodes);
    expect(Array.from(sliced.starts)).toEqual(Array.from(whole.starts));
    expect(builder.step(performance.now())).toBe(true);
  });

  it('looks at the clock on pages made of blank or skipped nodes too', () => {
    const doc = page(`${'<script>var x = 1;</script>\n  '.repeat(5000)}<p>the end</p>`);
    const builder = new TextIndexBuilder(doc.body);
    let steps = 1;
    while (!builder.step(performance.now() - 1)) steps++;
    expect(steps).toBeGreaterThan(10);
    expect(builder.index.text).toBe('theend');
  });

  it('gives a consistent partial index between slices', () => {
    const doc = parse(readFileSync(join(READABILITY, 'wikipedia.html'), 'utf8'));
    const builder = new TextIndexBuilder(doc.body);
    builder.step(performance.now() - 1);
    const partial = builder.index;
    expect(partial.text.length).toBeGreaterThan(0);
    expect(partial.starts[partial.nodes.length]).toBe(partial.text.length);
    expect(buildTextIndex(doc.body).text.startsWith(partial.text)).toBe(true);
  });
});

describe('rangeFor', () => {
  it('maps NFD Hangul, soft hyphens and zero-width chars back to whole source clusters', () => {
    const src = `“${'광범'.normalize('NFD')}\u00ad위하게 공\u200b유되어야”`;
    const doc = page(`<p>${src}</p>`);
    const index = buildTextIndex(doc.body);
    expect(index.text).toBe('광범위하게공유되어야');
    const r = rangeFor(index, 0, index.text.length)!;
    expect(r.toString()).toBe(src.slice(1, -1));
    const r2 = rangeFor(index, 1, 2)!; // 범, three jamo in the source
    expect(r2.toString()).toBe('범'.normalize('NFD'));
  });

  it('returns null for empty or out-of-bounds spans and for detached or changed nodes', () => {
    const doc = page('<p id="a">first paragraph</p><p id="b">second paragraph</p>');
    const index = buildTextIndex(doc.body);
    expect(rangeFor(index, 3, 3)).toBeNull();
    expect(rangeFor(index, -1, 4)).toBeNull();
    expect(rangeFor(index, 0, index.text.length + 1)).toBeNull();
    expect(rangeFor(index, Number.NaN, 4)).toBeNull();
    expect(seen(index, 0, 5)).toBe('first');

    (doc.getElementById('a')!.firstChild as Text).data = 'first paragraph, edited';
    expect(rangeFor(index, 0, 5)).toBeNull();
    const second = index.text.indexOf('second');
    expect(seen(index, second, second + 6)).toBe('second');

    doc.getElementById('b')!.remove();
    expect(rangeFor(index, second, second + 6)).toBeNull();
  });

  it('returns null on an empty index', () => {
    expect(rangeFor(buildTextIndex(page('').body), 0, 1)).toBeNull();
  });
});

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
    // the page may concern the story; the index itself skips script text). No attributes.
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
