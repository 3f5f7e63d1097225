/**
 * Store readiness, on what `npm run zip` wrote into .output/:
 * - the manifests ask for the least the extension needs (exact lists), forbid eval, and say what the
 *   stores read (Firefox's id, minimum versions, data collection: none); README and the store texts
 *   name every permission they carry;
 * - the Chrome and Firefox zips install in their browser and find the Korean edition;
 * - Firefox's sources zip rebuilds the same extension on its own, byte for byte.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { launchChromium } from './support/chromium';
import { launchFirefox } from './support/firefox';
import { CHROME_BUILD, FIREFOX_BUILD, GECKO_ID } from './support/extension';
import { KEY_QUOTES } from './support/expectations';
import { ROOT, SITES } from './support/sites';
import { differences, filesUnder, unzipToTemp, zipOf } from './support/zips';
import { KNOWN_HOME_MATCHES } from '../../lib/dataset/homes';

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const chrome = readJson(path.join(CHROME_BUILD, 'manifest.json'));
const firefox = readJson(path.join(FIREFOX_BUILD, 'manifest.json'));

/** The API permissions each build asks for at install, and nothing else. */
const CHROME_PERMISSIONS = ['storage', 'activeTab', 'scripting', 'contextMenus', 'sidePanel'];
const FIREFOX_PERMISSIONS = ['storage', 'activeTab', 'scripting', 'contextMenus'];
const NEVER = ['tabs', 'webRequest', 'webRequestBlocking', 'webNavigation', 'history', 'cookies', 'downloads', 'bookmarks', 'clipboardRead', 'debugger', 'management', 'nativeMessaging', 'proxy', 'unlimitedStorage'];
const ALL_SITES = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*'];
const CSP = "script-src 'self'; object-src 'self'";

/** A section of a Markdown file: from its `## heading` to the next one. */
function section(file: string, heading: string): string {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`No "## ${heading}" section in ${file}`);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

/** What a host permission pattern names: `*://www.techcrunch.com/*` → `techcrunch.com` (www. is covered by its host). */
const hostOf = (pattern: string) => pattern.replace(/^\*:\/\/(www\.)?/, '').replace(/\/\*$/, '');

describe('the manifests: least privilege', () => {
  test('Chrome asks for exactly storage, activeTab, scripting, contextMenus and sidePanel, and the known homes as hosts', () => {
    expect(chrome.manifest_version).toBe(3);
    expect([...chrome.permissions].sort()).toEqual([...CHROME_PERMISSIONS].sort());
    expect(chrome.host_permissions).toEqual(KNOWN_HOME_MATCHES);
    expect(chrome.optional_host_permissions).toEqual(['<all_urls>']);
    expect(chrome.optional_permissions).toBeUndefined();
  });

  test('Firefox asks for exactly storage, activeTab, scripting, contextMenus, and the known homes as hosts', () => {
    expect(firefox.manifest_version).toBe(2);
    expect([...firefox.permissions].sort()).toEqual([...FIREFOX_PERMISSIONS, ...KNOWN_HOME_MATCHES].sort());
    expect(firefox.optional_permissions).toEqual(['<all_urls>']);
    expect(firefox.host_permissions).toBeUndefined();
  });

  test('the known homes are named hosts, never a wildcard host; all sites only as an optional permission', () => {
    for (const pattern of KNOWN_HOME_MATCHES) expect(pattern).toMatch(/^\*:\/\/[a-z0-9.-]+\.[a-z]{2,}\/\*$/);
    for (const manifest of [chrome, firefox]) {
      const required = [...manifest.permissions, ...(manifest.host_permissions ?? [])];
      for (const p of [...NEVER, ...ALL_SITES]) expect(required).not.toContain(p);
      const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
      expect([...matches].sort()).toEqual([...KNOWN_HOME_MATCHES].sort());
    }
  });

  test('extension pages run under a CSP that allows only the extension’s own scripts (no eval, no remote code)', () => {
    expect(chrome.content_security_policy).toEqual({ extension_pages: CSP });
    expect(firefox.content_security_policy).toBe(CSP);
    for (const policy of [chrome.content_security_policy.extension_pages, firefox.content_security_policy]) {
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
    }
    // Nothing in the build is exposed to pages, and the pages load only bundled scripts.
    for (const [manifest, dir] of [[chrome, CHROME_BUILD], [firefox, FIREFOX_BUILD]] as const) {
      expect(manifest.web_accessible_resources).toBeUndefined();
      for (const html of filesUnder(dir).filter((f) => f.endsWith('.html'))) {
        const srcs = [...fs.readFileSync(path.join(dir, html), 'utf8').matchAll(/<script[^>]*\ssrc="([^"]*)"/g)].map((m) => m[1]!);
        expect(srcs.length, html).toBeGreaterThan(0);
        for (const src of srcs) expect(src, html).toMatch(/^\/[\w/.-]+\.js$/);
      }
    }
  });

  test('Firefox: the add-on id, the minimum versions and “no data collected”', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(chrome.minimum_chrome_version).toBe('116');
  });
});

