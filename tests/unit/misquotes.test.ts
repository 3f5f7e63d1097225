import { describe, expect, it } from 'vitest';
import { z } from '../../lib/zod';
import { Misquote } from '../../lib/dataset/schema';
import { misquotes, misquoteText } from '../../lib/dataset/misquotes';
import { containsFabricatedQuote } from '../../lib/dataset/validate';
import raw from '../../lib/dataset/data/misquotes.json';
import { article } from '../../lib/dataset/article';
import { changesInside, diffWords } from '../../lib/text/word-diff';

describe('the misquote list', () => {
  it('fits its schema, names a known speaker, and carries its evidence', () => {
    expect(z.array(Misquote).safeParse(raw).success).toBe(true);
    for (const m of misquotes) {
      expect(article.speakers.some((s) => s.id === m.attributedTo), m.id).toBe(true);
      expect(m.evidence.text.length).toBeGreaterThan(40);
    }
  });
  it('holds the known fabricated quote, reversed (never in clear in lib/)', () => {
    expect(misquotes.some((m) => containsFabricatedQuote(misquoteText(m)))).toBe(true);
    expect(containsFabricatedQuote(JSON.stringify(raw))).toBe(false);
  });
});

describe('diffWords', () => {
  it('shows word by word what a page changed, ignoring typography', () => {
    const q = article.quotes[0]!.en;
    const ops = diffWords(q, 'We judge nan benefits of superintelligence should be shared with the world as broadly as possible.');
    expect(ops).toEqual([
      { op: 'same', text: 'We' },
      { op: 'added', text: 'judge nan' },
      { op: 'removed', text: 'believe the' },
      { op: 'same', text: 'benefits of superintelligence should be shared with the world as broadly as possible.' },
    ]);
    expect(changesInside(ops)).toBe(true);
    expect(changesInside(diffWords(q, '“WE BELIEVE the benefits of superintelligence should be shared with the world as broadly as possible'))).toBe(false);
    expect(changesInside(diffWords(q, 'the benefits of superintelligence'))).toBe(false);
  });
});
