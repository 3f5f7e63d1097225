/**
 * No script of the extension listens to `message` events or posts messages
 * on a window: a page can post anything to its window, so such messages are
 * never a channel the extension trusts (its contexts talk through
 * browser.runtime, whose senders the background checks). The hostile-page
 * battery (tests/e2e/hostile.e2e.ts) checks the other direction in the
 * browsers: the page receives no message from the extension.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

const PATTERNS: Array<[string, RegExp]> = [
  ["a 'message' event listener", /addEventListener\(\s*['"`]message(error)?['"`]/],
  ['an onmessage handler', /\.onmessage\s*=/],
  ['window.postMessage', /\bpostMessage\s*\(/],
];

describe('window messages', () => {
  const files = ['entrypoints', 'lib', 'components'].flatMap(sources);

  it('finds the extension’s sources', () => {
    expect(files).toContain(path.join('entrypoints', 'content', 'index.ts'));
  });

  it('no source listens to or posts window messages', () => {
    const found = files.flatMap((file) => {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      return PATTERNS.filter(([, re]) => re.test(text)).map(([what]) => `${file}: ${what}`);
    });
    expect(found).toEqual([]);
  });
});
