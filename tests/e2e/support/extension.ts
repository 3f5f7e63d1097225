/** The built extension, as the e2e tests load it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './sites';

export const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv2');
export const GECKO_ID = 'meta-context@reading-companion';

export function requireBuild(dir: string): string {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No build at ${path.relative(ROOT, dir)}: run \`npm run build\` first (npm test does).`);
  }
  return dir;
}

/**
 * A copy of a build whose manifest grants extra host access: how the tests
 * model a reader who granted the optional all-sites permission.
 */
export function withHostPermissions(dir: string, origins: string[]): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'meta-context-ext-'));
  fs.cpSync(requireBuild(dir), copy, { recursive: true });
  const file = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (manifest.manifest_version === 3) manifest.host_permissions = [...(manifest.host_permissions ?? []), ...origins];
  else manifest.permissions = [...(manifest.permissions ?? []), ...origins];
  fs.writeFileSync(file, JSON.stringify(manifest));
  return copy;
}
