/**
 * The store material in docs/store/ stays in step with the package: the
 * listings' name and short description are the manifest's (from _locales),
 * each listing has what both stores ask for, and the screenshots are the
 * stores' 1280×800 in both languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const STORE = join(ROOT, 'docs/store');
const read = (file: string) => readFileSync(file, 'utf8');

/** The text under a `## heading` of a Markdown file, up to the next `## `. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no "## ${heading}"`);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start + heading.length + 5, end < 0 ? undefined : end).trim();
}
/** A section's first paragraph (its notes in parentheses follow it). */
const firstParagraph = (text: string) => text.split(/\n\s*\n/)[0]!.trim();

const LISTINGS = {
  en: {
    file: 'listing.en.md',
    headings: { name: 'Name', short: 'Short description', full: 'Full description', category: 'Category', purpose: 'Single purpose (Chrome)', permissions: 'Permissions', data: 'Data usage', shots: 'Screenshots' },
  },
  ko: {
    file: 'listing.ko.md',
    headings: { name: '이름', short: '짧은 설명', full: '자세한 설명', category: '카테고리', purpose: '단일 목적 (Chrome)', permissions: '권한', data: '데이터 사용', shots: '스크린샷' },
  },
} as const;

describe.each(['en', 'ko'] as const)('the %s store listing', (lang) => {
  const { file, headings } = LISTINGS[lang];
  const text = read(join(STORE, file));
  const messages = JSON.parse(read(join(ROOT, `public/_locales/${lang}/messages.json`))) as Record<string, { message: string }>;

  it('has every part the stores ask for', () => {
    for (const heading of Object.values(headings)) expect(section(text, heading), heading).not.toBe('');
  });

  it('its name and short description are the manifest’s, and the short description fits Chrome’s 132 characters', () => {
    expect(firstParagraph(section(text, headings.name))).toBe(messages.extName!.message);
    const short = firstParagraph(section(text, headings.short));
    expect(short).toBe(messages.extDescription!.message);
    expect([...short].length).toBeLessThanOrEqual(132);
  });

  it('lists exactly the screenshots in docs/store/screenshots/ for its language', () => {
    const listed = [...section(text, headings.shots).matchAll(/`([\w-]+\.png)`/g)].map((m) => m[1]).sort();
    const present = readdirSync(join(STORE, 'screenshots')).filter((f) => f.startsWith(`${lang}-`)).sort();
    expect(present.length).toBeGreaterThan(0);
    expect(listed).toEqual(present);
  });
});

describe('the store screenshots', () => {
  const files = readdirSync(join(STORE, 'screenshots')).filter((f) => f.endsWith('.png'));

  it('come in both languages, the same shots in each', () => {
    const shots = (lang: string) => files.filter((f) => f.startsWith(`${lang}-`)).map((f) => f.slice(3)).sort();
    expect(shots('en').length).toBeGreaterThan(0);
    expect(shots('ko')).toEqual(shots('en'));
    expect(files.every((f) => /^(en|ko)-/.test(f))).toBe(true);
  });

  it.each(files)('%s is 1280×800', (file) => {
    const png = PNG.sync.read(readFileSync(join(STORE, 'screenshots', file)));
    expect([png.width, png.height]).toEqual([1280, 800]);
  });
});
