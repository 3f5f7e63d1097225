/** Debian's Chromium with the built extension loaded, driven by playwright-core. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, requireBrowser } from './browsers';
import { CHROME_BUILD, requireBuild } from './extension';
import { serve, type Site } from './sites';

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every http(s) request the fake web refused (nothing real is ever fetched). */
  refused: string[];
  /** Requests by extension contexts (the service worker, extension pages), answered or not. */
  extensionRequests: string[];
  /** A new tab at `url`; `before` runs on the page before it navigates (listeners, init scripts). */
  open(url: string, before?: (page: Page) => Promise<void> | void): Promise<Page>;
  panel(tabId?: number): Promise<Page>;
  tabIdOf(url: string, timeoutMs?: number): Promise<number>;
  tabState(tabId: number): Promise<any>;
  badge(tabId: number): Promise<string>;
  /** The extension's service worker now (it may have been restarted). */
  currentWorker(): Worker;
  close(): Promise<void>;
}

// Evaluated inside extension contexts, where `chrome` exists.
declare const chrome: any;

export interface ChromiumOptions {
  extension?: string;
  sites?: Site[];
  colorScheme?: 'light' | 'dark';
  /** A profile folder to reuse (a browser restart); kept on close. */
  profile?: string;
  locale?: string;
  /** An HTTP proxy (http://host:port) for every request the fake web does not answer. */
  proxy?: string;
}

export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  requireBrowser(CHROMIUM, 'Chromium');
  const ext = requireBuild(options.extension ?? CHROME_BUILD);
  const userDataDir = options.profile ?? fs.mkdtempSync(path.join(os.tmpdir(), 'meta-context-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    ...(options.proxy ? { proxy: { server: options.proxy } } : {}),
    args: [
      '--headless=new',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${options.locale ?? 'en-US'}`,
    ],
  });
  const refused: string[] = [];
  const extensionRequests: string[] = [];
  context.on('request', (request) => {
    const from = request.serviceWorker()?.url() ?? safeFrameUrl(request);
    if (from.startsWith('chrome-extension://') && /^https?:/.test(request.url())) extensionRequests.push(request.url());
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.fallback();
    const served = serve(url, options.sites);
    if (!served) {
      refused.push(url);
      return route.abort('blockedbyclient');
    }
    return route.fulfill({ status: served.status, headers: served.headers, body: served.body });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  const session: ChromiumSession = {
    context,
    worker,
    extensionId,
    refused,
    extensionRequests,
    async open(url, before) {
      const page = await context.newPage();
      await before?.(page);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async panel(tabId) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html${tabId === undefined ? '' : `?tabId=${tabId}`}`);
      return page;
    },
    async tabIdOf(url, timeoutMs) {
      return waitFor(async () => {
        const all = (await session.currentWorker().evaluate(() => chrome.storage.session.get(null))) as Record<string, { tabId: number; url: string | null }>;
        return Object.values(all).find((s) => s && s.url === url)?.tabId;
      }, `a scan report from ${url}`, timeoutMs);
    },
    async tabState(tabId) {
      const page = await session.panel(tabId);
      try {
        return await page.evaluate((id) => chrome.runtime.sendMessage({ type: 'tab-state:get', tabId: id }), tabId);
      } finally {
        await page.close();
      }
    },
    async badge(tabId) {
      return session.currentWorker().evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    currentWorker() {
      return context.serviceWorkers()[0] ?? worker;
    },
    async close() {
      await context.close();
      if (!options.profile) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

function safeFrameUrl(request: { frame(): { url(): string } }): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

export async function waitFor<T>(probe: () => Promise<T | undefined | null>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
