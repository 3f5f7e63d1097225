/**
 * The fact sheet's re-check of 2026-12-05 (../shared/facts/CHANGES.md), pinned:
 * every correction, every addition, the new sources and the notes for the UI.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { article, dataset, documentById, editionByLang, glossary, openSource, quoteById, timeline } from '../../lib/dataset';
import { contextAsOf, timeAfter } from '../../lib/dataset/context-date';
import { validateDataset } from '../../lib/dataset/validate';
import type { Dataset, GlossaryEntry, OpenSourcePoint, Quote, TimelineEvent } from '../../lib/dataset/schema';
import { STRINGS } from '../../lib/panel/strings';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const KOREAN_TEXT = readFileSync(join(ROOT, 'tests/fixtures/article-ko.txt'), 'utf8');

function event(id: string): TimelineEvent {
  const e = timeline.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
}
function entry(id: string): GlossaryEntry {
  const g = glossary.find((x) => x.id === id);
  if (!g) throw new Error(`no glossary entry ${id}`);
  return g;
}
function point(id: string): OpenSourcePoint {
  const p = openSource.points.find((x) => x.id === id);
  if (!p) throw new Error(`no point ${id}`);
  return p;
}
function quote(id: string): Quote {
  const q = quoteById(article, id);
  if (!q) throw new Error(`no quote ${id}`);
  return q;
}

/** Every Korean text the panel shows in its own voice. */
const KOREAN_UI: [string, string][] = [
  ...timeline.map((e) => [e.id, e.title.ko] as [string, string]),
  ...glossary.map((g) => [g.id, g.description.ko] as [string, string]),
  ['summary', openSource.summary.ko],
  ...openSource.points.flatMap((p) => [[p.id, p.heading.ko] as [string, string], [p.id, p.text.ko] as [string, string]]),
];
/** Every English text the panel shows in its own voice. */
const ENGLISH_UI: [string, string][] = [
  ...timeline.map((e) => [e.id, e.title.en] as [string, string]),
  ...glossary.map((g) => [g.id, g.description.en] as [string, string]),
  ['summary', openSource.summary.en],
  ...openSource.points.map((p) => [p.id, p.text.en] as [string, string]),
];

