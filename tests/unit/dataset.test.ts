import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  article,
  dataset,
  documentById,
  editionByLang,
  glossary,
  keyQuotes,
  quoteById,
  speakerById,
  timeline,
} from '../../lib/dataset';
import { article as articleOnly } from '../../lib/dataset/article';
import {
  assertValidDataset,
  containsFabricatedQuote,
  koreanQuotesNotIn,
  validateDataset,
} from '../../lib/dataset/validate';
import type { Dataset } from '../../lib/dataset/schema';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const KOREAN_TEXT = readFileSync(join(ROOT, 'tests/fixtures/article-ko.txt'), 'utf8');

/** The known fabricated quote (not in the article; must appear nowhere in the dataset or lib/). */
const FABRICATED =
  "We probably won't open source all of our superintelligence AI models. Some capabilities are just too powerful to release openly.";
const FABRICATED_SENTENCES = [
  "We probably won't open source all of our superintelligence AI models.",
  'Some capabilities are just too powerful to release openly.',
];

/** This test's own normaliser (independent of lib/dataset/validate.ts): letters and digits only, lower-case. */
function squash(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A deep copy of the bundled dataset to break on purpose. */
function copy(): Dataset {
  return structuredClone(dataset);
}

function errorsOf(raw: unknown): string[] {
  const result = validateDataset(raw);
  if (result.ok) throw new Error('expected validateDataset to fail');
  return result.errors;
}

const QUOTE_IDS = [
  'q1-letter-benefits',
  'q2-letter-safety-open-source',
  'q3-2024-letter-most-advanced',
  'q4-podcast-qualitative-change',
  'q5-releasing-llama-revenue',
  'q6-rivals-automating-all-valuable-work',
  'q7-personal-superintelligence-phrase',
  'q8-letter-glasses',
  'q9-spokesperson-unchanged',
  'q10-spokesperson-mix',
  'q11-earnings-call-not-changed',
  'q12-letter-first-frontier-level',
  'q13-osi-llama-2-not-open-source',
  'q14-osi-no-need-for-osaid',
  'q15-osi-eu-exclusion',
];

describe('bundled dataset', () => {
  it('passes validateDataset (schema and integrity checks)', () => {
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('passes assertValidDataset (the build:before check)', async () => {
    await expect(assertValidDataset()).resolves.toBeUndefined();
  });

  it('is used at runtime exactly as written: parsing changes nothing', () => {
    const result = validateDataset(dataset);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.data).toEqual(dataset);
  });

  it('exposes the same article from lib/dataset and lib/dataset/article', () => {
    expect(articleOnly).toBe(article);
    expect(dataset.article).toBe(article);
    expect(dataset.timeline).toBe(timeline);
    expect(dataset.glossary).toBe(glossary);
  });
});

describe('article quotes', () => {
  it('has all 15 quotes of the facts, in order', () => {
    expect(article.quotes.map((q) => q.id)).toEqual(QUOTE_IDS);
  });

  it('has 8 key quotes, in order', () => {
    expect(keyQuotes(article).map((q) => q.id)).toEqual([
      'q1-letter-benefits',
      'q2-letter-safety-open-source',
      'q3-2024-letter-most-advanced',
      'q4-podcast-qualitative-change',
      'q5-releasing-llama-revenue',
      'q8-letter-glasses',
      'q9-spokesperson-unchanged',
      'q10-spokesperson-mix',
    ]);
    expect(article.quotes.filter((q) => q.role === 'phrase').map((q) => q.id)).toEqual([
      'q6-rivals-automating-all-valuable-work',
      'q7-personal-superintelligence-phrase',
    ]);
  });

  it('has every Korean quote verbatim in the Korean edition (tests/fixtures/article-ko.txt)', () => {
    const withKo = article.quotes.filter((q) => q.ko !== null);
    expect(withKo).toHaveLength(10);
    for (const q of withKo) expect(KOREAN_TEXT.includes(q.ko!), `${q.id}: ${q.ko}`).toBe(true);
    expect(koreanQuotesNotIn(KOREAN_TEXT, article)).toEqual([]);
  });

  it('koreanQuotesNotIn reports a Korean quote that is not verbatim, naming it', () => {
    const broken = copy().article;
    // One character changed (a period added): no longer verbatim.
    broken.quotes[2]!.ko = `${broken.quotes[2]!.ko}.`;
    expect(koreanQuotesNotIn(KOREAN_TEXT, broken)).toEqual([
      'article.quotes[2] (id "q3-2024-letter-most-advanced"): ko: not a verbatim substring of the Korean edition',
    ]);
    expect(koreanQuotesNotIn('', article)).toHaveLength(10);
  });

  it('has no Korean only for the context statements (the earnings call, q12-q15)', () => {
    const noKo = article.quotes.filter((q) => q.ko === null);
    expect(noKo.map((q) => q.id)).toEqual(QUOTE_IDS.slice(10));
    for (const c of noKo) expect(c.role, c.id).toBe('context');
    const [q] = noKo;
    expect(documentById(article, q!.said.documentId)?.kind).toBe('earnings-call');
  });

  it('keeps the facts’ typography (curly apostrophes) in the English quotes', () => {
    expect(quoteById(article, 'q2-letter-safety-open-source')?.en).toContain('We’ll need to be rigorous');
    expect(quoteById(article, 'q5-releasing-llama-revenue')?.en).toContain('doesn’t undercut');
    expect(quoteById(article, 'q10-spokesperson-mix')?.en).toContain('We haven’t released everything we’ve developed');
    // …and straight ones where the facts have straight ones.
    expect(quoteById(article, 'q4-podcast-qualitative-change')?.en).toContain("there's some qualitative change");
    expect(quoteById(article, 'q11-earnings-call-not-changed')?.en).toMatch(/^I don't think/);
  });

  it('maps each quote’s verification to a level no firmer than the facts', () => {
    const levels = Object.fromEntries(article.quotes.map((q) => [q.id, q.verification.level]));
    expect(levels).toEqual({
      'q1-letter-benefits': 'verified',
      'q2-letter-safety-open-source': 'verified',
      'q3-2024-letter-most-advanced': 'verified',
      'q4-podcast-qualitative-change': 'partial',
      'q5-releasing-llama-revenue': 'partial',
      'q6-rivals-automating-all-valuable-work': 'partial',
      'q7-personal-superintelligence-phrase': 'verified',
      'q8-letter-glasses': 'partial',
      'q9-spokesperson-unchanged': 'secondary',
      'q10-spokesperson-mix': 'secondary',
      'q11-earnings-call-not-changed': 'secondary',
      'q12-letter-first-frontier-level': 'verified',
      'q13-osi-llama-2-not-open-source': 'verified',
      'q14-osi-no-need-for-osaid': 'partial',
      'q15-osi-eu-exclusion': 'partial',
    });
    // A note that says "NOT seen", "not verbatim", "only partially" or "only fragments" is never "verified".
    for (const q of article.quotes) {
      if (/NOT seen|not verbatim|only partially|only fragments/.test(q.verification.note)) {
        expect(q.verification.level, q.id).not.toBe('verified');
      }
    }
  });

  it('links quotes to the right speakers and documents', () => {
    const by = (id: string) => quoteById(article, id)!;
    expect(speakerById(article, by('q9-spokesperson-unchanged').speakerId)?.id).toBe('meta-spokesperson');
    expect(speakerById(article, by('q1-letter-benefits').speakerId)?.id).toBe('zuckerberg');
    expect(by('q3-2024-letter-most-advanced').said.documentId).toBe('letter-2024');
    expect(by('q5-releasing-llama-revenue').said.documentId).toBe('letter-2024');
    expect(by('q4-podcast-qualitative-change').said.documentId).toBe('podcast-2024');
    expect(by('q8-letter-glasses').said.documentId).toBe('letter-2025');
    expect(documentById(article, 'podcast-2024')?.url).toBe('https://www.dwarkeshpatel.com/p/mark-zuckerberg');
    expect(quoteById(article, 'nope')).toBeUndefined();
    expect(documentById(article, null)).toBeUndefined();
  });
});

describe('editions', () => {
  it('has one edition per language, with the facts’ URLs and certainty', () => {
    expect(article.editions.map((e) => e.lang).sort()).toEqual(['en', 'ko']);
    const en = editionByLang(article, 'en')!;
    const ko = editionByLang(article, 'ko')!;
    expect(en.url).toBe('https://techcrunch.com/2025/07/30/zuckerberg-says-meta-likely-wont-open-source-all-of-its-superintelligence-ai-models/');
    expect(en.author?.verification.level).toBe('unverified');
    expect(ko.url).toBe('https://aimatters.co.kr/news-report/ai-news/27841');
    expect(ko.headline).toBeNull();
    expect(ko.author).toBeNull();
    expect(ko.date).toEqual({ value: '2025-07-30', certainty: 'uncertain', note: 'or 2025-07-31 (unverified)' });
  });
});

describe('every item carries its source and verification', () => {
  const levels = ['verified', 'partial', 'secondary', 'unverified'];
  const sourced = [
    ...article.quotes.map((q) => ['quote', q.id, q] as const),
    ...timeline.map((e) => ['event', e.id, e] as const),
    ...glossary.map((g) => ['glossary', g.id, g] as const),
  ];
  it.each(sourced)('%s %s', (_kind, _id, item) => {
    expect(item.source.text.trim()).not.toBe('');
    for (const url of item.source.urls) expect(url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
    expect(levels).toContain(item.verification.level);
    expect(item.verification.note.trim()).not.toBe('');
  });
  it.each(article.editions.map((e) => [e.id, e] as const))('edition %s', (_id, e) => {
    expect(e.url).toMatch(/^https:\/\//);
    expect(levels).toContain(e.verification.level);
    expect(e.verification.note.trim()).not.toBe('');
  });
});

describe('ids and references', () => {
  it('has unique ids in every list', () => {
    const lists: Record<string, { id: string }[]> = {
      quotes: article.quotes,
      editions: article.editions,
      documents: article.documents,
      speakers: article.speakers,
      timeline,
      glossary,
    };
    for (const [name, items] of Object.entries(lists)) {
      const ids = items.map((i) => i.id);
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });

  it('resolves every reference', () => {
    const eventIds = new Set(timeline.map((e) => e.id));
    const glossaryIds = new Set(glossary.map((g) => g.id));
    for (const q of article.quotes) {
      expect(speakerById(article, q.speakerId), q.id).toBeDefined();
      expect(q.said.documentId, q.id).not.toBeNull();
      expect(documentById(article, q.said.documentId), q.id).toBeDefined();
    }
    for (const s of article.speakers) expect(s.glossaryId === null || glossaryIds.has(s.glossaryId), s.id).toBe(true);
    for (const g of glossary) for (const e of g.eventIds) expect(eventIds.has(e), `${g.id} -> ${e}`).toBe(true);
  });
});

describe('the fabricated quote', () => {
  it('is detected by this test’s normaliser and by containsFabricatedQuote, whatever the typography', () => {
    const variants = [
      FABRICATED,
      FABRICATED.replace("won't", 'won’t'),
      FABRICATED.toUpperCase(),
      FABRICATED.replace('open source', 'open-source').replace(/ /g, '  '),
      `“${FABRICATED_SENTENCES[1]!.toLowerCase()}”`,
    ];
    for (const v of variants) expect(containsFabricatedQuote(v), v).toBe(true);
    expect(containsFabricatedQuote('Zuckerberg signals Meta won’t open source all of its ‘superintelligence’ AI models')).toBe(false);
    expect(squash('We  probably WON’T open-source')).toBe(squash("we probably won't open source"));
  });

  it('appears nowhere in the dataset', () => {
    const text = squash(JSON.stringify(dataset));
    for (const s of FABRICATED_SENTENCES) expect(text.includes(squash(s)), s).toBe(false);
  });

  it('appears in no file under lib/', () => {
    const files = filesUnder(join(ROOT, 'lib'));
    expect(files.length).toBeGreaterThan(5);
    expect(files.map((f) => relative(ROOT, f))).toContain('lib/dataset/data/article.json');
    for (const file of files) {
      const text = squash(readFileSync(file, 'utf8'));
      for (const s of FABRICATED_SENTENCES) expect(text.includes(squash(s)), `${relative(ROOT, file)}: ${s}`).toBe(false);
    }
  });
});

describe('timeline', () => {
  it('marks exactly the events after the article as later', () => {
    for (const e of timeline) expect(e.later, e.id).toBe(e.kind === 'after');
    expect(timeline.filter((e) => e.later).map((e) => e.id)).toEqual([
      '2025-10-22-msl-600-roles-cut',
      '2025-11-19-lecun-leaves-meta',
      '2025-12-09-avocado-may-be-closed',
      '2026-04-06-axios-eventual-open-source',
      '2026-04-08-muse-spark-launch',
      '2026-06-wang-muse-spark-closed-safety',
    ]);
  });

  it('has dates within 2011..2026, partial dates kept partial, in order', () => {
    const dates = [
      ...timeline.map((e) => [e.id, e.date] as const),
      ...article.quotes.map((q) => [q.id, q.said.when] as const),
      ...article.documents.map((d) => [d.id, d.date] as const),
      ...article.editions.map((e) => [e.id, e.date] as const),
    ];
    for (const [id, date] of dates) {
      const year = Number(date.value.slice(0, 4));
      expect(year, id).toBeGreaterThanOrEqual(2011);
      expect(year, id).toBeLessThanOrEqual(2026);
    }
    const values = timeline.map((e) => e.date.value);
    expect([...values].sort()).toEqual(values);
    expect(timeline.find((e) => e.id === '2013-05-react-open-sourced')?.date).toEqual({ value: '2013-05', certainty: 'exact' });
    expect(timeline.find((e) => e.id === '2017-01-pytorch-release')?.date.value).toBe('2017-01');
    const osi = timeline.find((e) => e.id.startsWith('2025-02-'))!;
    expect(osi.date.value).toBe('2025-02');
    expect(osi.date.certainty).toBe('uncertain');
    expect(osi.date.note).toMatch(/unverified/);
    expect(osi.verification.level).toBe('partial');
    expect(timeline).toHaveLength(38);
  });

  it('uses ids that start with the event’s date', () => {
    for (const e of timeline) expect(e.id.startsWith(`${e.date.value}-`), e.id).toBe(true);
  });
});

describe('glossary', () => {
  it('has the expected entries', () => {
    expect(glossary.map((g) => g.id)).toEqual([
      'meta',
      'mark-zuckerberg',
      'llama',
      'behemoth',
      'scale-ai',
      'alexandr-wang',
      'meta-superintelligence-labs',
      'openai',
      'xai',
      'google-deepmind',
      'gpt-4',
      'techcrunch',
      'open-source-initiative',
      'open-source-ai-definition',
    ]);
  });

  it('has the Korean article’s spellings among the aliases', () => {
    const ko = glossary.flatMap((g) => g.aliases.ko);
    for (const name of ['라마', '베히모스', '스케일 AI', '메타 초지능 연구소', '메타', '저커버그', '오픈AI', '구글 딥마인드', '테크크런치']) {
      expect(ko, name).toContain(name);
    }
    // Every entry the Korean article mentions can be found in it by one of its Korean aliases.
    const notInArticle = new Set(['alexandr-wang', 'open-source-initiative']);
    for (const g of glossary.filter((g) => !notInArticle.has(g.id))) {
      expect(g.aliases.ko.some((a) => KOREAN_TEXT.includes(a)), g.id).toBe(true);
    }
    expect(glossary.find((g) => g.id === 'behemoth')?.verification.level).toBe('secondary');
  });

  it('puts Korean quotation marks only around words of the Korean edition', () => {
    const uiKo = [
      ...timeline.map((e) => [e.id, e.title.ko] as const),
      ...glossary.map((g) => [g.id, g.description.ko] as const),
      ['article.title', article.title.ko] as const,
    ];
    for (const [id, text] of uiKo) {
      for (const m of text.matchAll(/[“‘]([^”’]*[\p{Script=Hangul}][^”’]*)[”’]/gu)) {
        expect(KOREAN_TEXT.includes(m[1]!), `${id}: ${m[1]}`).toBe(true);
      }
    }
  });
});

describe('validateDataset rejects broken copies, naming the item and the field', () => {
  it('a quote with empty en', () => {
    const d = copy();
    d.article.quotes[3]!.en = '';
    expect(errorsOf(d)).toContain(
      'article.quotes[3] (id "q4-podcast-qualitative-change"): en: Too small: expected string to have >=1 characters',
    );
  });

  it('a duplicate id', () => {
    const d = copy();
    d.timeline[1]!.id = d.timeline[0]!.id;
    expect(errorsOf(d)).toEqual([
      'timeline[1] (id "2011-04-07-open-compute-project"): id: duplicate id "2011-04-07-open-compute-project" (also timeline[0])',
      // The renamed event's old id is gone, so the glossary's link to it dangles.
      'glossary[0] (id "meta"): eventIds[1]: refers to timeline event "2013-05-react-open-sourced", which does not exist',
    ]);
    const q = copy();
    q.article.quotes[10]!.id = 'q1-letter-benefits';
    expect(errorsOf(q).join('\n')).toMatch(/article\.quotes\[10\] \(id "q1-letter-benefits"\): id: duplicate id/);
  });

  it('a dangling speakerId', () => {
    const d = copy();
    d.article.quotes[0]!.speakerId = 'nobody';
    expect(errorsOf(d)).toEqual([
      'article.quotes[0] (id "q1-letter-benefits"): speakerId: refers to speaker "nobody", which does not exist',
    ]);
  });

  it('other dangling references (document, glossary entry, timeline event)', () => {
    const d = copy();
    d.article.quotes[1]!.said.documentId = 'letter-1999';
    d.article.speakers[0]!.glossaryId = 'no-such-entry';
    d.glossary[2]!.eventIds.push('2099-01-01-nothing');
    const errors = errorsOf(d).join('\n');
    expect(errors).toContain('article.quotes[1] (id "q2-letter-safety-open-source"): said.documentId: refers to document "letter-1999"');
    expect(errors).toContain('article.speakers[0] (id "zuckerberg"): glossaryId: refers to glossary entry "no-such-entry"');
    expect(errors).toContain('glossary[2] (id "llama"): eventIds[16]: refers to timeline event "2099-01-01-nothing"');
  });

  it('the fabricated quote inserted, in any typography', () => {
    const d = copy();
    d.glossary[0]!.description.en += ` Zuckerberg: “${FABRICATED.replace("won't", 'won’t').toUpperCase()}”`;
    expect(errorsOf(d)).toEqual([
      'glossary[0] (id "meta"): description.en: contains the known fabricated quote (on not open-sourcing all superintelligence models), which is not in the article',
    ]);

    const q = copy();
    q.article.quotes.push({ ...structuredClone(q.article.quotes[0]!), id: 'q12-fake', en: FABRICATED, ko: null, role: 'context' });
    expect(errorsOf(q)).toContain(
      'article.quotes[15] (id "q12-fake"): en: contains the known fabricated quote (on not open-sourcing all superintelligence models), which is not in the article',
    );

    const half = copy();
    half.timeline[8]!.title.en = FABRICATED_SENTENCES[1]!.replace('openly', 'OPENLY');
    expect(errorsOf(half).join('\n')).toContain('timeline[8] (id "2023-07-18-llama-2-release"): title.en: contains the known fabricated quote');
  });

  it('a second edition in the same language', () => {
    const d = copy();
    d.article.editions[1]!.lang = 'en';
    expect(errorsOf(d)).toEqual([
      'article.editions: lang: expected exactly one edition in "en", found 2 (article.editions[0], article.editions[1])',
      'article.editions: lang: expected exactly one edition in "ko", found 0',
    ]);
  });

  it('a blank source, a bad level, a bad date, a wrong later flag', () => {
    const d = copy();
    d.glossary[3]!.source.text = '   ';
    (d.timeline[3]!.verification as { level: string }).level = 'confirmed';
    d.timeline[7]!.date.value = '2023-13-03';
    d.timeline[9]!.later = true;
    const errors = errorsOf(d).join('\n');
    expect(errors).toContain('glossary[3] (id "behemoth"): source.text: blank source');
    expect(errors).toMatch(/timeline\[3\] \(id "2017-01-pytorch-release"\): verification\.level: Invalid option/);
    expect(errors).toContain('timeline[7] (id "2023-03-03-llama-weights-leak"): date.value: "2023-13-03" is not a calendar date');
    expect(errors).toContain('timeline[9] (id "2023-07-18-llama-2-licence-700m-users"): later: must be false for kind "licence"');
  });

  it('a context quote with Korean, or a key quote without', () => {
    const d = copy();
    d.article.quotes[10]!.ko = '무언가';
    d.article.quotes[0]!.ko = null;
    const errors = errorsOf(d).join('\n');
    expect(errors).toContain('article.quotes[10] (id "q11-earnings-call-not-changed"): ko: a context quote is not in the Korean edition');
    expect(errors).toContain('article.quotes[0] (id "q1-letter-benefits"): ko: a key quote is in the article');
  });

  it('a default left out or an unknown field (the data is not parsed at runtime)', () => {
    const raw = JSON.parse(JSON.stringify(dataset)) as {
      article: { quotes: { source: Record<string, unknown>; said: { when: Record<string, unknown> } }[] };
      timeline: Record<string, unknown>[];
    };
    delete raw.article.quotes[0]!.source.urls;
    delete raw.article.quotes[0]!.said.when.certainty;
    raw.timeline[0]!.sorce = 'typo';
    expect(errorsOf(raw)).toEqual([
      'article.quotes[0] (id "q1-letter-benefits"): said.when.certainty: missing; write out its default ("exact"): the bundled data is not parsed at runtime',
      'article.quotes[0] (id "q1-letter-benefits"): source.urls: missing; write out its default ([]): the bundled data is not parsed at runtime',
      'timeline[0] (id "2011-04-07-open-compute-project"): sorce: unknown field (not in the schema)',
    ]);
  });

  it('something that is not a dataset at all', () => {
    expect(errorsOf(null)[0]).toMatch(/^dataset: /);
    expect(errorsOf({ article: {}, timeline: [], glossary: [] }).join('\n')).toMatch(/^article: editions: /m);
  });

  it('assertValidDataset throws an error listing every error', async () => {
    const d = copy();
    d.article.quotes[3]!.en = '';
    d.article.quotes[0]!.speakerId = 'nobody';
    const failure = assertValidDataset(d);
    await expect(failure).rejects.toThrow(/2 error\(s\)/);
    await expect(failure).rejects.toThrow('article.quotes[3] (id "q4-podcast-qualitative-change"): en: Too small');
    await expect(failure).rejects.toThrow('article.quotes[0] (id "q1-letter-benefits"): speakerId: refers to speaker "nobody"');
  });
});

describe('runtime modules stay free of zod', () => {
  // The content script imports lib/dataset/article.ts; the side panel lib/dataset/index.ts.
  for (const file of ['lib/dataset/index.ts', 'lib/dataset/article.ts']) {
    it(`${file} imports no zod, schema values or validator at runtime`, () => {
      const source = readFileSync(join(ROOT, file), 'utf8');
      const imports = [...source.matchAll(/^\s*(import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]/gms)].map((m) => ({
        typeOnly: /^\s*(import|export)\s+type\b/.test(m[0]),
        from: m[2]!,
      }));
      expect(imports.length).toBeGreaterThan(0);
      for (const { typeOnly, from } of imports) {
        expect(from, file).not.toMatch(/(^|\/)zod$/);
        expect(from, file).not.toMatch(/validate$/);
        if (/schema$/.test(from)) expect(typeOnly, `${file}: ${from}`).toBe(true);
      }
      expect(source).not.toMatch(/import\(\s*['"][^'"]*(zod|schema|validate)['"]\s*\)/);
      expect(source).not.toMatch(/require\(/);
    });
  }

  it('lib/dataset/article.ts leaves the timeline and glossary out', () => {
    const source = readFileSync(join(ROOT, 'lib/dataset/article.ts'), 'utf8');
    expect(source).toMatch(/from '\.\/data\/article\.json'/);
    expect(source).not.toMatch(/timeline\.json|glossary\.json|from '\.\/index'|from '\.'/);
  });
});

describe('fixture', () => {
  it('is the Korean edition as published, unchanged', () => {
    const bytes = readFileSync(join(ROOT, 'tests/fixtures/article-ko.txt'));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      '5e831bdae8079536ded38c6ad3bf31ccc9736b81b8fb4f2c101e0584f963ae29',
    );
  });
});

describe('the open source answer (dataset.openSource)', () => {
  /** A point resting on exactly one timeline event, and that event's verification level. */
  const single = dataset.openSource.points.findIndex((p) => p.eventIds.length === 1 && !p.quoteIds && !p.fromArticle);

  it('is exposed by lib/dataset and rests on existing events and quotes', () => {
    expect(dataset.openSource.points.length).toBeGreaterThan(0);
    expect(single).toBeGreaterThanOrEqual(0);
    const eventIds = new Set(timeline.map((e) => e.id));
    for (const p of dataset.openSource.points) {
      for (const e of p.eventIds) expect(eventIds.has(e), `${p.id} -> ${e}`).toBe(true);
      for (const q of p.quoteIds ?? []) expect(quoteById(article, q), `${p.id} -> ${q}`).toBeDefined();
    }
  });

  it('puts Korean quotation marks only around words of the Korean edition', () => {
    const uiKo = [
      ['summary', dataset.openSource.summary.ko] as const,
      ...dataset.openSource.points.flatMap((p) => [[p.id, p.heading.ko] as const, [p.id, p.text.ko] as const]),
    ];
    for (const [id, text] of uiKo) {
      for (const m of text.matchAll(/[“‘]([^”’]*[\p{Script=Hangul}][^”’]*)[”’]/gu)) {
        expect(KOREAN_TEXT.includes(m[1]!), `${id}: ${m[1]}`).toBe(true);
      }
    }
  });

  it('rejects a dangling event or quote reference', () => {
    const d = copy();
    const i = single;
    const id = d.openSource.points[i]!.id;
    d.openSource.points[i]!.eventIds.push('2099-01-01-nothing');
    d.openSource.points[i]!.quoteIds = ['q99-nobody'];
    expect(errorsOf(d)).toEqual([
      `openSource.points[${i}] (id "${id}"): eventIds[1]: refers to timeline event "2099-01-01-nothing", which does not exist`,
      `openSource.points[${i}] (id "${id}"): quoteIds[0]: refers to quote "q99-nobody", which does not exist`,
    ]);
  });

  it('rejects a point firmer than the weakest event it rests on', () => {
    const d = copy();
    const secondary = d.timeline.find((e) => e.verification.level === 'secondary')!;
    const i = single;
    const point = d.openSource.points[i]!;
    expect(point.verification.level).toBe('verified');
    // Rest it on a secondary event too (naming that event's source, so only the level is wrong).
    point.eventIds.push(secondary.id);
    point.source.text += `; ${secondary.source.text}`;
    expect(errorsOf(d)).toEqual([
      `openSource.points[${i}] (id "${point.id}"): verification.level: "verified" is firmer than timeline event "${secondary.id}" it rests on ("secondary")`,
    ]);
    // "partial" is still firmer than "secondary"; "secondary" is not.
    point.verification.level = 'partial';
    expect(errorsOf(d)).toHaveLength(1);
    point.verification.level = 'secondary';
    expect(validateDataset(d).ok).toBe(true);
  });

  it('rejects a point firmer than a quote it rests on', () => {
    const d = copy();
    const partialQuote = d.article.quotes.find((q) => q.verification.level === 'partial')!;
    const point = d.openSource.points[single]!;
    point.quoteIds = [partialQuote.id];
    expect(errorsOf(d)).toEqual([
      `openSource.points[${single}] (id "${point.id}"): verification.level: "verified" is firmer than quote "${partialQuote.id}" it rests on ("partial")`,
    ]);
  });

  it('rejects a source that does not name its events’ sources, or is blank', () => {
    const d = copy();
    const point = d.openSource.points[single]!;
    const [eventId] = point.eventIds;
    point.source = { text: 'somewhere', urls: [] };
    expect(errorsOf(d)).toEqual([
      `openSource.points[${single}] (id "${point.id}"): source: does not mention or link the source of timeline event "${eventId}"`,
    ]);
    point.source.text = '  ';
    expect(errorsOf(d)).toContain(`openSource.points[${single}] (id "${point.id}"): source.text: blank source`);
  });

  it('accepts a source that links its event’s URL instead of repeating its text', () => {
    const d = copy();
    const i = d.openSource.points.findIndex((p) => p.eventIds.length === 1 && timeline.find((e) => e.id === p.eventIds[0])!.source.urls.length > 0);
    expect(i).toBeGreaterThanOrEqual(0);
    const event = timeline.find((e) => e.id === d.openSource.points[i]!.eventIds[0])!;
    d.openSource.points[i]!.source = { text: 'the event’s page', urls: [event.source.urls[0]!] };
    expect(validateDataset(d).ok).toBe(true);
  });

  it('rejects a point resting on the article whose source names no edition', () => {
    const d = copy();
    const i = d.openSource.points.findIndex((p) => p.fromArticle);
    expect(i).toBeGreaterThanOrEqual(0);
    const point = d.openSource.points[i]!;
    // Keep naming the events' sources as plain text, without the editions' URLs.
    point.eventIds = [d.openSource.points[single]!.eventIds[0]!];
    point.source = { ...d.openSource.points[single]!.source };
    point.verification = { ...d.openSource.points[single]!.verification };
    expect(errorsOf(d)).toEqual([
      `openSource.points[${i}] (id "${point.id}"): source: rests on the article (fromArticle) but neither mentions nor links an edition of it`,
    ]);
  });

  it('rejects a blank or missing summary in either language', () => {
    const d = copy();
    d.openSource.summary.ko = ' ';
    expect(errorsOf(d)).toEqual(['openSource: summary.ko: blank summary']);
    const e = copy();
    e.openSource.summary.en = '';
    expect(errorsOf(e)).toContain('openSource: summary.en: Too small: expected string to have >=1 characters');
    const raw = JSON.parse(JSON.stringify(dataset)) as { openSource: { summary: Record<string, unknown> } };
    delete raw.openSource.summary.ko;
    expect(errorsOf(raw).join('\n')).toMatch(/^openSource: summary\.ko: /m);
  });

  it('rejects a duplicate point id and a point resting on no event', () => {
    const d = copy();
    d.openSource.points[1]!.id = d.openSource.points[0]!.id;
    expect(errorsOf(d)).toContain(
      `openSource.points[1] (id "${d.openSource.points[0]!.id}"): id: duplicate id "${d.openSource.points[0]!.id}" (also openSource.points[0])`,
    );
    const e = copy();
    e.openSource.points[0]!.eventIds = [];
    expect(errorsOf(e).join('\n')).toMatch(/^openSource\.points\[0\] \(id "[^"]+"\): eventIds: Too small/m);
  });
});
