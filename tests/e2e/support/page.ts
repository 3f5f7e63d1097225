/** Reading what the reader sees on a page, in either browser (playwright and puppeteer pages both have evaluate). */
import { PNG } from 'pngjs';

/** A playwright or puppeteer page (their evaluate signatures differ only in typing). */
interface Evaluating {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  evaluate(fn: (arg: any) => unknown, arg?: any): Promise<any>;
}

/** The highlights registered in the page's CSS.highlights, by name, as the text of their ranges. */
export function highlights(page: Evaluating): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (globalThis as any).CSS?.highlights as Map<string, Set<Range>> | undefined;
    if (!registry) return out;
    for (const [name, highlight] of registry) out[name] = [...highlight].map((r) => r.toString());
    return out;
  }, undefined);
}

/** Quote highlights only (names starting meta-context-quote, without the transient focus flash). */
export async function quoteHighlights(page: Evaluating): Promise<string[]> {
  const all = await highlights(page);
  return Object.entries(all)
    .filter(([name]) => name.startsWith('meta-context-quote') && name !== 'meta-context-quote-focus')
    .flatMap(([, texts]) => texts);
}

/** The viewport rectangle of the first range of a highlight containing `text`. */
export function rectOf(page: Evaluating, text: string): Promise<{ x: number; y: number; width: number; height: number; scrollX: number; scrollY: number } | null> {
  return page.evaluate((needle) => {
    const registry = (globalThis as any).CSS?.highlights as Map<string, Set<Range>> | undefined;
    for (const [name, highlight] of registry ?? []) {
      if (!name.startsWith('meta-context-quote')) continue;
      for (const range of highlight) {
        if (!range.toString().includes(needle)) continue;
        const el = range.startContainer.parentElement!;
        el.scrollIntoView({ block: 'center', behavior: 'instant' });
        const r = range.getClientRects()[0]!;
        return { x: r.x, y: r.y, width: r.width, height: r.height, scrollX: window.scrollX, scrollY: window.scrollY };
      }
    }
    return null;
  }, text);
}

/** Share of pixels in a PNG whose colour is a yellow highlight tint (red and green high, blue clearly lower). */
export function yellowShare(png: Buffer): number {
  const image = PNG.sync.read(png);
  let yellow = 0;
  const total = image.width * image.height;
  for (let i = 0; i < image.data.length; i += 4) {
    const r = image.data[i]!, g = image.data[i + 1]!, b = image.data[i + 2]!;
    if (r > 200 && g > 170 && b < 190 && r - b > 60) yellow++;
  }
  return yellow / total;
}

/**
 * Select `text` (its first occurrence in the page's text nodes) with the
 * mouse: press at its first character, drag to its end, release.
 */
export async function selectWithMouse(
  page: Evaluating & { mouse: { move(x: number, y: number, o?: { steps?: number }): Promise<void>; down(): Promise<void>; up(): Promise<void> } },
  text: string,
): Promise<void> {
  const ends = await page.evaluate((needle: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(needle);
      if (at < 0) continue;
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + 1);
      const first = r.getBoundingClientRect();
      r.setStart(n, at + needle.length - 1);
      r.setEnd(n, at + needle.length);
      const last = r.getBoundingClientRect();
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    return null;
  }, text);
  if (!ends) throw new Error(`"${text}" is not on the page`);
  await page.mouse.move(ends.x1, ends.y1);
  await page.mouse.down();
  await page.mouse.move(ends.x2, ends.y2, { steps: 5 });
  await page.mouse.up();
}

/** The text of the reader's own highlights painted in the page (CSS highlights named meta-context-user*). */
export async function userHighlights(page: Evaluating): Promise<string[]> {
  const all = await highlights(page);
  return Object.entries(all)
    .filter(([name]) => name.startsWith('meta-context-user'))
    .flatMap(([, texts]) => texts);
}