describe('corrections (CHANGES.md 2026-12-05)', () => {
  it('1. the Scale AI figures are reported, not disclosed', () => {
    const e = event('2025-06-12-scale-ai-investment');
    expect(e.verification.level).toBe('secondary');
    expect(e.title.en).toContain("'significant' investment from Meta valuing Scale at over $29B");
    expect(e.title.en).toContain('reports put it at about $14.3B for a 49% stake (figures not disclosed by Meta or Scale)');
    expect(e.title.ko).toContain('보도에 따르면 약 143억 달러에 지분 49%');
    expect(e.source.text).toMatch(/Reuters \('two sources familiar with the matter'/);
    for (const id of ['scale-ai', 'alexandr-wang']) {
      expect(entry(id).verification.level, id).toBe('secondary');
      expect(entry(id).description.en, id).toContain('reportedly about $14.3B');
      expect(entry(id).description.ko, id).toContain('보도에 따르면 약 143억 달러');
    }
    // The panel's own voice never states the figure as a fact: it is reported, or the article's word.
    for (const [id, text] of ENGLISH_UI)
      for (const sentence of text.split(/(?<=\.) /)) if (sentence.includes('$14.3B')) expect(sentence, id).toMatch(/report|the article states/i);
    for (const [id, text] of KOREAN_UI)
      for (const sentence of text.split(/(?<=다\.|음\.|\)\.) /)) if (sentence.includes('143억')) expect(sentence, id).toMatch(/보도|기사는/);
  });

  it('2. the article names no definition; OSAID 1.0 asks for Data Information, not the datasets', () => {
    const e = event('2024-10-28-open-source-ai-definition-1-0');
    expect(e.title.en).toContain('Data Information (enough detail about the training data for a skilled person to build a substantially equivalent system; the datasets themselves are not required)');
    expect(e.title.en).toContain('the complete Code');
    expect(e.title.en).toContain('the Parameters (weights), under OSI-approved terms');
    expect(e.title.ko).toContain('데이터셋 자체는 요구하지 않음');
    expect(e.verification.note).toContain('FAQ wording on Llama 2 secondary');
    expect(editionByLang(article, 'en')!.note).toContain('it names no definition');
    expect(editionByLang(article, 'ko')!.note).toContain('names no definition');
    const osaid = entry('open-source-ai-definition');
    expect(osaid.description.en).not.toMatch(/without naming it/);
    expect(osaid.description.en).toContain('The article names no definition');
    expect(osaid.description.ko).toContain('기사는 어떤 정의도 거명하지 않는다');
    expect(entry('llama').description.en).toContain('it names no definition');
    expect(entry('llama').description.ko).toContain('기사는 어떤 정의인지 밝히지 않는다');
    // The panel never says the article means OSI's definition.
    for (const [id, text] of ENGLISH_UI) expect(text, id).not.toMatch(/article(,)? (means|refers to|without naming)/i);
  });

  it('3. Behemoth was previewed, never released; no Korean text says it was 공개 or 출시', () => {
    const e = event('2025-04-05-llama-4-release-behemoth-preview');
    expect(e.title.en).toContain("Llama 4 Behemoth (288B active, nearly two trillion total parameters) only previewed: Meta said it was 'not yet releasing' it 'as it is still training'");
    expect(e.title.en).toContain('Later reports say it was never released');
    expect(e.verification.level).toBe('partial');
    expect(e.verification.note).toBe("verified (Meta's post) for the release and the preview; 'never released' secondary (reports up to June 2026)");
    expect(e.title.ko).toContain('예고(프리뷰)만 함');
    const nyt = event('2025-07-14-nyt-msl-behemoth-closed-model');
    expect(nyt.title.en).toContain("Behemoth's release had been delayed over underwhelming internal tests and testing reportedly stopped when MSL launched");
    expect(entry('behemoth').description.en).toContain('that Meta only previewed on 2025-04-05');
    expect(entry('behemoth').description.ko).toMatch(/^2025년 4월 5일 예고\(프리뷰\)만 된 라마 4 모델/);
    for (const [id, text] of KOREAN_UI) {
      expect(text, id).not.toContain('미리 공개');
      // From 베히모스 to the end of its clause: no 공개 (비공개, closed, is fine) and no 출시.
      for (const m of text.matchAll(/베히모스[^,.;]*/gu)) expect(m[0], id).not.toMatch(/(?<!비)공개|출시/u);
    }
  });

  it('4. the 700M clause in its exact terms, with the outputs ban', () => {
    const e = event('2023-07-18-llama-2-licence-700m-users');
    for (const words of [
      'on the Llama 2 release date',
      "a licensee's (or its affiliates')",
      'more than 700 million monthly active users in the preceding calendar month',
      'which Meta may grant in its sole discretion',
      'bars using Llama 2 or its outputs to improve any other large language model',
    ])
      expect(e.title.en).toContain(words);
    expect(e.title.ko).toContain('단독 재량');
    expect(e.verification).toEqual({ level: 'verified', note: "verified (licence text in Meta's official repository)" });
    expect(e.source.urls).toContain('https://github.com/meta-llama/llama-models/blob/main/models/llama2/LICENSE');
    const p = point('llama-2-700-million-clause');
    expect(p.group).toBe('limits');
    for (const words of ["each version's release date", 'preceding calendar month', 'affiliates', 'more than 700 million', 'sole discretion', 'every licence from Llama 2 through Llama 4'])
      expect(p.text.en).toContain(words);
    expect(p.eventIds).toEqual([
      '2023-07-18-llama-2-licence-700m-users',
      '2024-07-23-llama-3-1-licence-outputs',
      '2024-09-25-llama-3-2-eu-multimodal-exclusion',
      '2025-04-05-llama-4-licence-eu-700m',
    ]);
    expect(p.text.en).not.toMatch(/licensees with more than 700 million/);
  });

  it('5. the spokesperson quotes carry one date, 2025-07-14, and are secondary', () => {
    for (const id of ['q9-spokesperson-unchanged', 'q10-spokesperson-mix']) {
      const q = quote(id);
      expect(q.said.when, id).toEqual({ value: '2025-07-14', certainty: 'exact' });
      expect(q.said.where, id).toMatch(/^Meta statement first published 2025-07-14/);
      expect(q.said.where, id).toContain('quoted again');
      expect(q.verification.level, id).toBe('secondary');
      expect(q.verification.note, id).toMatch(/^secondary: /);
      expect(q.source.urls, id).toEqual(expect.arrayContaining([
        'https://techcrunch.com/2025/07/14/meta-built-its-ai-reputation-on-openness-that-may-be-changing/',
        'https://www.nytimes.com/2025/07/14/technology/meta-superintelligence-lab-ai.html',
      ]));
      expect(q.said.documentId).toBe('spokesperson-statement-2025');
    }
    const doc = documentById(article, 'spokesperson-statement-2025')!;
    expect(doc.date).toEqual({ value: '2025-07-14', certainty: 'exact' });
    expect(JSON.stringify(quote('q9-spokesperson-unchanged'))).not.toContain('2025-07-30 (article)');
  });

  it('6. the earnings-call line is secondary, in both places, with techedt.com', () => {
    const q = quote('q11-earnings-call-not-changed');
    expect(q.verification.level).toBe('secondary');
    expect(q.verification.note).toMatch(/^secondary: seen only in copies of press reports/);
    expect(q.source.text).toContain('techedt.com');
    const e = event('2025-07-30-q2-earnings-call');
    expect(e.verification.level).toBe('secondary');
    expect(e.source.text).toContain('techedt.com');
    expect(e.source.text).toContain('no transcript of the call seen');
  });

  it("7a. OSI's 2023 grounds: OSD points 5 and 6, paragraph 2 and the AUP", () => {
    const e = event('2023-07-20-osi-llama-2-not-open-source');
    expect(e.title.en).toContain('discriminates against persons, groups and fields of endeavour (Open Source Definition points 5 and 6)');
    expect(e.title.en).toContain('paragraph 2 (the 700M-user clause) and the Acceptable Use Policy');
    expect(e.title.ko).toContain('5·6항');
  });

  it('7b. OSI 2025: agrees with the FSF, EU exclusion, no need for OSAID; date still unverified', () => {
    const e = event('2025-02-osi-llama-still-not-open-source');
    for (const words of ['agreeing with the FSF', 'fails freedom 0', 'points 5 and 6', 'an exclusion of people in the European Union', 'the Open Source AI Definition is not needed'])
      expect(e.title.en).toContain(words);
    expect(e.date.certainty).toBe('uncertain');
    expect(e.verification.level).toBe('partial');
  });

  it("7c. Meta's own label: 'the first frontier-level open source AI model'", () => {
    expect(event('2024-07-23-llama-3-1-and-open-source-letter').title.en).toContain("calls Llama 3.1 405B 'the first frontier-level open source AI model'");
  });

  it('7d. q12-q15: context quotes in the facts’ words, English only, verified in mirrors', () => {
    const expected: Record<string, [string, string, string, string]> = {
      'q12-letter-first-frontier-level': ['zuckerberg', 'letter-2024', 'verified', 'We’re releasing Llama 3.1 405B, the first frontier-level open source AI model, as well as new and improved Llama 3.1 70B and 8B models.'],
      'q13-osi-llama-2-not-open-source': ['osi', 'osi-post-2023', 'verified', 'Meta’s license for the LLaMa models and code does not meet this standard; specifically, it puts restrictions on commercial use for some users (paragraph 2) and also restricts the use of the model and software for certain purposes (the Acceptable Use Policy).'],
      'q14-osi-no-need-for-osaid': ['osi', 'osi-post-2025', 'partial', 'There is no need to bring up the new Open Source AI Definition v.1.0 to evaluate if the Llama 3 model series and its Llama 3.x community licences convey basic freedoms to their users.'],
      'q15-osi-eu-exclusion': ['osi', 'osi-post-2025', 'partial', 'The newer versions of Meta’s Llama community licence impose even more restrictions, like excluding any persons in the European Union from using the model without explanation; and all of the restrictions from the previous licences remain.'],
    };
    for (const [id, [speaker, doc, level, en]] of Object.entries(expected)) {
      const q = quote(id);
      expect([q.role, q.ko, q.speakerId, q.said.documentId, q.verification.level, q.en], id).toEqual(['context', null, speaker, doc, level, en]);
      expect(q.verification.note, id).toMatch(/^verified: /);
    }
    expect(quote('q14-osi-no-need-for-osaid').said.when.certainty).toBe('uncertain');
  });

  it('minor: the Llama 2 and Llama 3.2 dates come from the licence headers; Connect stays secondary', () => {
    expect(event('2023-07-18-llama-2-release').source.text).toContain("'Llama 2 Version Release Date: July 18, 2023'");
    const connect = event('2024-09-25-llama-3-2-connect');
    expect(connect.source.text).toContain("'Llama 3.2 Version Release Date: September 25, 2024'");
    expect(connect.verification).toEqual({ level: 'partial', note: 'verified (date, from the licence); announcement at Meta Connect secondary' });
  });
});

