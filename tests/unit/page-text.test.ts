// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { offsetsOfRange, rangeFromOffsets, readPageText } from '../../lib/dom/page-text';

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
});
