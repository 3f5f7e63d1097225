// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Reader } from '../../lib/content/reader';
import { toContentArticle } from '../../lib/dataset/content-article';
import { article } from '../../lib/dataset/article';
import { misquotes, misquoteText } from '../../lib/dataset/misquotes';
import fingerprints from '../../lib/dataset/fingerprints.json';
import { analyzeText } from '../../lib/recognition/analyze';
import type { Fingerprints } from '../../lib/recognition/fingerprint';
import type { ScanReport } from '../../lib/messages';
import { badgeText } from '../../lib/background/tab-state';
import { installFakeHighlights, paintedRanges } from './support/fake-highlights';

const DATA = { article, misquotes: misquotes.map((m) => ({ id: m.id, en: misquoteText(m) })) };

async function scanFixture(file: string) {
  const registry = installFakeHighlights(window);
  const html = readFileSync(join(__dirname, '../fixtures/pages', file), 'utf8');
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  const reports: ScanReport[] = [];
  const reader = new Reader({
    doc: document,
    article: toContentArticle(article),
    analyze: async (input) => analyzeText(input, DATA, fingerprints as Fingerprints),
    report: (r) => reports.push(r),
    onInvalidated: () => undefined,
  });
  await reader.handle({ type: 'scan:run' });
  return { registry, report: reports[reports.length - 1]!, reader };
}

describe('painting by kind, and the report', () => {
  it('renderings get -rendering names, and the report says how the page relates', async () => {
    const { registry, report } = await scanFixture('story-ko-own-translation.html');
    expect(paintedRanges(registry, 'meta-context')).toEqual({
      'meta-context-quote-zuckerberg-rendering': 2,
      'meta-context-quote-spokesperson-rendering': 2,
    });
    expect(report.relation).toMatchObject({ kind: 'coverage' });
    expect(report.quotes.every((q) => q.kind === 'rendering')).toBe(true);
    expect(badgeText({ quotes: report.quotes, relation: report.relation })).toBe('4');
  });

  it('altered quotes get -altered names; the known misquote meta-context-misquote', async () => {
    const spun = await scanFixture('story-en-spun-copy.html');
    expect(Object.keys(paintedRanges(spun.registry, 'meta-context')).sort()).toEqual([
      'meta-context-quote-spokesperson-altered',
      'meta-context-quote-zuckerberg',
      'meta-context-quote-zuckerberg-altered',
    ]);
    expect(spun.report.relation).toMatchObject({ kind: 'copy', edition: 'en' });
    const mis = await scanFixture('story-en-misquote-refuted.html');
    expect(paintedRanges(mis.registry, 'meta-context')).toEqual({ 'meta-context-misquote': 1 });
    expect(badgeText({ quotes: mis.report.quotes, relation: mis.report.relation })).toBe('!');
  });

  it('a page with the story but no key quote gets a mark on the badge; an unrelated page nothing', async () => {
    const cov = await scanFixture('ko-other-translation.html');
    expect(badgeText({ quotes: cov.report.quotes, relation: cov.report.relation })).toBe('•');
    const neg = await scanFixture('story-neg-en-osi.html');
    expect(neg.report.relation).toBeNull();
    expect(badgeText({ quotes: neg.report.quotes, relation: neg.report.relation })).toBe('');
  });
});
