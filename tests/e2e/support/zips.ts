/** The store zips `npm run zip` writes into .output/, unpacked for the tests. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './sites';

export const OUTPUT = path.join(ROOT, '.output');

/** The zip in .output/ whose name ends with `-<kind>.zip` (its name carries the version). */
export function zipOf(kind: 'chrome' | 'firefox' | 'sources'): string {
  const names = fs.existsSync(OUTPUT) ? fs.readdirSync(OUTPUT).filter((n) => n.endsWith(`-${kind}.zip`)) : [];
  if (names.length !== 1) {
    throw new Error(`Expected one *-${kind}.zip in .output/, found ${names.length}: run \`npm run zip\` first (npm test does).`);
  }
  return path.join(OUTPUT, names[0]!);
}

/** Unpacks a zip into a new temporary folder (with the system's `unzip`). */
export function unzipToTemp(zip: string, prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    execFileSync('unzip', ['-q', zip, '-d', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('`unzip` not found: install it with `sudo apt-get install -y unzip` (.ci/run does).');
    }
    throw error;
  }
  return dir;
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The files that differ between two folders: missing on either side, or with different bytes. */
export function differences(a: string, b: string): string[] {
  const left = filesUnder(a);
  const right = filesUnder(b);
  const out: string[] = [];
  for (const f of left) if (!right.includes(f)) out.push(`only in ${a}: ${f}`);
  for (const f of right) if (!left.includes(f)) out.push(`only in ${b}: ${f}`);
  for (const f of left) {
    if (right.includes(f) && !fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f)))) out.push(`differs: ${f}`);
  }
  return out;
}
