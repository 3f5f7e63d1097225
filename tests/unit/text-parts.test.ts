import { describe, expect, it } from 'vitest';
import { partsSender, TextParts } from '../../lib/background/text-parts';

describe('a long page text handed over in parts', () => {
  it('joins the parts in order with the last message’s text, once', () => {
    const t = new TextParts();
    expect(t.add('5:0', 'a', 0, 'one ')).toBe(true);
    expect(t.add('5:0', 'a', 1, 'two ')).toBe(true);
    expect(t.take('5:0', 'a', 2, 'three', 13)).toBe('one two three');
    // Taken: a second analysis of the same hand-over has nothing.
    expect(t.take('5:0', 'a', 2, 'three', 13)).toBeNull();
  });

  it('keeps each frame’s hand-over apart', () => {
    const t = new TextParts();
    t.add('5:0', 'a', 0, 'top ');
    t.add('5:3', 'b', 0, 'frame ');
    expect(t.take('5:3', 'b', 1, 'text', 10)).toBe('frame text');
    expect(t.take('5:0', 'a', 1, 'page', 8)).toBe('top page');
  });

  it('refuses a part out of order, and the hand-over is then lost (never a text with a hole)', () => {
    const t = new TextParts();
    expect(t.add('5:0', 'a', 1, 'second')).toBe(false);
    t.add('5:0', 'a', 0, 'first ');
    expect(t.add('5:0', 'a', 2, 'third')).toBe(false);
    expect(t.take('5:0', 'a', 1, 'x', 7)).toBeNull();
  });

  it('a count or a length that does not match the parts received gives nothing', () => {
    const u = new TextParts();
    u.add('5:0', 'a', 0, 'first ');
    expect(u.take('5:0', 'a', 1, 'last', 11)).toBeNull();
    const t = new TextParts();
    t.add('5:0', 'a', 0, 'first ');
    expect(t.take('5:0', 'a', 2, 'last', 10)).toBeNull();
  });

  it('two hand-overs from one frame at once (a scan’s and a placing’s) both arrive; a third drops the oldest', () => {
    const t = new TextParts();
    t.add('5:0', 'scan', 0, 'scanned ');
    t.add('5:0', 'place', 0, 'placed ');
    expect(t.take('5:0', 'scan', 1, 'text', 12)).toBe('scanned text');
    t.add('5:0', 'a', 0, 'first ');
    t.add('5:0', 'b', 0, 'second ');
    expect(t.take('5:0', 'place', 1, 'text', 11)).toBeNull();
    expect(t.take('5:0', 'a', 1, 'text', 10)).toBe('first text');
    expect(t.take('5:0', 'b', 1, 'text', 11)).toBe('second text');
  });

  it('drops parts never taken after a minute, and those of a closed tab', () => {
    const t = new TextParts();
    t.add('5:0', 'a', 0, 'left behind ', 0);
    t.add('6:0', 'b', 0, 'fresh ', 61_000);
    expect(t.take('5:0', 'a', 1, 'x', 13, 61_000)).toBeNull();
    t.add('7:0', 'c', 0, 'closed ', 61_000);
    t.forgetTab(7);
    expect(t.take('7:0', 'c', 1, 'x', 8, 61_000)).toBeNull();
    expect(t.take('6:0', 'b', 1, 'kept', 10, 61_000)).toBe('fresh kept');
  });

  it('refuses a hand-over longer than any message may carry whole', () => {
    const t = new TextParts();
    const big = 'x'.repeat(1_000_000);
    let sent = 0;
    while (sent < 70 && t.add('5:0', 'a', sent, big)) sent++;
    expect(sent).toBe(64);
    expect(t.take('5:0', 'a', 64, '', 64_000_000)).toBeNull();
  });

  it('gives a message’s whole text: its own, or its parts joined with it when all arrived and the length agrees', () => {
    const t = new TextParts();
    expect(t.joined('5:0', { text: 'whole' })).toBe('whole');
    t.add('5:0', 'a', 0, 'one ');
    expect(t.joined('5:0', { text: 'two', parts: { token: 'a', count: 1, length: 7 } })).toBe('one two');
    t.add('5:0', 'b', 0, 'one ');
    expect(t.joined('5:0', { text: 'two', parts: { token: 'b', count: 1, length: 8 } })).toBeNull();
    // Parts from another frame, or from no tab at all, are not this message's.
    t.add('5:1', 'c', 0, 'one ');
    expect(t.joined('5:0', { text: 'two', parts: { token: 'c', count: 1, length: 7 } })).toBeNull();
    expect(t.joined(null, { text: 'two', parts: { token: 'c', count: 1, length: 7 } })).toBeNull();
  });

  it('knows a sender by its tab and frame; an extension page has none', () => {
    expect(partsSender({ tab: { id: 4 }, frameId: 2 })).toBe('4:2');
    expect(partsSender({ tab: { id: 4 } })).toBe('4:0');
    expect(partsSender({})).toBeNull();
  });
});
