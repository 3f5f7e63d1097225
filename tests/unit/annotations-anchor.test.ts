import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, keyQuotes } from '../../lib/dataset/article';
import { anchorExact, describeSpan, DEFAULT_CONTEXT } from '../../lib/annotations/text-anchor';
import { anchorFuzzy, foldTypography, fuzzyBudget, MIN_FUZZY_LENGTH } from '../../lib/annotations/fuzzy-anchor';
import { TextPositionSelector, TextQuoteSelector } from '../../lib/annotations/schema';

/** The Korean edition's text, as a page would give it. */
const text = readFileSync(join(__dirname, '../fixtures/article-ko.txt'), 'utf8');
const paragraphs = text.split('\n');
/** The Korean key quotes, each where it is in the edition. */
const quotes = keyQuotes(article)
  .filter((q) => q.ko !== null)
  .map((q) => ({ id: q.id, text: q.ko!, start: text.indexOf(q.ko!) }));
/** Sentences of the edition long enough for fuzzy anchoring (ending with 다.). */
const sentences = (text.match(/[^.\n]+?다\./g) ?? []).map((s) => s.trim()).filter((s) => s.length >= 40 && text.indexOf(s) === text.lastIndexOf(s));

const spanOf = (s: string, within = text) => ({ start: within.indexOf(s), end: within.indexOf(s) + s.length });

describe('the test material', () => {
  it('has key quotes and sentences to highlight', () => {
    expect(quotes.length).toBeGreaterThan(3);
    for (const q of quotes) expect(q.start, q.id).toBeGreaterThanOrEqual(0);
    expect(sentences.length).toBeGreaterThan(5);
  });
});

describe('describeSpan', () => {
  it('describes each key quote with W3C selectors the schema accepts', () => {
    for (const q of quotes) {
      const sel = describeSpan(text, q.start, q.start + q.text.length);
      expect(sel.quote).toEqual({
        type: 'TextQuoteSelector',
        exact: q.text,
        prefix: text.slice(Math.max(0, q.start - DEFAULT_CONTEXT), q.start),
        suffix: text.slice(q.start + q.text.length, q.start + q.text.length + DEFAULT_CONTEXT),
      });
      expect(sel.position).toEqual({ type: 'TextPositionSelector', start: q.start, end: q.start + q.text.length });
      expect(TextQuoteSelector.safeParse(sel.quote).success).toBe(true);
      expect(TextPositionSelector.safeParse(sel.position).success).toBe(true);
    }
  });

  it('keeps shorter context at the ends of the text, clamps the span and the context length', () => {
    const head = describeSpan(text, 0, 10);
    expect(head.quote.prefix).toBe('');
    const tail = describeSpan(text, text.length - 5, text.length + 50, 500);
    expect(tail.quote.exact).toBe(text.slice(-5));
    expect(tail.quote.suffix).toBe('');
    expect(tail.position.end).toBe(text.length);
    expect(tail.quote.prefix.length).toBe(64);
  });

  it('throws for an empty span', () => {
    expect(() => describeSpan(text, 10, 10)).toThrow(RangeError);
    expect(() => describeSpan('', 0, 1)).toThrow(RangeError);
  });

  it('never cuts a surrogate pair in the prefix or suffix', () => {
    const t = `🙂${'a'.repeat(31)}SELECTED${'b'.repeat(31)}🙂`;
    const { quote } = describeSpan(t, t.indexOf('SELECTED'), t.indexOf('SELECTED') + 8);
    expect(quote.prefix).toBe('a'.repeat(31));
    expect(quote.suffix).toBe('b'.repeat(31));
  });
});

