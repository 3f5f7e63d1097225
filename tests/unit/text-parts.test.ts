import { describe, expect, it } from 'vitest';
import { partsSender, TextParts } from '../../lib/background/text-parts';

describe('a long page text handed over in parts', () => {
  it('joins the parts in order with the last message’s text, once', () => {
    const t = new TextParts();
    expect(t.add('5:0', 'a', 0, 'one ')).toBe(true);
    expect(t.add('5:0', 'a', 1, 'two ')).toBe(true);
    expect(t.take('5:0', 'a', 2, 'three')).toBe('one two three');
    // Taken: a second analysis of the same hand-over has nothing.
    expect(t.take('5:0', 'a', 2, 'three')).toBeNull();
  });

  it('keeps each frame’s hand-over apart', () => {
    const t = new TextParts();
    t.add('5:0', 'a', 0, 'top ');
    t.add('5:3', 'b', 0, 'frame ');
    expect(t.take('5:3', 'b', 1, 'text')).toBe('frame text');
    expect(t.take('5:0', 'a', 1, 'page')).toBe('top page');
  });

  it('refuses a part out of order, and the hand-over is then lost (never a text with a hole)', () => {
    const t = new TextParts();
    expect(t.add('5:0', 'a', 1, 'second')).toBe(false);
    t.add('5:0', 'a', 0, 'first ');
    expect(t.add('5:0', 'a', 2, 'third')).toBe(false);
    expect(t.take('5:0', 'a', 1, 'x')).toBeNull();
  });

  it('a count that does not match the parts received gives nothing', () => {
    const t = new TextParts();
    t.add('5:0', 'a', 0, 'first ');
    expect(t.take('5:0', 'a', 2, 'last')).toBeNull();
  });

  it('a new hand-over from the same frame replaces an unfinished one', () => {
    const t = new TextParts();
    t.add('5:0', 'old', 0, 'stale ');
    t.add('5:0', 'new', 0, 'fresh ');
    expect(t.take('5:0', 'old', 1, 'x')).toBeNull();
    t.add('5:0', 'new2', 0, 'fresh ');
    expect(t.take('5:0', 'new2', 1, 'text')).toBe('fresh text');
  });

  it('drops parts never taken after a minute, and those of a closed tab', () => {
    const t = new TextParts();
    t.add('5:0', 'a', 0, 'left behind ', 0);
    t.add('6:0', 'b', 0, 'fresh ', 61_000);
    expect(t.take('5:0', 'a', 1, 'x')).toBeNull();
    t.add('7:0', 'c', 0, 'closed ', 61_000);
    t.forgetTab(7);
    expect(t.take('7:0', 'c', 1, 'x')).toBeNull();
    expect(t.take('6:0', 'b', 1, 'kept')).toBe('fresh kept');
  });

  it('refuses a hand-over longer than any page the analysis takes', () => {
    const t = new TextParts();
    const big = 'x'.repeat(1_000_000);
    let ok = true;
    for (let i = 0; i < 17 && ok; i++) ok = t.add('5:0', 'a', i, big);
    expect(ok).toBe(false);
    expect(t.take('5:0', 'a', 16, '')).toBeNull();
  });

  it('knows a sender by its tab and frame; an extension page has none', () => {
    expect(partsSender({ tab: { id: 4 }, frameId: 2 })).toBe('4:2');
    expect(partsSender({ tab: { id: 4 } })).toBe('4:0');
    expect(partsSender({})).toBeNull();
  });
});
