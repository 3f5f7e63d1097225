/**
 * Dependencies point one way: in-page and background code never import the
 * panel's modules, the panel never imports in-page modules, and the shared
 * layers (recognition, dataset, text, i18n, annotations, settings) import none
 * of the three. Type-only imports count too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');

type Side = 'panel' | 'page' | 'background' | 'shared';

const SIDES: ReadonlyArray<[string, Side]> = [
  ['lib/panel/', 'panel'],
  ['components/', 'panel'],
  ['entrypoints/sidepanel/', 'panel'],
  ['entrypoints/options/', 'panel'],
  ['entrypoints/highlights/', 'panel'],
  ['lib/library/', 'panel'],
  ['lib/content/', 'page'],
  ['lib/page/', 'page'],
  ['entrypoints/content/', 'page'],
  ['entrypoints/selection-toolbar.ts', 'page'],
  ['lib/background/', 'background'],
  ['entrypoints/background.ts', 'background'],
];

function sideOf(file: string): Side {
  return SIDES.find(([prefix]) => file.startsWith(prefix))?.[1] ?? 'shared';
}

/** What each side may not import. */
const FORBIDDEN: Record<Side, readonly Side[]> = {
  page: ['panel', 'background'],
  background: ['panel', 'page'],
  panel: ['page'],
  shared: ['panel', 'page', 'background'],
};

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const p = posix.join(dir, e.name);
    if (e.isDirectory()) sourceFiles(p, out);
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const SPEC = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** The repository files `file` imports (relative and `~/` imports; packages and virtual modules left out). */
export function importsOf(file: string, source: string, exists: (p: string) => boolean): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(SPEC)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    let base: string;
    if (spec.startsWith('~/') || spec.startsWith('@/')) base = spec.slice(2);
    else if (spec.startsWith('.')) base = posix.normalize(posix.join(posix.dirname(file), spec));
    else continue;
    const found = ['', '.ts', '.tsx', '/index.ts'].map((e) => base + e).find(exists);
    if (found) out.push(found);
  }
  return out;
}

/** Every import that goes the wrong way, as "from → to". */
export function wrongWay(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const bad: string[] = [];
  for (const [from, tos] of graph) for (const to of tos) if (FORBIDDEN[sideOf(from)].includes(sideOf(to))) bad.push(`${from} → ${to}`);
  return bad;
}

const isFile = (p: string) => existsSync(join(ROOT, p)) && statSync(join(ROOT, p)).isFile();
const files = ['lib', 'components', 'entrypoints'].flatMap((d) => sourceFiles(d));
const graph = new Map(files.map((f) => [f, importsOf(f, readFileSync(join(ROOT, f), 'utf8'), isFile)]));

function reachable(entry: string): Set<string> {
  const seen = new Set<string>([entry]);
  const todo = [entry];
  while (todo.length) for (const next of graph.get(todo.pop()!) ?? []) if (!seen.has(next)) (seen.add(next), todo.push(next));
  return seen;
}

describe('the layout: dependencies point one way', () => {
  it('reads the imports of every module (the graph is not empty)', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(graph.get('entrypoints/background.ts')!.length).toBeGreaterThan(5);
    expect(graph.get('lib/page/scan.ts')).toContain('lib/recognition/cheap-check.ts');
  });

  it('has no import going the wrong way', () => {
    expect(wrongWay(graph)).toEqual([]);
  });

  it('flags a wrong-way import, type-only ones included', () => {
    const src = (line: string) => importsOf('lib/background/x.ts', line, (p) => p === 'lib/panel/strings.ts' || p === 'lib/content/reader.ts');
    expect(wrongWay(new Map([['lib/background/x.ts', src("import type { S } from '../panel/strings';")]]))).toEqual(['lib/background/x.ts → lib/panel/strings.ts']);
    expect(wrongWay(new Map([['components/X.tsx', ['lib/content/reader.ts']]]))).toHaveLength(1);
    expect(wrongWay(new Map([['lib/dataset/x.ts', ['lib/background/quote-card.ts']]]))).toHaveLength(1);
  });

  it('keeps the panel out of the background and content script bundles, and the page code out of the panel', () => {
    for (const entry of ['entrypoints/background.ts', 'entrypoints/content/index.ts', 'entrypoints/selection-toolbar.ts']) {
      const panel = [...reachable(entry)].filter((f) => sideOf(f) === 'panel');
      expect(panel, entry).toEqual([]);
    }
    for (const entry of ['entrypoints/sidepanel/main.tsx', 'entrypoints/options/main.tsx']) {
      expect([...reachable(entry)].filter((f) => sideOf(f) === 'page'), entry).toEqual([]);
    }
  });

  it('keeps at most a handful of loose modules directly under lib/', () => {
    const loose = readdirSync(join(ROOT, 'lib')).filter((n) => /\.tsx?$/.test(n));
    expect(loose.length, loose.join(', ')).toBeLessThanOrEqual(4);
  });
});

describe('no file over about 300 lines in lib/, components/ and entrypoints/, data and schemas aside', () => {
  it('holds', () => {
    const long = files
      .filter((f) => !/schema\.ts$/.test(f))
      .map((f) => [f, readFileSync(join(ROOT, f), 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 320);
    expect(long).toEqual([]);
  });
});

