/**
 * A long page text handed over in parts (`scan:part`), so that no single message holds the page for long;
 * `scan:analyze` then takes them, joined with its own text. One hand-over at a time per frame.
 */

/** More than any page the analysis takes (see `scan:analyze`'s text limit). */
const MAX_CHARS = 16_000_000;
/** Parts never taken (the page went away mid-way) are dropped after this long. */
const MAX_AGE_MS = 60_000;

interface Pending {
  token: string;
  parts: string[];
  chars: number;
  at: number;
}

export class TextParts {
  readonly #pending = new Map<string, Pending>();

  /** Adds part `index` of hand-over `token` from `from` (a tab and frame); false when out of order or too long. */
  add(from: string, token: string, index: number, text: string, at = Date.now()): boolean {
    for (const [key, p] of this.#pending) if (at - p.at > MAX_AGE_MS) this.#pending.delete(key);
    let pending = this.#pending.get(from);
    // A new hand-over from the same frame replaces an unfinished one.
    if (pending === undefined || pending.token !== token) {
      if (index !== 0) return false;
      pending = { token, parts: [], chars: 0, at };
      this.#pending.set(from, pending);
    }
    if (index !== pending.parts.length || pending.chars + text.length > MAX_CHARS) {
      this.#pending.delete(from);
      return false;
    }
    pending.parts.push(text);
    pending.chars += text.length;
    pending.at = at;
    return true;
  }

  /** The whole text: the `count` parts handed over, then `tail`; null when any is missing. */
  take(from: string, token: string, count: number, tail: string): string | null {
    const pending = this.#pending.get(from);
    if (pending === undefined || pending.token !== token) return null;
    this.#pending.delete(from);
    return pending.parts.length === count ? pending.parts.join('') + tail : null;
  }

  /** Drops what a closed tab left (`from` keys start with the tab's id and a colon). */
  forgetTab(tabId: number): void {
    for (const key of this.#pending.keys()) if (key.startsWith(`${tabId}:`)) this.#pending.delete(key);
  }
}

/** Who handed a text over: the tab and frame. */
export const partsSender = (sender: { tab?: { id?: number }; frameId?: number }): string | null =>
  sender.tab?.id === undefined ? null : `${sender.tab.id}:${sender.frameId ?? 0}`;
