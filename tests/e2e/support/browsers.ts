/** Where the e2e tests find the browsers, with a clear message when one is missing. */
import fs from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function requireBrowser(path: string, name: string): void {
  if (!fs.existsSync(path)) {
    throw new Error(
      `${name} not found at ${path}. Install the browsers with: sudo apt-get install -y chromium firefox-esr fonts-noto-cjk ` +
        `(or set ${name === 'Chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'}).`,
    );
  }
}