describe('anchorExact', () => {
  it('finds every key quote at its recorded position', () => {
    for (const q of quotes) {
      const sel = describeSpan(text, q.start, q.start + q.text.length);
      expect(anchorExact(text, sel)).toEqual({ start: q.start, end: q.start + q.text.length });
    }
  });

  it('follows the text when something is inserted before it', () => {
    const inserted = `편집자 주: 이 기사는 수정되었습니다.\n${text}`;
    const shift = inserted.length - text.length;
    for (const q of quotes) {
      const sel = describeSpan(text, q.start, q.start + q.text.length);
      expect(anchorExact(inserted, sel)).toEqual({ start: q.start + shift, end: q.start + q.text.length + shift });
    }
  });

  it('tells repeated words apart by their prefix and suffix', () => {
    const word = '저커버그';
    const starts: number[] = [];
    for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) starts.push(i);
    expect(starts.length).toBeGreaterThan(3);
    const moved = `머리말.\n${text}`;
    const shift = moved.length - text.length;
    for (const s of starts) {
      const sel = describeSpan(text, s, s + word.length);
      // With the position stale, and with no position at all, the context decides.
      expect(anchorExact(moved, sel)).toEqual({ start: s + shift, end: s + shift + word.length });
      expect(anchorExact(moved, { quote: sel.quote })).toEqual({ start: s + shift, end: s + shift + word.length });
    }
  });

  it('with no context to tell occurrences apart, takes the one nearest the old position', () => {
    const t = 'x AB x AB x AB x';
    const sel = { quote: { type: 'TextQuoteSelector' as const, exact: 'AB', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector' as const, start: 9, end: 11 } };
    expect(anchorExact(`${t}`, sel)).toEqual({ start: 7, end: 9 });
  });

  it('gives null when the quote is not in the text', () => {
    const sel = describeSpan(text, quotes[0]!.start, quotes[0]!.start + quotes[0]!.text.length);
    expect(anchorExact(text.replace(quotes[0]!.text, ''), sel)).toBeNull();
    expect(anchorExact('', sel)).toBeNull();
  });
});

/** The text with `from` replaced by `to` once (the test checks `from` is there). */
function edit(t: string, from: string, to: string): string {
  expect(t.includes(from), from).toBe(true);
  return t.replace(from, to);
}

/** The word of 2–4 characters nearest the sentence's middle, written backwards (a word changed inside it). */
function changeWordInside(sentence: string): { edited: string; word: string } {
  const words = sentence.split(' ');
  const mid = words.length / 2;
  const candidates = words
    .map((w, i) => ({ w, i }))
    .filter(({ w }) => w.length >= 2 && w.length <= 4 && [...w].reverse().join('') !== w)
    .sort((a, b) => Math.abs(a.i - mid) - Math.abs(b.i - mid));
  const pick = candidates[0];
  if (!pick) return { edited: sentence, word: '' };
  words[pick.i] = [...pick.w].reverse().join('');
  return { edited: words.join(' '), word: pick.w };
}

describe('anchorFuzzy: re-anchoring after edits', () => {
  it('finds long sentences again after a word inside them changed and text was inserted before', () => {
    let checked = 0;
    for (const s of sentences) {
      const { edited } = changeWordInside(s);
      if (edited === s) continue;
      const sel = describeSpan(text, text.indexOf(s), text.indexOf(s) + s.length);
      const page = `속보: 새 문단이 추가되었습니다.\n${edit(text, s, edited)}`;
      expect(anchorExact(page, sel), s).toBeNull(); // the exact text is gone
      expect(anchorFuzzy(page, sel), s).toEqual(spanOf(edited, page));
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('is not thrown by typography: curly quotes straightened, spaces made non-breaking', () => {
    const retyped = text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/ /g, '\u00a0');
    expect(retyped.length).toBe(text.length);
    // Selections holding curly quotes, long and short (short ones are still exact once typography is folded).
    const starts = [...text.matchAll(/[‘“]/g)].map((m) => m.index!);
    expect(starts.length).toBeGreaterThan(3);
    for (const start of starts) {
      for (const len of [8, 40]) {
        const sel = describeSpan(text, start, Math.min(text.length, start + len));
        expect(anchorExact(retyped, sel)).toBeNull();
        expect(anchorFuzzy(retyped, sel)).toEqual({ start: sel.position.start, end: sel.position.end });
      }
    }
  });

  it('finds a highlight again after a paragraph elsewhere was removed and the highlight itself was edited', () => {
    const last = paragraphs.length - 1;
    const target = sentences.find((s) => paragraphs[last]!.includes(s)) ?? sentences[sentences.length - 1]!;
    const { edited } = changeWordInside(target);
    const sel = describeSpan(text, text.indexOf(target), text.indexOf(target) + target.length);
    const page = edit(paragraphs.filter((_, i) => i !== 1).join('\n'), target, edited);
    expect(page.length).toBeLessThan(text.length - 100);
    expect(anchorFuzzy(page, sel)).toEqual(spanOf(edited, page));
  });

  it('resolves an edited passage that appears twice by its prefix and suffix', () => {
    const passage = 'The benefits of superintelligence should be shared with the world as broadly as possible';
    const page = (p: string) => `Intro one. Zuckerberg wrote: "${p}." End one.\nIntro two. A reader replied: "${p}." End two.`;
    const original = page(passage);
    const second = original.lastIndexOf(passage);
    const sel = describeSpan(original, second, second + passage.length);
    const edited = passage.replace('broadly', 'widely');
    const now = `Preface added.\n${page(edited)}`;
    expect(anchorFuzzy(now, { quote: sel.quote })).toEqual({ start: now.lastIndexOf(edited), end: now.lastIndexOf(edited) + edited.length });
    const first = original.indexOf(passage);
    const selFirst = describeSpan(original, first, first + passage.length);
    expect(anchorFuzzy(now, { quote: selFirst.quote })).toEqual({ start: now.indexOf(edited), end: now.indexOf(edited) + edited.length });
  });

  it('prefers the edited original, by its context, over a closer copy elsewhere in the page', () => {
    const passage = 'Superintelligence will raise novel safety concerns and we will need to be rigorous about mitigating these risks';
    const decoy = passage.replace('novel', 'new'); // 3 edits from the passage
    const original = `A blog quoted it: "${decoy}".\n${'Filler sentence here. '.repeat(80)}\nIn the letter he wrote: "${passage}" and went on.`;
    const start = original.indexOf(passage);
    const sel = describeSpan(original, start, start + passage.length);
    // 4 edits: more than the decoy has, so a search of the whole page finds only the decoy.
    const editedOriginal = passage.replace('rigorous', 'rigourous').replace('mitigating', 'mitigatng').replace('safety', 'saftey');
    const now = original.replace(`"${passage}"`, `"${editedOriginal}"`);
    expect(anchorFuzzy(now, sel)).toEqual({ start: now.indexOf(editedOriginal), end: now.indexOf(editedOriginal) + editedOriginal.length });
  });
});

describe('anchorFuzzy: what it must not anchor', () => {
  it('gives null when the highlighted passage was deleted', () => {
    for (const s of sentences) {
      const sel = describeSpan(text, text.indexOf(s), text.indexOf(s) + s.length);
      expect(anchorFuzzy(edit(text, s, ''), sel), s).toBeNull();
    }
  });

  it('never anchors a selection under 20 characters loosely: one typo and it is an orphan', () => {
    for (const q of quotes) {
      const short = q.text.slice(0, MIN_FUZZY_LENGTH - 1);
      const sel = describeSpan(text, q.start, q.start + short.length);
      expect(fuzzyBudget(short.length)).toBe(0);
      const typo = `${short.slice(0, 5)}X${short.slice(6)}`;
      expect(anchorFuzzy(text.split(short).join(typo), sel), short).toBeNull();
    }
  });

  it('anchors a selection of 20 characters with one typo', () => {
    const q = quotes[0]!;
    const sel = describeSpan(text, q.start, q.start + MIN_FUZZY_LENGTH);
    expect(fuzzyBudget(MIN_FUZZY_LENGTH)).toBeGreaterThanOrEqual(1);
    const exact = sel.quote.exact;
    const typo = `${exact.slice(0, 10)}X${exact.slice(11)}`;
    const page = text.split(exact).join(typo);
    expect(anchorFuzzy(page, sel)).toEqual({ start: q.start, end: q.start + MIN_FUZZY_LENGTH });
  });

  it('keeps within 10 % of the quote: a sentence with too many changes is not anchored', () => {
    const s = sentences[0]!;
    const sel = describeSpan(text, text.indexOf(s), text.indexOf(s) + s.length);
    const k = fuzzyBudget(s.length);
    // Replace k + 1 characters spread over the sentence.
    const chars = [...s];
    for (let i = 0; i <= k; i++) chars[Math.floor(((i + 0.5) * chars.length) / (k + 1))] = '#';
    expect(anchorFuzzy(edit(text, s, chars.join('')), sel)).toBeNull();
  });

  it('budgets 10 % of the length from 20 characters, at most 256', () => {
    expect([0, 1, 19, 20, 29, 30, 100, 5000, NaN].map(fuzzyBudget)).toEqual([0, 0, 0, 2, 2, 3, 10, 256, 0]);
  });

  it('folds typography without changing lengths', () => {
    const s = '‘a’ “b” c–d—e\u00a0f\u202fg';
    expect(foldTypography(s)).toBe(`'a' "b" c-d-e f g`);
    expect(foldTypography(text).length).toBe(text.length);
  });
});
