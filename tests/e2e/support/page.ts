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
