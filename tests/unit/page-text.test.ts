// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { offsetsOfRange, PageTextReader, rangeFromOffsets, readPageText } from '../../lib/page/page-text';

const FIXTURES = join(__dirname, '../fixtures');

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${body}</body></html>`, 'text/html');
}

beforeEach(() => {
  document.body.innerHTML =
    '<h1>Title</h1><p>First <em>emphasised</em> words.</p><script>var hidden = 1;</script>' +
    '<p>Second<br>line <a href="#">link</a>.</p><textarea>typed</textarea><p>Last</p>';
});

describe('readPageText', () => {
  it('joins the page’s text nodes as they are, without script or form text', () => {
    const pt = readPageText(document.body);
    expect(pt.text).toBe('TitleFirst emphasised words.Secondline link.Last');
    expect(pt.nodes.map((n) => n.data)).not.toContain('var hidden = 1;');
  });
});

describe('readPageText for the scan (blank nodes left out)', () => {
  it('skips script, style, noscript, template, textarea and option text, but not hidden elements or SVG text', () => {
    const doc = page(
      `<p>visible one</p><script>var scripted = 1;</script><style>.styled{}</style><template>templated</template>
       <textarea>typed</textarea><select><option>optioned</option></select><div hidden>hidden text</div>
       <svg><style>svgstyled</style><text>svg text</text></svg><p>visible two</p>`,
    );
    const noscript = doc.createElement('noscript');
    noscript.textContent = 'noscripted'; // as browsers with scripting enabled parse it: raw text
    doc.body.append(noscript);
    const pt = readPageText(doc.body, { skipBlank: true });
    expect(pt.text).toBe('visible onehidden textsvg textvisible two');
    for (const w of ['scripted', 'styled', 'templated', 'typed', 'optioned', 'noscripted']) expect(pt.text).not.toContain(w);
  });

  it('leaves out blank nodes only when asked, and keeps starts in step with the nodes', () => {
    const doc = page('<p>ab</p>\n   <p> — </p><p>C d</p><p>\u200b</p><p>ef</p>');
    const scan = readPageText(doc.body, { skipBlank: true });
    expect(scan.nodes.map((n) => n.data)).toEqual(['ab', ' — ', 'C d', '\u200b', 'ef']);
    expect(scan.starts).toEqual([0, 2, 5, 8, 9]);
    expect(scan.text).toBe('ab — C d\u200bef');
    expect(readPageText(doc.body).nodes).toHaveLength(6);
  });

  it('reads an empty or odd root without throwing', () => {
    const doc = page('');
    expect(readPageText(doc.body, { skipBlank: true })).toEqual({ text: '', nodes: [], starts: [], breaks: [] });
    expect(readPageText(doc.createTextNode('Alone'), { skipBlank: true }).text).toBe('Alone');
    expect(readPageText(doc, { skipBlank: true }).text).toBe('');
  });

  it('reads in slices to the same text as in one go, and looks at the clock on pages of blank or skipped nodes', () => {
    const doc = new DOMParser().parseFromString(readFileSync(join(FIXTURES, 'readability/wikipedia.html'), 'utf8'), 'text/html');
    const whole = readPageText(doc.body, { skipBlank: true });
    const reader = new PageTextReader(doc.body, { skipBlank: true });
    let steps = 1;
    // A deadline already past: each step does the minimum and stops.
    while (!reader.step(performance.now() - 1)) {
      steps++;
      const partial = reader.pageText;
      expect(whole.text.startsWith(partial.text)).toBe(true);
    }
    expect(steps).toBeGreaterThan(3);
    expect(reader.pageText).toEqual(whole);
    expect(reader.step(performance.now())).toBe(true);

    const scripts = new PageTextReader(page(`${'<script>var x = 1;</script>\n  '.repeat(5000)}<p>the end</p>`).body, { skipBlank: true });
    steps = 1;
    while (!scripts.step(performance.now() - 1)) steps++;
    expect(steps).toBeGreaterThan(10);
    expect(scripts.pageText.text).toBe('the end');
  });

  it('never writes to the DOM', () => {
    const doc = new DOMParser().parseFromString(readFileSync(join(FIXTURES, 'pages/ko-daum.html'), 'utf8'), 'text/html');
    const before = doc.documentElement.outerHTML;
    const observer = new MutationObserver(() => undefined);
    observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
    const pt = readPageText(doc.body, { skipBlank: true });
    rangeFromOffsets(pt, 10, 40);
    expect(observer.takeRecords()).toEqual([]);
    observer.disconnect();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('offsets ↔ ranges', () => {
  it('a range across elements maps to its offsets and back to the same text', () => {
    const pt = readPageText(document.body);
    const em = document.querySelector('em')!;
    const range = document.createRange();
    range.setStart(em.previousSibling!, 2); // "rst "
    range.setEnd(document.querySelectorAll('p')[1]!.firstChild!, 3); // "Sec"
    const offsets = offsetsOfRange(pt, range)!;
    expect(pt.text.slice(offsets.start, offsets.end)).toBe('rst emphasised words.Sec');
    const back = rangeFromOffsets(pt, offsets.start, offsets.end)!;
    expect(back.toString()).toBe(range.toString());
  });

  it('a range whose ends sit on elements (a triple-click paragraph) covers the paragraph’s text', () => {
    const pt = readPageText(document.body);
    const p = document.querySelectorAll('p')[0]!;
    const range = document.createRange();
    range.selectNodeContents(p);
    const { start, end } = offsetsOfRange(pt, range)!;
    expect(pt.text.slice(start, end)).toBe('First emphasised words.');
  });

  it('a range over script text only, or a collapsed one, has no offsets', () => {
    const pt = readPageText(document.body);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('script')!);
    expect(offsetsOfRange(pt, range)).toBeNull();
    range.collapse(true);
    expect(offsetsOfRange(pt, range)).toBeNull();
  });

  it('offsets out of bounds, or into nodes removed since, give no range', () => {
    const pt = readPageText(document.body);
    expect(rangeFromOffsets(pt, 0, pt.text.length + 1)).toBeNull();
    expect(rangeFromOffsets(pt, 5, 5)).toBeNull();
    document.querySelector('h1')!.remove();
    expect(rangeFromOffsets(pt, 0, 3)).toBeNull();
  });

  it('offsets into a node whose text changed since give no range; the other nodes still map', () => {
    const pt = readPageText(document.body);
    document.querySelector('em')!.firstChild!.textContent = 'emphasized';
    const at = pt.text.indexOf('emphasised');
    expect(rangeFromOffsets(pt, at, at + 5)).toBeNull();
    expect(rangeFromOffsets(pt, 0, 5)!.toString()).toBe('Title');
  });
});