describe('additions (CHANGES.md 2026-12-05)', () => {
  const ADDED: [string, string, string][] = [
    ['2013-12-fair-lecun-director', 'business', 'secondary'],
    ['2017-09-22-react-relicensed-mit', 'licence', 'verified'],
    ['2022-09-12-pytorch-foundation', 'open-source', 'verified'],
    ['2024-07-23-llama-3-1-licence-outputs', 'licence', 'verified'],
    ['2024-09-25-llama-3-2-eu-multimodal-exclusion', 'licence', 'verified'],
    ['2025-04-05-llama-4-licence-eu-700m', 'licence', 'verified'],
    ['2025-04-lmarena-experimental-maverick', 'release', 'secondary'],
    ['2025-04-29-llamacon', 'business', 'secondary'],
    ['2025-10-22-msl-600-roles-cut', 'after', 'secondary'],
    ['2025-11-19-lecun-leaves-meta', 'after', 'secondary'],
    ['2026-04-06-axios-eventual-open-source', 'after', 'secondary'],
    ['2026-06-wang-muse-spark-closed-safety', 'after', 'secondary'],
  ];

  it.each(ADDED)('%s: %s, %s, in both languages, with its source', (id, kind, level) => {
    const e = event(id);
    expect(e.kind).toBe(kind);
    expect(e.verification.level).toBe(level);
    expect(e.later).toBe(kind === 'after');
    expect(e.title.ko).toMatch(/\p{Script=Hangul}/u);
    expect(e.source.text.length).toBeGreaterThan(20);
    expect(e.date.value).toBe(id.match(/^\d{4}-\d{2}(-\d{2})?/)![0]);
  });

  it('keeps the partial dates the facts give (FAIR, LMArena, Wang at Bloomberg Tech)', () => {
    expect(event('2013-12-fair-lecun-director').date.value).toBe('2013-12');
    expect(event('2025-04-lmarena-experimental-maverick').date.value).toBe('2025-04');
    expect(event('2026-06-wang-muse-spark-closed-safety').date.value).toBe('2026-06');
  });

  it('adds the licence facts in their exact terms', () => {
    expect(event('2024-07-23-llama-3-1-licence-outputs').title.en).toContain("must have 'Llama' at the start of its name");
    expect(event('2024-09-25-llama-3-2-eu-multimodal-exclusion').title.en).toContain('end users of products that include the models are not affected');
    expect(event('2025-04-05-llama-4-licence-eu-700m').title.en).toContain('keeps the 700M-monthly-active-user clause');
    expect(event('2017-09-22-react-relicensed-mit').source.urls).toEqual(['https://engineering.fb.com/2017/09/22/web/relicensing-react-jest-flow-and-immutable-js/']);
    expect(event('2026-04-06-axios-eventual-open-source').source.urls).toEqual(['https://www.axios.com/2026/04/06/meta-open-source-ai-models']);
  });

  it('has the new sources.json keys as documents (techcrunch_2025_07_14, nyt_2025_07_14)', () => {
    expect(documentById(article, 'techcrunch-2025-07-14')?.url).toBe('https://techcrunch.com/2025/07/14/meta-built-its-ai-reputation-on-openness-that-may-be-changing/');
    const nyt = documentById(article, 'nyt-2025-07-14')!;
    expect(nyt.url).toBe('https://www.nytimes.com/2025/07/14/technology/meta-superintelligence-lab-ai.html');
    expect(nyt.title.en).toContain('headline unverified');
  });

  it('adds no fact the sheet did not check (Muse Glimmer, Llama 5, the Frontier AI Framework, an altered AUP)', () => {
    const text = JSON.stringify(dataset);
    for (const word of ['Muse Glimmer', 'Llama 5', 'Frontier AI Framework', 'lemmewehryfq']) expect(text).not.toContain(word);
  });
});

