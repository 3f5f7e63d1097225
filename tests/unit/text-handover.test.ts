import { describe, expect, it } from 'vitest';
import { handOverToken, PART_CHARS, sendInParts, type TextPart } from '../../lib/page/text-handover';
import { ToBackground } from '../../lib/messages';

describe('a long page text sent in parts', () => {
  it('sends nothing ahead of a text that fits one message', async () => {
    const parts: TextPart[] = [];
    expect(await sendInParts('short', async (p) => (parts.push(p), true), 't')).toEqual({ text: 'short' });
    expect(parts).toEqual([]);
  });

  it('sends the parts in order, one at a time, and leaves the rest for the last message', async () => {
    const text = 'abcdefghij'.repeat(25); // 250 chars
    const parts: TextPart[] = [];
    let inFlight = 0;
    let most = 0;
    const last = await sendInParts(
      text,
      async (p) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await Promise.resolve();
        parts.push(p);
        inFlight--;
        return true;
      },
      'tok',
      { size: 100 },
    );
    expect(parts.map((p) => [p.index, p.text.length, p.token])).toEqual([
      [0, 100, 'tok'],
      [1, 100, 'tok'],
    ]);
    expect(most).toBe(1);
    expect(last).toEqual({ text: text.slice(200), parts: { token: 'tok', count: 2, length: 250 } });
    expect(parts.map((p) => p.text).join('') + last!.text).toBe(text);
  });

  it('a text of exactly n parts ends with a whole part, never an empty one', async () => {
    const last = await sendInParts('x'.repeat(300), async () => true, 't', { size: 100 });
    expect(last).toEqual({ text: 'x'.repeat(100), parts: { token: 't', count: 2, length: 300 } });
  });

  it('stops at a refused part: nothing for the last message', async () => {
    let sent = 0;
    expect(await sendInParts('x'.repeat(500), async (p) => (sent++, p.index < 1), 't', { size: 100 })).toBeNull();
    expect(sent).toBe(2);
  });

  it('each send goes through the step (where the scan measures it)', async () => {
    let steps = 0;
    await sendInParts('x'.repeat(250), async () => true, 't', { size: 100, step: (send) => (steps++, send()) });
    expect(steps).toBe(2);
  });

  it('parts of the default size fit a scan:part message; tokens differ', () => {
    expect(ToBackground.safeParse({ type: 'scan:part', token: handOverToken(1), index: 0, text: 'x'.repeat(PART_CHARS) }).success).toBe(true);
    expect(handOverToken(1)).not.toBe(handOverToken(1));
    expect(handOverToken('h')).toMatch(/^h-[a-z0-9]+$/);
  });
});
