/**
 * `npm run store:screenshots`: the store listings' screenshots, 1280×800, in
 * English and Korean. Loads the built Chrome extension into headless Chromium
 * with the project's fake web (the bundled test pages at the article's URLs),
 * and composes each shot from the page (860×800) and the side panel pinned to
 * its tab (420×800), side by side, as a reader sees them.
 *
 * Usage: npm run store:screenshots [-- --out DIR]   (default docs/store/screenshots)
 */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../tests/e2e/support/chromium';
import { ROOT, SITES } from '../tests/e2e/support/sites';

const STORE_SHOT = { width: 1280, height: 800 } as const;
const PANEL_WIDTH = 420;
const PAGE_WIDTH = STORE_SHOT.width - PANEL_WIDTH;

const outArg = process.argv.indexOf('--out');
const OUT = path.resolve(outArg > 0 ? process.argv[outArg + 1]! : path.join(ROOT, 'docs/store/screenshots'));

declare const chrome: any;

/** The shots, in the listings' order: which page, and which section of the panel. */
const SHOTS = [
  { name: '1-korean-edition', site: SITES.aimatters, tab: 'page', ready: '.quotes.found .quote-card' },
  { name: '2-english-original', site: SITES.techcrunch, tab: 'page', ready: '.quotes.found .quote-card' },
  { name: '3-timeline', site: SITES.aimatters, tab: 'timeline', ready: '#panel-timeline section' },
  { name: '4-open-source', site: SITES.aimatters, tab: 'open-source', ready: '#panel-open-source section' },
] as const;

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const session = await launchChromium();
  const written: string[] = [];
  try {
    for (const lang of ['en', 'ko'] as const) {
      for (const shot of SHOTS) {
        const file = path.join(OUT, `${lang}-${shot.name}.png`);
        fs.writeFileSync(file, await compose(session, shot, lang));
        written.push(path.relative(process.cwd(), file));
      }
    }
  } finally {
    await session.close();
  }
  for (const file of written) {
    const { width, height } = PNG.sync.read(fs.readFileSync(file));
    if (width !== STORE_SHOT.width || height !== STORE_SHOT.height) throw new Error(`${file} is ${width}×${height}, not 1280×800`);
  }
  console.log(`Store screenshots (1280×800):\n  ${written.join('\n  ')}`);
}

/** One store screenshot: the page, its quotes highlighted, and the panel beside it. */
async function compose(session: ChromiumSession, shot: (typeof SHOTS)[number], lang: 'en' | 'ko'): Promise<Buffer> {
  const page = await session.open(shot.site.url);
  const tabId = await session.tabIdOf(shot.site.url);
  await page.setViewportSize({ width: PAGE_WIDTH, height: STORE_SHOT.height });
  // The top of the page (its test-page notice, headline and first quotes), once the quotes are painted.
  await page.waitForFunction(() => ((globalThis as any).CSS?.highlights?.size ?? 0) > 0);

  const panel = await session.panel(tabId);
  await panel.setViewportSize({ width: PANEL_WIDTH, height: STORE_SHOT.height });
  await panel.waitForSelector('.quote-card');
  await panel.locator(`.lang-switch button[lang="${lang}"]`).click();
  await panel.waitForFunction((l) => document.documentElement.lang === l, lang);
  if (shot.tab !== 'page') await panel.locator(`#tab-${shot.tab}`).click();
  await panel.waitForSelector(shot.ready);
  await unfocus(panel);

  const pagePng = PNG.sync.read(await page.screenshot());
  const panelPng = PNG.sync.read(await panel.screenshot());
  // Leave the panel's language as it was (the browser's) for the next shot.
  await panel.evaluate(() => chrome.storage.local.clear());
  await panel.close();
  await page.close();

  const out = new PNG({ width: STORE_SHOT.width, height: STORE_SHOT.height });
  PNG.bitblt(pagePng, out, 0, 0, PAGE_WIDTH, STORE_SHOT.height, 0, 0);
  PNG.bitblt(panelPng, out, 0, 0, PANEL_WIDTH, STORE_SHOT.height, PAGE_WIDTH, 0);
  // A 1 px rule between page and panel, as the browser draws it.
  for (let y = 0; y < STORE_SHOT.height; y++) {
    const i = (y * STORE_SHOT.width + PAGE_WIDTH) * 4;
    out.data.set([200, 200, 200, 255], i);
  }
  return PNG.sync.write(out);
}

/** No focus ring left on the control just clicked. */
async function unfocus(panel: Page): Promise<void> {
  await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
