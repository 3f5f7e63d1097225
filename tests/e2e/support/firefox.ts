/** Debian's Firefox ESR with the built extension installed, driven by puppeteer-core over WebDriver BiDi. */
import crypto from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX, requireBrowser } from './browsers';
import { FIREFOX_BUILD, GECKO_ID, requireBuild } from './extension';
import { serve, type Site } from './sites';
import { waitFor } from './chromium';

export interface FirefoxSession {
  browser: Browser;
  uuid: string;
  refused: string[];
  /** A new tab at `url`; `before` runs on the page before it navigates (listeners, init scripts). */
  open(url: string, before?: (page: Page) => Promise<void> | void): Promise<Page>;
  /** An extension page (moz-extension://UUID/<path>), ready when `selector` appears. */
  extensionPage(pathAndQuery: string, selector: string): Promise<Page>;
  panel(tabId?: number): Promise<Page>;
  tabIdOf(url: string, timeoutMs?: number): Promise<number>;
  tabState(tabId: number): Promise<any>;
  badge(tabId: number): Promise<string>;
  /** Install the extension now (with installLater). */
  install(): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  extension?: string;
  sites?: Site[];
  installLater?: boolean;
  /** Extra Firefox preferences (a proxy, for instance). */
  prefs?: Record<string, unknown>;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  requireBrowser(FIREFOX, 'Firefox');
  const ext = requireBuild(options.extension ?? FIREFOX_BUILD);
  const uuid = crypto.randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'intl.accept_languages': 'en-US',
      'intl.locale.requested': 'en-US',
      ...options.prefs,
    },
  });
  if (!options.installLater) await browser.installExtension(ext);
  const refused: string[] = [];

  const intercept = async (page: Page) => {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (!/^https?:/.test(url)) return void request.continue();
      const served = serve(url, options.sites);
      if (!served) {
        refused.push(url);
        return void request.abort();
      }
      void request.respond({ status: served.status, headers: served.headers, body: served.body });
    });
  };

  let stateHelper: Page | null = null;
  const helper = async () => {
    stateHelper ??= await session.extensionPage('sidepanel.html?tabId=-1', 'body');
    return stateHelper;
  };

  const session: FirefoxSession = {
    browser,
    uuid,
    refused,
    async open(url, before) {
      const page = await browser.newPage();
      await intercept(page);
      await before?.(page);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async extensionPage(pathAndQuery, selector) {
      const page = await browser.newPage();
      // Navigations to moz-extension:// never resolve goto: start it and wait for the page's content.
      page.goto(`moz-extension://${uuid}/${pathAndQuery}`).catch(() => undefined);
      // The wait may hit the page between documents (a BiDi protocol error): wait again.
      await waitFor(() => page.waitForSelector(selector, { timeout: 5_000 }), `${selector} in ${pathAndQuery}`, 20_000);
      return page;
    },
    async panel(tabId) {
      return session.extensionPage(`sidepanel.html${tabId === undefined ? '' : `?tabId=${tabId}`}`, '.app');
    },
    async tabIdOf(url, timeoutMs) {
      const page = await helper();
      return waitFor(async () => {
        const all = (await page.evaluate(() => (globalThis as any).browser.storage.session.get(null))) as Record<string, { tabId: number; url: string | null }>;
        return Object.values(all).find((s) => s && s.url === url)?.tabId;
      }, `a scan report from ${url}`, timeoutMs);
    },
    async tabState(tabId) {
      const page = await helper();
      return page.evaluate((id) => (globalThis as any).browser.runtime.sendMessage({ type: 'tab-state:get', tabId: id }), tabId);
    },
    async badge(tabId) {
      const page = await helper();
      return page.evaluate((id) => (globalThis as any).browser.browserAction.getBadgeText({ tabId: id }), tabId);
    },
    async install() {
      await browser.installExtension(ext);
    },
    async close() {
      await browser.close();
    },
  };
  return session;
}

/** Click a button of the extension's in-page toolbar or card (open shadow root) with the mouse. */
export async function clickInShadow(page: Page, host: string, name: string): Promise<void> {
  const at = await waitFor(
    () =>
      page.evaluate(
        (h, n) => {
          const button = [...(document.querySelector(h)?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent === n);
          const r = button?.getBoundingClientRect();
          return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : undefined;
        },
        host,
        name,
      ),
    `the "${name}" button`,
  );
  await page.mouse.click(at.x, at.y);
}
