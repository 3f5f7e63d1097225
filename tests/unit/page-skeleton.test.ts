// @vitest-environment jsdom
/**
 * The page's text as the content script reads it, skeletonized as the
 * background does, and the background's spans mapped back to what a reader
 * sees (tests/unit/support/skeleton-of.ts puts the two halves together).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageSkeleton, sourceEnd, sourceSpan } from '../../lib/recognition/page-skeleton';
import { toSkeleton } from '../../lib/text/normalize';
import { rangeOfSkeleton, skeletonOf, type Skeletonized } from './support/skeleton-of';

const READABILITY = join(__dirname, '../fixtures/readability');

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${body}</body></html>`, 'text/html');
}

/** What a reader sees of a skeleton span, as a skeleton. */
function seen(s: Skeletonized, start: number, end: number): string | null {
  const r = rangeOfSkeleton(s, start, end);
  return r === null ? null : toSkeleton(r.toString());
}

const Q8 =
  'Personal devices like glasses that understand our context because they can see what we see, hear what we hear, and interact with us throughout the day will become our primary computing devices.';

describe('pageSkeleton (pure)', () => {
  it('skeletonizes each node on its own and says where each skeleton char comes from', () => {
    const text = 'Hello, World! 저커버그 — “초지능”';
    const starts = [0, 14, 19];
    const sk = pageSkeleton(text, starts);
    expect(sk.text).toBe('helloworld저커버그초지능');
    for (let i = 0; i < sk.text.length; i++) {
      expect(toSkeleton(text.slice(sk.from[i]!, sourceEnd(sk, i)))).toBe(sk.text[i]);
    }
    expect(sourceSpan(sk, 0, 5)).toEqual({ start: 0, end: 5 });
    expect(text.slice(sourceSpan(sk, 10, 14)!.start, sourceSpan(sk, 10, 14)!.end)).toBe('저커버그');
  });

  it('never composes across nodes: a combining mark that starts a node is dropped, not joined to the letter before', () => {
    expect(pageSkeleton('cafe\u0301', [0]).text).toBe('café');
    expect(pageSkeleton('cafe\u0301', [0, 4]).text).toBe('cafe');
  });

  it('maps NFD Hangul, soft hyphens and zero-width chars to whole source clusters', () => {
    const text = `“${'광범'.normalize('NFD')}\u00ad위하게 공\u200b유되어야”`;
    const sk = pageSkeleton(text, [0]);
    expect(sk.text).toBe('광범위하게공유되어야');
    const all = sourceSpan(sk, 0, sk.text.length)!;
    expect(text.slice(all.start, all.end)).toBe(text.slice(1, -1));
    const beom = sourceSpan(sk, 1, 2)!; // 범, three jamo in the source
    expect(text.slice(beom.start, beom.end)).toBe('범'.normalize('NFD'));
  });

  it('leaves out nodes with a bad start or end (negative, decreasing, fractional, past the end) rather than reading text twice or throwing', () => {
    const text = 'alpha beta gamma';
    expect(pageSkeleton(text, []).text).toBe('');
    expect(pageSkeleton(text, [-1, 6]).text).toBe('betagamma');
    expect(pageSkeleton(text, [0, 11, 6]).text).toBe('alphabeta');
    expect(pageSkeleton(text, [0.5, 6]).text).toBe('betagamma');
    expect(pageSkeleton(text, [0, 99]).text).toBe('');
    expect(pageSkeleton('', [0]).text).toBe('');
  });

  it('gives no span for an empty or out-of-bounds skeleton span', () => {
    const sk = pageSkeleton('one two', [0]);
    expect(sourceSpan(sk, 3, 3)).toBeNull();
    expect(sourceSpan(sk, -1, 2)).toBeNull();
    expect(sourceSpan(sk, 0, 7)).toBeNull();
    expect(sourceSpan(sk, Number.NaN, 2)).toBeNull();
  });
});

describe('a page, read and skeletonized', () => {
  it('finds a quote split across <a>, <em>, <b>, <br>, spans and paragraphs, and maps it back exactly', () => {
    const doc = page(
      `<p>He wrote: “<a href="#">Personal devices</a> like <em>glasses</em> that understand our context</p>
       <p>because they <b>can see what</b> we see,<br>hear what we <span>hear</span>, and <span><i>interact</i></span> with us
       throughout the day will become our primary computing devices.” Then he stopped.</p>`,
    );
    const s = skeletonOf(doc.body);
    const needle = toSkeleton(Q8);
    const at = s.text.indexOf(needle);
    expect(at).toBeGreaterThan(0);
    const range = rangeOfSkeleton(s, at, at + needle.length)!;
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
    const s = skeletonOf(doc.body);
    const en = toSkeleton("That said, superintelligence will raise novel safety concerns - we'll need to be rigorous.");
    const ko = toSkeleton('초지능의 혜택은 가능한한 광범위하게');
    for (const needle of [en, ko]) {
      const at = s.text.indexOf(needle);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(seen(s, at, at + needle.length)).toBe(needle);
    }
  });

  it('gives no range once a node it starts or ends in has changed or gone, and still maps the others', () => {
    const doc = page('<p id="a">first paragraph</p><p id="b">second paragraph</p>');
    const s = skeletonOf(doc.body);
    expect(seen(s, 0, 5)).toBe('first');
    (doc.getElementById('a')!.firstChild as Text).data = 'first paragraph, edited';
    expect(rangeOfSkeleton(s, 0, 5)).toBeNull();
    const second = s.text.indexOf('second');
    expect(seen(s, second, second + 6)).toBe('second');
    doc.getElementById('b')!.remove();
    expect(rangeOfSkeleton(s, second, second + 6)).toBeNull();
  });

  it('gives, on every readability page, exactly the skeletons of its page-text nodes, each in its place', () => {
    const pages = readdirSync(READABILITY).filter((f) => f.endsWith('.html'));
    expect(pages).toHaveLength(32);
    for (const f of pages) {
      const doc = new DOMParser().parseFromString(readFileSync(join(READABILITY, f), 'utf8'), 'text/html');
      const s = skeletonOf(doc.body);
      const perNode = s.page.nodes.map((n) => toSkeleton(n.data));
      expect(s.text, f).toBe(perNode.join(''));
      // Every skeleton char comes from inside one node, in order.
      let k = 0;
      for (let i = 0; i < perNode.length; i++) {
        const end = i + 1 < s.page.starts.length ? s.page.starts[i + 1]! : s.page.text.length;
        for (let j = 0; j < perNode[i]!.length; j++, k++) {
          if (s.skeleton.from[k]! < s.page.starts[i]! || sourceEnd(s.skeleton, k) > end) throw new Error(`${f}: skeleton char ${k} outside node ${i}`);
        }
      }
      expect(k).toBe(s.text.length);
    }
  });
});
