import { defineConfig } from 'wxt';
import { assertValidDataset } from './lib/dataset/validate';
import { contentArticlePlugin } from './lib/build/content-article-plugin';
import { KNOWN_HOME_MATCHES } from './lib/dataset/homes';

/** Firefox add-on id; fixed so that storage and the e2e tests' UUID mapping stay stable. */
export const GECKO_ID = 'meta-context@reading-companion';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // A dataset that fails its schema fails the build, naming the item and the field.
    'build:before': async () => {
      await assertValidDataset();
    },
  },
  // `npm run dev` opens the Korean edition (the real page: on a desktop with a network).
  webExt: {
    startUrls: ['https://aimatters.co.kr/news-report/ai-news/27841'],
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: [
      '.ci/**',
      'demo-output/**',
      'bench-results/**',
      'test-results/**',
      'docs/screenshots/**',
      'docs/store/screenshots/**',
      // The false-positive and performance corpus: not needed to build the extension.
      'tests/fixtures/readability/**',
      '**/*.log',
      '.git/**',
      '.wxt/**',
    ],
  },
  manifest: ({ browser, manifestVersion }) => {
    const firefox = browser === 'firefox';
    const mv2 = manifestVersion === 2;
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      // The known homes are where the content script runs anyway; as host permissions they also let
      // the extension scan tabs already open there when it is installed or updated.
      permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', ...(mv2 ? KNOWN_HOME_MATCHES : [])],
      ...(mv2 ? {} : { host_permissions: KNOWN_HOME_MATCHES }),
      // The all-sites permission is optional: asked for from a reader's click, revocable.
      ...(mv2 ? { optional_permissions: ['<all_urls>'] } : { optional_host_permissions: ['<all_urls>'] }),
      action: { default_title: '__MSG_actionTitle__' },
      commands: {
        [firefox ? '_execute_sidebar_action' : '_execute_action']: {
          suggested_key: { default: 'Alt+Shift+M' },
          description: '__MSG_commandOpenPanel__',
        },
        'scan-page': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandScanPage__' },
        'next-quote': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandNextQuote__' },
        'previous-quote': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commandPreviousQuote__' },
      },
      content_security_policy: mv2
        ? "script-src 'self'; object-src 'self'"
        : { extension_pages: "script-src 'self'; object-src 'self'" },
      ...(firefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: GECKO_ID,
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              // data_collection_permissions needs Firefox for Android 142.
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : { minimum_chrome_version: '116' }),
    };
  },
  vite: () => ({
    plugins: [contentArticlePlugin()],
    build: { chunkSizeWarningLimit: 800, sourcemap: !!process.env.WXT_SM },
  }),
});