describe('README and the store texts name what the manifests carry', () => {
  const apiPermissions = [...new Set([...chrome.permissions, ...firefox.permissions].filter((p: string) => !p.includes('://')))] as string[];
  const hosts = [...new Set([...chrome.host_permissions, ...firefox.permissions.filter((p: string) => p.includes('://'))].map(hostOf))] as string[];
  const optional = [...new Set([...chrome.optional_host_permissions, ...firefox.optional_permissions])] as string[];

  test('README’s “Permissions, and why” has a row for every permission and names every host', () => {
    const text = section('README.md', 'Permissions, and why');
    const rows = text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Permission') && !l.startsWith('|---'));
    for (const p of [...apiPermissions, ...optional]) expect(rows.some((r) => r.split('|')[1]!.includes(`\`${p}\``)), p).toBe(true);
    for (const h of hosts) expect(text, h).toContain(h);
    // …and says which it does not have (the manifests' lists above hold none of them).
    const hasNo = text.split('\n').find((l) => l.startsWith('It has no ')) ?? '';
    for (const p of ['tabs', 'webRequest', 'history', 'cookies']) expect(hasNo).toContain(`\`${p}\``);
  });

  test('README’s Install and Privacy sections state the manifests’ minimum versions and data collection', () => {
    const install = section('README.md', 'Install');
    expect(install).toContain(`Chrome** (${chrome.minimum_chrome_version} or later)`);
    expect(install).toContain(`Firefox** (${parseInt(firefox.browser_specific_settings.gecko.strict_min_version, 10)} or later)`);
    const privacy = section('README.md', 'Privacy');
    expect(privacy).toContain(`\`data_collection_permissions: ${firefox.browser_specific_settings.gecko.data_collection_permissions.required.join(', ')}\``);
  });

  test('the store listings justify every permission and host, in English and Korean', () => {
    for (const file of ['docs/store/listing.en.md', 'docs/store/listing.ko.md']) {
      const text = section(file, file.endsWith('en.md') ? 'Permissions' : '권한');
      for (const p of [...apiPermissions, ...optional]) expect(text, `${file}: ${p}`).toContain(`\`${p}\``);
      for (const h of hosts) expect(text, `${file}: ${h}`).toContain(h);
    }
  });
});

describe('the store zips install', () => {
  const temp: string[] = [];
  afterAll(() => {
    for (const dir of temp) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the Chrome zip holds the Chrome build; loaded in Chromium, it finds the Korean edition', async () => {
    const dir = unzipToTemp(zipOf('chrome'), 'meta-context-chrome-zip-');
    temp.push(dir);
    expect(differences(dir, CHROME_BUILD)).toEqual([]);
    const s = await launchChromium({ extension: dir });
    try {
      await s.open(SITES.aimatters.url);
      const state = await s.tabState(await s.tabIdOf(SITES.aimatters.url));
      expect(state.article?.edition).toBe('ko');
      expect(state.quotes).toHaveLength(KEY_QUOTES.length);
      expect(s.refused).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('the Firefox zip holds the Firefox build; installed in Firefox, it finds the Korean edition', async () => {
    const dir = unzipToTemp(zipOf('firefox'), 'meta-context-firefox-zip-');
    temp.push(dir);
    expect(differences(dir, FIREFOX_BUILD)).toEqual([]);
    const s = await launchFirefox({ extension: dir });
    try {
      await s.open(SITES.aimatters.url);
      const state = await s.tabState(await s.tabIdOf(SITES.aimatters.url));
      expect(state.article?.edition).toBe('ko');
      expect(state.quotes).toHaveLength(KEY_QUOTES.length);
      expect(s.refused).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test(
    'Firefox’s sources zip rebuilds the same extension on its own: unzip, npm ci, npm run build, identical files',
    () => {
      const dir = unzipToTemp(zipOf('sources'), 'meta-context-sources-');
      temp.push(dir);
      const files = filesUnder(dir);
      // Sources only: no dependencies, builds, zips, VCS data or local results.
      for (const f of files) expect(f).not.toMatch(/^(node_modules|\.output|\.wxt|\.git|demo-output|test-results|bench-results)\/|\.zip$/);
      for (const f of ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'LICENSE', 'THIRD_PARTY_NOTICES.md']) expect(files).toContain(f);
      // README's build instructions, as a reviewer runs them (from npm's cache when it holds the packages).
      // …in a plain shell: without the variables vitest sets (NODE_ENV=test and Vite's modes change the build),
      // nor those of the npm run that started the tests (they name this project's folder and package).
      const env: NodeJS.ProcessEnv = {};
      for (const [key, value] of Object.entries(process.env)) {
        if (/^(NODE_ENV|TEST|VITEST.*|MODE|DEV|PROD|SSR|BASE_URL|INIT_CWD)$/.test(key)) continue;
        if (/^npm_/i.test(key) && !/^npm_config_(cache|registry|userconfig|globalconfig|cafile|proxy|https_proxy|noproxy|strict_ssl)$/i.test(key)) continue;
        env[key] = value;
      }
      Object.assign(env, { CI: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' });
      execFileSync('npm', ['ci', '--prefer-offline'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
      execFileSync('npm', ['run', 'build'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
      expect(differences(path.join(dir, '.output/firefox-mv2'), FIREFOX_BUILD)).toEqual([]);
      expect(differences(path.join(dir, '.output/chrome-mv3'), CHROME_BUILD)).toEqual([]);
    },
    600_000,
  );
});
