/**
 * A page prerendered by the site's speculation rules (Chromium): its scan report is refused while it is
 * prerendered, and sent once it is shown, so its badge is right from then on. Driven by puppeteer-core (Chromium
 * refuses to prerender while Playwright is attached), over HTTPS on a made-up host mapped to a local server with a
 * certificate made for the test.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM, requireBrowser } from './support/browsers';
import { CHROME_BUILD, requireBuild } from './support/extension';
import { FIXTURES } from './support/sites';
import { waitFor } from './support/chromium';
import { KEY_QUOTES } from './support/expectations';

declare const chrome: any;

const HOST = 'news.zum.com';
const START = `https://${HOST}/prerender/start`;
const ARTICLE = `https://${HOST}/articles/999999997`;

let dir: string;
let server: https.Server;
let browser: Browser;

beforeAll(async () => {
  requireBrowser(CHROMIUM, 'Chromium');
  const ext = requireBuild(CHROME_BUILD);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meta-context-prerender-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', `/CN=${HOST}`, '-addext', `subjectAltName=DNS:${HOST}`], { stdio: 'ignore' });
  const spki = execFileSync('sh', ['-c', `openssl x509 -in "${cert}" -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`]).toString().trim();
  const article = fs.readFileSync(path.join(FIXTURES, 'pages/ko-aimatters.html'));
  const start = `<!doctype html><html><head><meta charset="utf-8"><title>Start</title>
<script type="speculationrules">{"prerender":[{"source":"list","urls":["/articles/999999997"],"eagerness":"immediate"}]}</script></head>
<body><p>A start page.</p><p><a id="go" href="/articles/999999997">The article</a></p></body></html>`;
  server = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (req, res) => {
    const body = req.url === '/prerender/start' ? start : req.url === '/articles/999999997' ? article : null;
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: path.join(dir, 'profile'),
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      `--host-resolver-rules=MAP ${HOST}:443 127.0.0.1:${port}, EXCLUDE localhost`,
      `--ignore-certificate-errors-spki-list=${spki}`,
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('Chromium: a page prerendered by speculation rules', () => {
  test('shows its badge and its report once activated', async () => {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20_000 });
    const worker = (await target.worker())!;
    const page = await browser.newPage();
    await page.goto(START, { waitUntil: 'load' });
    // Give the prerender time to load, scan and paint.
    await new Promise((r) => setTimeout(r, 3000));
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#go')]);
    const activationStart = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { activationStart: number }).activationStart,
    );
    // The page was prerendered (else this test proves nothing).
    expect(activationStart).toBeGreaterThan(0);
    const state = await waitFor(async () => {
      const all = (await worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, any>;
      return Object.values(all).find((s) => s && s.url === ARTICLE && s.status === 'scanned');
    }, 'the activated page’s report');
    expect(state.article).toEqual({ id: expect.any(String), edition: 'ko' });
    const badge = await waitFor(async () => {
      const text = (await worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), state.tabId)) as string;
      return text !== '' ? text : undefined;
    }, 'the badge');
    expect(Number(badge)).toBe(KEY_QUOTES.filter((q) => q.ko).length);
    await page.close();
  });
});
