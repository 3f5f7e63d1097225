/**
 * Long page texts arriving in parts (`scan:part`), so that no one message holds the page for long; the message
 * that ends each (`scan:analyze`, `highlights:place`, `highlight:add`) takes them, joined with its own text.
 */
import type { TextParts as PartsSent } from '../messages';

/** The longest text a message may carry whole (`highlight:add`, `highlights:place`). */
const MAX_CHARS = 64_000_000;
/** Parts never taken (the page went away mid-way) are dropped after this long. */
const MAX_AGE_MS = 60_000;
/** Hand-overs under way from one frame at once (a scan's and a placing's); a newer one drops the oldest. */
const PER_FRAME = 2;

interface Pending {
  from: string;
  parts: string[];
  chars: number;
  at: number;
}

export class TextParts {
  /** By frame and token. */
  readonly #pending = new Map<string, Pending>();

  /** Adds part `index` of hand-over `token` from `from` (a tab and frame); false when out of order or too long. */
  add(from: string, token: string, index: number, text: string, at = Date.now()): boolean {
    this.#sweep(at);
    const key = `${from}|${token}`;
    let pending = this.#pending.get(key);
    if (pending === undefined) {
      if (index !== 0) return false;
      const mine = [...this.#pending].filter(([, p]) => p.from === from);
      for (const [old] of mine.slice(0, Math.max(0, mine.length - PER_FRAME + 1))) this.#pending.delete(old);
      pending = { from, parts: [], chars: 0, at };
      this.#pending.set(key, pending);
    }
    if (index !== pending.parts.length || pending.chars + text.length > MAX_CHARS) {
      this.#pending.delete(key);
      return false;
    }
    pending.parts.push(text);
    pending.chars += text.length;
    pending.at = at;
    return true;
  }

  /** The whole text: the `count` parts handed over, then `tail`, when that makes `length` characters; else null. */
  take(from: string, token: string, count: number, tail: string, length: number, at = Date.now()): string | null {
    this.#sweep(at);
    const key = `${from}|${token}`;
    const pending = this.#pending.get(key);
    if (pending === undefined) return null;
    this.#pending.delete(key);
    // Checked before joining: a wrong count or length never builds the string.
    return pending.parts.length === count && pending.chars + tail.length === length ? pending.parts.join('') + tail : null;
  }

  /** A message's whole text: its own, or the parts it ends joined with it; null when they cannot be. */
  joined(from: string | null, message: { text: string; parts?: PartsSent }): string | null {
    const { parts } = message;
    if (parts === undefined) return message.text;
    return from === null ? null : this.take(from, parts.token, parts.count, message.text, parts.length);
  }

  #sweep(at: number): void {
    for (const [key, p] of this.#pending) if (at - p.at > MAX_AGE_MS) this.#pending.delete(key);
  }

  /** Drops what a closed or navigated tab left (`from` keys start with the tab's id and a colon). */
  forgetTab(tabId: number): void {
    for (const [key, p] of this.#pending) if (p.from.startsWith(`${tabId}:`)) this.#pending.delete(key);
  }
}

/** Who handed a text over: the tab and frame. */
export const partsSender = (sender: { tab?: { id?: number }; frameId?: number }): string | null =>
  sender.tab?.id === undefined ? null : `${sender.tab.id}:${sender.frameId ?? 0}`;
