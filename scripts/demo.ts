/**
 * `npm run demo`: the main job on a machine without a display. Loads the
 * built Chrome extension into headless Chromium, opens the bundled demo pages
 * (a Korean-edition page and an English-edition page written for this
 * project) at the URLs a reader would meet them, prints what the extension
 * found on each, and writes screenshots of each page and of the side panel.
 * Then two pages that relate to the story without being an edition, after the
 * reader's "Scan this page": a Korean outlet's own translation (coverage, its
 * renderings painted) and a page repeating the known misquote.
 *
 * Usage: npm run demo [-- --out DIR]
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tests/e2e/support/chromium';
import { SITES, ROOT } from '../tests/e2e/support/sites';
import { scanWhole, STORY_SITES, storyUrl } from '../tests/e2e/support/story';
import article from '../lib/dataset/data/article.json';

const outArg = process.argv.indexOf('--out');
const OUT = path.resolve(outArg > 0 ? process.argv[outArg + 1]! : path.join(ROOT, 'demo-output'));

declare const chrome: any;

interface Demo {
  name: string;
  title: string;
  site: { url: string };
  /** What the reader must see for the demo to count as working. */
  expect: 'edition' | 'coverage' | 'misquote';
}

const DEMOS: Demo[] = [
  { name: 'korean-edition', title: 'Korean edition (AI Matters)', site: SITES.aimatters, expect: 'edition' },
  { name: 'english-original', title: 'English original (TechCrunch)', site: SITES.techcrunch, expect: 'edition' },
  // Issue 12: pages that relate to the story without being an edition, after the reader's "Scan this page".
  { name: 'coverage', title: 'Coverage: a Korean outlet’s own translation of the story', site: { url: storyUrl('story-ko-own-translation.html') }, expect: 'coverage' },
  { name: 'misquote', title: 'A page repeating the known misquote', site: { url: storyUrl('story-en-misquote.html') }, expect: 'misquote' },
];

/** Whether the reader sees what the demo is for. */
function works(demo: Demo, state: any): boolean {
  if (demo.expect === 'edition') return !!state.article && state.quotes.length > 0;
  if (demo.expect === 'coverage') return state.relation?.kind === 'coverage' && state.quotes.length > 0;
  return state.quotes.some((q: { kind?: string }) => q.kind === 'misquote') && state.quotes.every((q: { kind?: string }) => q.kind === 'misquote');
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const session = await launchChromium({ sites: STORY_SITES });
  let failures = 0;
  try {
    for (const demo of DEMOS) {
      const page = await session.open(demo.site.url);
      const { tabId, state: scanned } =
        demo.expect === 'edition'
          ? { tabId: await session.tabIdOf(demo.site.url), state: undefined }
          : await scanWhole(session, demo.site.url, async (id) => {
              const p = await session.panel(id);
              try {
                return await p.evaluate((t) => chrome.runtime.sendMessage({ type: 'scan:request', tabId: t }), id);
              } finally {
                await p.close();
              }
            });
      const state = scanned ?? (await session.tabState(tabId));
      const badge = await session.badge(tabId);
      const names = await page.evaluate(() => [...((globalThis as any).CSS?.highlights?.keys() ?? [])] as string[]);

      console.log(`\n${demo.title}\n  ${demo.site.url}`);
      console.log(`  edition: ${state.article ? state.article.edition : 'not the article'}${state.reason ? `  (${state.reason})` : ''}`);
      console.log(`  relation: ${state.relation ? `${state.relation.kind}${state.relation.edition ? ` (${state.relation.edition})` : ''}: ${state.relation.reasons.join(', ')}` : 'none'}`);
      console.log(`  key quotes highlighted: ${state.quotes.filter((q: { kind?: string }) => q.kind !== 'misquote').length} of ${article.quotes.filter((q) => q.role === 'key').length}   badge: "${badge}"   highlight names: ${names.join(', ')}`);
      for (const q of state.quotes as Array<{ id: string; lang: string; text: string; kind?: string }>) {
        const text = q.text.replace(/\s+/g, ' ');
        console.log(`    - ${q.id} [${q.lang}${q.kind && q.kind !== 'quote' ? `, ${q.kind}` : ''}] ${text.length > 70 ? `${text.slice(0, 70)}…` : text}`);
      }
      if (!works(demo, state)) failures++;

      // The page, scrolled to its first highlighted quote.
      await page.evaluate(() => {
        const registry = (globalThis as any).CSS?.highlights as Map<string, Set<Range>> | undefined;
        const first = [...(registry?.values() ?? [])].flatMap((h) => [...h])[0];
        first?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      });
      const pageShot = path.join(OUT, `${demo.name}-page.png`);
      await page.screenshot({ path: pageShot });

      const panel = await session.panel(tabId);
      await panel.setViewportSize({ width: 420, height: 1000 });
      await panel.waitForSelector('.quote-card');
      await panel.waitForSelector('.relation');
      const panelShot = path.join(OUT, `${demo.name}-panel.png`);
      await panel.screenshot({ path: panelShot });
      console.log(`  screenshots: ${path.relative(process.cwd(), pageShot)}, ${path.relative(process.cwd(), panelShot)}`);
      await panel.close();
      await page.close();
    }
    await panelGallery(session);
  } finally {
    await session.close();
  }
  console.log(`\nScreenshots written to ${OUT}`);
  if (failures > 0) {
    console.error(`${failures} demo page(s) were not recognised: see above.`);
    process.exitCode = 1;
  }
}

/**
 * The side panel on the Korean edition in both languages, light and dark:
 * "This page" in each, plus the other sections once (README shows them).
 */
async function panelGallery(session: Awaited<ReturnType<typeof launchChromium>>): Promise<void> {
  const page = await session.open(SITES.aimatters.url);
  const tabId = await session.tabIdOf(SITES.aimatters.url);
  const shots: string[] = [];
  for (const lang of ['en', 'ko'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const panel = await session.panel(tabId);
      await panel.setViewportSize({ width: 420, height: 900 });
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.waitForSelector('.quote-card');
      await panel.locator(`.lang-switch button[lang="${lang}"]`).click();
      await panel.waitForFunction((l) => document.documentElement.lang === l, lang);
      const sections = ['page'];
      if (lang === 'en' && scheme === 'light') sections.push('timeline');
      if (lang === 'ko' && scheme === 'dark') sections.push('glossary');
      if (lang === 'en' && scheme === 'dark') sections.push('open-source');
      if (lang === 'ko' && scheme === 'light') sections.push('open-source');
      for (const section of sections) {
        await panel.locator(`#tab-${section}`).click();
        await panel.waitForSelector(`#panel-${section} section`);
        const file = path.join(OUT, `panel-${section}-${lang}-${scheme}.png`);
        await panel.screenshot({ path: file });
        shots.push(path.relative(process.cwd(), file));
        // A part further down: the later events (how long after the article) and OSI's objections.
        const below =
          section === 'timeline' && lang === 'en'
            ? ['.timeline-later', 'later']
            : section === 'open-source' && lang === 'ko'
              ? ['.open-source-group[data-group="osi"]', 'osi']
              : null;
        if (below) {
          await panel.locator(below[0]!).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
          const more = path.join(OUT, `panel-${section}-${below[1]}-${lang}-${scheme}.png`);
          await panel.screenshot({ path: more });
          shots.push(path.relative(process.cwd(), more));
        }
      }
      await panel.evaluate(() => (globalThis as any).chrome.storage.local.clear());
      await panel.close();
    }
  }
  await page.close();
  console.log(`\nSide panel, English and Korean, light and dark:\n  ${shots.join('\n  ')}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
