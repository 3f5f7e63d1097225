// @vitest-environment jsdom
/**
 * Hashed shingles, and lib/dataset/fingerprints.json: generated here from
 * tests/fixtures/article-ko.txt. This test fails when the file is stale;
 * `UPDATE_FINGERPRINTS=1 npx vitest run tests/unit/fingerprint.test.ts`
 * rewrites it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintScore, makeFingerprint, shingles, type Fingerprints } from '../../lib/recognition/fingerprint';
import { toSkeleton } from '../../lib/text/normalize';
import { skeletonOf } from './support/skeleton-of';

const ROOT = join(__dirname, '../..');
const FINGERPRINTS = join(ROOT, 'lib/dataset/fingerprints.json');
const KO_TEXT = readFileSync(join(ROOT, 'tests/fixtures/article-ko.txt'), 'utf8');
const PAGES = join(ROOT, 'tests/fixtures/pages');

/** The generator: what lib/dataset/fingerprints.json must hold. */
function generate(): Fingerprints {
  return { ko: makeFingerprint(KO_TEXT, { k: 6, keep: 8 }) };
}

function pageSkeleton(file: string): string {
  const doc = new DOMParser().parseFromString(readFileSync(join(PAGES, file), 'utf8'), 'text/html');
  return skeletonOf(doc.body).text;
}

describe('shingles', () => {
  it('hashes each k-char window, deterministically, as unsigned 32-bit ints', () => {
    const h = shingles('abcdefgh', 6);
    expect(h).toHaveLength(3);
    expect(shingles('abcdefgh', 6)).toEqual(h);
    for (const x of h) expect(Number.isInteger(x) && x >= 0 && x < 2 ** 32).toBe(true);
    expect(new Set(h).size).toBe(3);
    expect(shingles('abcdefgh', 6)[1]).toBe(shingles('bcdefg', 6)[0]);
    expect(shingles('abc', 6)).toEqual([]);
    expect(shingles('가나다라마바', 6)).not.toEqual(shingles('가나다라마사', 6));
  });

  it('never throws on odd input', () => {
    expect(shingles(undefined as unknown as string, 6)).toEqual([]);
    expect(shingles('abc', 0)).toEqual([]);
    expect(fingerprintScore('abc', null)).toBe(0);
    expect(fingerprintScore(null as unknown as string, generate().ko)).toBe(0);
    expect(fingerprintScore('abc', { k: 6, modulo: 8, hashes: [], sourceLength: 0 })).toBe(0);
  });
});

describe('makeFingerprint / fingerprintScore', () => {
  const fp = generate().ko!;

  it('keeps a deterministic, sorted, deduplicated sample of about 1 in 8 shingles', () => {
    const skeleton = toSkeleton(KO_TEXT);
    expect(fp.sourceLength).toBe(skeleton.length);
    const all = new Set(shingles(skeleton, 6));
    expect(fp.hashes.length).toBeGreaterThan(all.size / 16);
    expect(fp.hashes.length).toBeLessThan(all.size / 4);
    for (const h of fp.hashes) expect(h % 8).toBe(0);
    expect([...fp.hashes].sort((a, b) => a - b)).toEqual(fp.hashes);
    expect(new Set(fp.hashes).size).toBe(fp.hashes.length);
  });

  it('scores the edition text 1 and typography changes too, an unrelated text about 0', () => {
    expect(fingerprintScore(toSkeleton(KO_TEXT), fp)).toBe(1);
    const retyped = KO_TEXT.replace(/[“”]/g, '"').replace(/ /g, '\u00a0').normalize('NFD');
    expect(fingerprintScore(toSkeleton(retyped), fp)).toBe(1);
    expect(fingerprintScore(toSkeleton('오늘 날씨는 맑고 기온은 어제보다 조금 높겠습니다.'.repeat(20)), fp)).toBe(0);
  });

  it('degrades with the share of the text present', () => {
    const paragraphs = KO_TEXT.split('\n');
    const two = toSkeleton(paragraphs.slice(0, 2).join('\n'));
    const half = toSkeleton(paragraphs.slice(0, 4).join('\n'));
    const sTwo = fingerprintScore(two, fp);
    const sHalf = fingerprintScore(half, fp);
    expect(sTwo).toBeGreaterThan(0.1);
    expect(sTwo).toBeLessThan(sHalf);
    expect(sHalf).toBeLessThan(1);
  });

  it('keeps a high score through scattered word edits', () => {
    // Change every 25th syllable: about 60 edits over the text.
    const chars = Array.from(KO_TEXT);
    let n = 0;
    for (let i = 0; i < chars.length; i++) if (/[가-힣]/.test(chars[i]!) && ++n % 25 === 0) chars[i] = '뷁';
    const score = fingerprintScore(toSkeleton(chars.join('')), fp);
    expect(score).toBeGreaterThan(0.5);
    expect(score).toBeLessThan(1);
  });

  it('separates the Korean edition pages from a blog quoting it and another translation', () => {
    const scores = Object.fromEntries(
      ['ko-aimatters.html', 'ko-naver.html', 'ko-daum.html', 'ko-blog-quoting.html', 'ko-other-translation.html'].map((f) => [
        f,
        fingerprintScore(pageSkeleton(f), fp),
      ]),
    );
    expect(scores['ko-aimatters.html']).toBeGreaterThan(0.9);
    expect(scores['ko-naver.html']).toBeGreaterThan(0.9);
    expect(scores['ko-daum.html']).toBeGreaterThan(0.9);
    expect(scores['ko-blog-quoting.html']).toBeLessThan(0.4);
    expect(scores['ko-other-translation.html']).toBeLessThan(0.1);
  });
});

describe('lib/dataset/fingerprints.json', () => {
  it('is generated from tests/fixtures/article-ko.txt and up to date', () => {
    const expected = generate();
    // Two-space JSON with the hash list on one line.
    const json = `${JSON.stringify(expected, null, 2).replace(/\[[\d,\s]*\]/g, (list) => JSON.stringify(JSON.parse(list)))}\n`;
    if (process.env.UPDATE_FINGERPRINTS === '1') writeFileSync(FINGERPRINTS, json);
    expect(existsSync(FINGERPRINTS), 'lib/dataset/fingerprints.json is missing: run UPDATE_FINGERPRINTS=1 npx vitest run tests/unit/fingerprint.test.ts').toBe(true);
    const actual = JSON.parse(readFileSync(FINGERPRINTS, 'utf8')) as Fingerprints;
    expect(
      actual,
      'lib/dataset/fingerprints.json is stale: run UPDATE_FINGERPRINTS=1 npx vitest run tests/unit/fingerprint.test.ts',
    ).toEqual(expected);
  });

  it('holds no readable text (hashes only)', () => {
    const raw = readFileSync(FINGERPRINTS, 'utf8');
    expect(raw).not.toMatch(/[가-힣]/);
    const parsed = JSON.parse(raw) as Fingerprints;
    expect(Object.keys(parsed)).toEqual(['ko']);
    expect(Object.keys(parsed.ko!).sort()).toEqual(['hashes', 'k', 'modulo', 'sourceLength']);
  });
});