describe('notes for the UI (CHANGES.md 2026-12-05)', () => {
  it('2. open weights in the panel’s own voice; "open source" only as Meta’s or OSI’s word', () => {
    expect(openSource.summary.en).toContain('Llama is open weights');
    expect(openSource.summary.ko).toContain('오픈 웨이트(가중치 공개)');
    for (const p of openSource.points.filter((x) => x.group === 'gives' || x.group === 'limits')) expect(p.text.en, p.id).not.toMatch(/open source/i);
    expect(point('llama-open-weights').text.en).toContain('royalty-free, including commercial use');
    expect(point('outputs-rule').text.en).toContain('must have “Llama” at the start of its name');
    expect(point('eu-multimodal-exclusion').text.en).toContain('end users of products that include the models are not affected');
    expect(point('acceptable-use-policy').quoteIds).toEqual(['q13-osi-llama-2-not-open-source']);
  });

  it('2. the answer comes in five parts, in order, each resting on timeline events', () => {
    const groups = openSource.points.map((p) => p.group);
    expect([...new Set(groups)]).toEqual(['gives', 'limits', 'osi', 'article', 'meta']);
    expect(openSource.points.filter((p) => p.group === 'limits').map((p) => p.id)).toEqual([
      'llama-2-700-million-clause',
      'acceptable-use-policy',
      'outputs-rule',
      'eu-multimodal-exclusion',
    ]);
    expect(point('osi-llama-2-licence-not-open-source').quoteIds).toEqual(['q13-osi-llama-2-not-open-source']);
    expect(point('osi-llama-still-not-open-source').quoteIds).toEqual(['q14-osi-no-need-for-osaid', 'q15-osi-eu-exclusion']);
    expect(point('meta-open-source-letter').quoteIds).toEqual(['q12-letter-first-frontier-level']);
    for (const p of openSource.points) expect(p.eventIds.length, p.id).toBeGreaterThan(0);
  });

  it('2. validate.ts still rejects a new point firmer than its events', () => {
    const d: Dataset = structuredClone(dataset);
    const i = d.openSource.points.findIndex((p) => p.id === 'meta-after-the-article');
    d.openSource.points[i]!.verification.level = 'verified';
    const result = validateDataset(d);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(`openSource.points[${i}] (id "meta-after-the-article"): verification.level: "verified" is firmer than timeline event`);
    const e: Dataset = structuredClone(dataset);
    const j = e.openSource.points.findIndex((p) => p.id === 'eu-multimodal-exclusion');
    e.openSource.points[j]!.verification.level = 'verified';
    expect(validateDataset(e).ok).toBe(false);
  });

  it('3. OSI’s case is the licence, set against the article’s training-data point', () => {
    const a = point('article-strict-definition');
    expect(a.fromArticle).toBe(true);
    expect(a.group).toBe('article');
    expect(a.text.en).toContain('It names no definition');
    expect(a.text.en).toContain("OSI's published case against Llama is about the licence, not the training data");
    expect(point('osi-open-source-ai-definition').text.en).toContain('does not necessarily require the training datasets themselves');
    expect(point('osi-open-source-ai-definition').verification.level).toBe('partial');
    for (const [id, text] of ENGLISH_UI) expect(text, id).not.toMatch(/because Meta (did not|has not|hasn't) release[a-z]* its (large )?training data[^.]*(OSI|Open Source AI Definition)/i);
  });

  it('4-6. Scale AI reportedly; the spokesperson’s statement first reported on 14 Jul; the earnings call as reported by Engadget', () => {
    expect(documentById(article, 'spokesperson-statement-2025')!.title).toEqual({
      en: 'Meta statement, first reported on 14 Jul 2025 (NYT, TechCrunch) and quoted again in this article',
      ko: '메타 성명: 2025년 7월 14일 처음 보도(NYT, 테크크런치), 이 기사에 다시 인용',
    });
    expect(documentById(article, 'earnings-call-2025-q2')!.title.en).toBe('Meta Q2 2025 earnings call, as reported by Engadget');
    expect(documentById(article, 'earnings-call-2025-q2')!.title.ko).toContain('엔가젯 보도');
    expect(event('2025-07-30-q2-earnings-call').title.en).toContain('(as reported by Engadget)');
  });

  it('Korean quotation marks hold only the Korean edition’s words; q12-q15 keep their English', () => {
    for (const [id, text] of KOREAN_UI)
      for (const m of text.matchAll(/[“‘]([^”’]*[\p{Script=Hangul}][^”’]*)[”’]/gu)) expect(KOREAN_TEXT.includes(m[1]!), `${id}: ${m[1]}`).toBe(true);
    expect(event('2024-07-23-llama-3-1-and-open-source-letter').title.ko).toContain("'the first frontier-level open source AI model'");
  });

  it('7. the context is as of the newest event, June 2026 (computed)', () => {
    expect(contextAsOf(timeline)).toEqual({ value: '2026-06', certainty: 'exact' });
    expect(contextAsOf([...timeline, { date: { value: '2026-09-01', certainty: 'exact' } }]).value).toBe('2026-09-01');
    expect(contextAsOf([{ date: { value: '2026-04-08', certainty: 'exact' } }, { date: { value: '2026-04', certainty: 'exact' } }]).value).toBe('2026-04-08');
    expect(STRINGS.en.timeline.asOf('June 2026')).toBe('Context as of June 2026');
    expect(STRINGS.ko.timeline.asOf('2026년 6월')).toBe('맥락 기준: 2026년 6월');
  });

  it('7. says how long after the article each later event came', () => {
    const after = (id: string) => timeAfter(article.date, event(id).date);
    expect(after('2026-06-wang-muse-spark-closed-safety')).toEqual({ months: 11, days: 0 });
    expect(after('2025-10-22-msl-600-roles-cut')).toEqual({ months: 2, days: 0 });
    expect(after('2026-04-08-muse-spark-launch')).toEqual({ months: 8, days: 0 });
    expect(timeAfter(article.date, { value: '2025-08-12', certainty: 'exact' })).toEqual({ months: 0, days: 13 });
    expect(timeAfter(article.date, { value: '2026-09-30', certainty: 'exact' })).toEqual({ months: 14, days: 0 });
    expect(STRINGS.en.timeline.afterArticle({ months: 11, days: 0 })).toBe('11 months after the article');
    expect(STRINGS.ko.timeline.afterArticle({ months: 11, days: 0 })).toBe('기사 11개월 후');
    expect(STRINGS.en.timeline.afterArticle({ months: 1, days: 0 })).toBe('1 month after the article');
    expect(STRINGS.en.timeline.afterArticle({ months: 14, days: 0 })).toBe('1 year and 2 months after the article');
    expect(STRINGS.ko.timeline.afterArticle({ months: 14, days: 0 })).toBe('기사 1년 2개월 후');
    expect(STRINGS.en.timeline.afterArticle({ months: 0, days: 13 })).toBe('13 days after the article');
    expect(STRINGS.ko.timeline.afterArticle({ months: 0, days: 13 })).toBe('기사 13일 후');
  });
});
