#!/usr/bin/env node
/**
 * Micro-benchmark, run by hand (not a test): the text index build and the
 * whole scan against a floor, a plain TreeWalker pass over the body's text
 * nodes reading every char with charCodeAt.
 *
 *   node scripts/bench-text-index.mjs            # Chromium (/usr/bin/chromium, or $CHROMIUM)
 *   node scripts/bench-text-index.mjs --jsdom    # jsdom
 *
 * Pages: the readability page with the most HTML (yahoo-1), the one with the
 * most text (wikipedia), CNET's (passes the cheap check), a Korean edition
 * page, and a synthetic ~5 MB page: the bodies of all 32 readability pages
 * (scripts and styles removed) with the Korean edition's body in the middle
 * and "Zuckerberg" in its title, so that the whole scan runs.
 * Reports medians (and minimums) over 30 interleaved runs; the machine's
 * load shows in the medians.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const READABILITY = join(ROOT, 'tests/fixtures/readability');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const RUNS = 30;
const WARMUP = 5;

const bundle = (
  await build({
    stdin: {
      contents: `export { buildTextIndex } from './lib/dom/text-index';
export { scanPage } from './lib/scan';`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'TE',
    write: false,
  })
).outputFiles[0].text;

const article = JSON.parse(readFileSync(join(ROOT, 'lib/dataset/data/article.json'), 'utf8'));
const fingerprints = JSON.parse(readFileSync(join(ROOT, 'lib/dataset/fingerprints.json'), 'utf8'));

function bodyOf(html) {
  const m = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
  return (m ? m[1] : html).replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<style[\s\S]*?<\/style>/gi, '');
}

function bigPage() {
  const sections = readdirSync(READABILITY)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => `<section>${bodyOf(readFileSync(join(READABILITY, f), 'utf8'))}</section>`);
  const ko = `<section>${bodyOf(readFileSync(join(PAGES, 'ko-aimatters.html'), 'utf8'))}</section>`;
  sections.splice(sections.length >> 1, 0, ko);
  return `<!doctype html><html><head><meta charset="utf-8"><title>Zuckerberg big page</title></head><body>${sections.join('')}</body></html>`;
}

const pages = [
  ['yahoo-1.html (most HTML)', readFileSync(join(READABILITY, 'yahoo-1.html'), 'utf8')],
  ['wikipedia.html (most text)', readFileSync(join(READABILITY, 'wikipedia.html'), 'utf8')],
  ['cnet.html', readFileSync(join(READABILITY, 'cnet.html'), 'utf8')],
  ['ko-naver.html', readFileSync(join(PAGES, 'ko-naver.html'), 'utf8')],
  ['synthetic ~5 MB', bigPage()],
];

/** Runs in the page (or with jsdom's window as globalThis-like `w`). */
async function measure({ article, fingerprints, runs, warmup }, w = globalThis) {
  const doc = w.document;
  const TE = w.TE;
  const performance = w.performance;
  const floor = () => {
    const walker = doc.createTreeWalker(doc.body, 4);
    let n;
    let s = 0;
    while ((n = walker.nextNode())) {
      const d = n.data;
      for (let i = 0; i < d.length; i++) s += d.charCodeAt(i);
    }
    return s;
  };
  const T = { floor: [], build: [], scan: [] };
  let res;
  let sink = 0;
  for (let i = 0; i < runs + warmup; i++) {
    let t = performance.now();
    sink += floor();
    const f = performance.now() - t;
    t = performance.now();
    sink += TE.buildTextIndex(doc.body).text.length;
    const b = performance.now() - t;
    // The whole scan, yields included (immediate here): the sum of its meta-context:scan measures.
    t = performance.now();
    res = await TE.scanPage(doc, { url: 'https://bench.test/', article, fingerprints, yieldToMain: () => Promise.resolve() });
    const s = performance.now() - t;
    if (i >= warmup) {
      T.floor.push(f);
      T.build.push(b);
      T.scan.push(s);
    }
  }
  const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
  const out = { sink, stats: res.stats, passed: res.passedCheapCheck, edition: res.edition, found: res.found.length };
  for (const k of Object.keys(T)) out[k] = [med(T[k]), Math.min(...T[k])];
  return out;
}

function report(name, r) {
  const f = (x) => `${x[0].toFixed(2)} ms (min ${x[1].toFixed(2)})`;
  console.log(`${name}: skeleton ${r.stats.textLength} chars in ${r.stats.nodes} nodes, ${r.stats.slices} slices; cheap check ${r.passed}, edition ${r.edition}, ${r.found} quotes`);
  console.log(
    `  floor ${f(r.floor)} | buildTextIndex ${f(r.build)} = ${(r.build[0] / r.floor[0]).toFixed(2)}x | scan ${f(r.scan)} = ${(r.scan[0] / r.floor[0]).toFixed(2)}x`,
  );
}

const args = { article, fingerprints, runs: RUNS, warmup: WARMUP };
if (process.argv.includes('--jsdom')) {
  const { JSDOM } = await import('jsdom');
  for (const [name, html] of pages) {
    const dom = new JSDOM(html, { url: 'https://bench.test/', runScripts: 'outside-only' });
    dom.window.eval(bundle);
    report(name, await measure(args, dom.window));
  }
} else {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  for (const [name, html] of pages) {
    await page.route('**/*', (r) => r.abort()); // no network: everything but the page itself fails fast
    await page.route('https://bench.test/', (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto('https://bench.test/', { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: bundle });
    report(name, await page.evaluate(measure, args));
    await page.unrouteAll();
  }
  await browser.close();
}
