// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { article, keyQuotes } from '../../lib/dataset/article';
import type { TabState } from '../../lib/messages';
import { STRINGS } from '../../lib/panel/strings';
import { ThisPage } from '../../components/ThisPage';
import { misquotes, misquoteText } from '../../lib/dataset/misquotes';

afterEach(cleanup);
const [q1, q2] = keyQuotes(article);

function state(over: Partial<TabState>): TabState {
  return { tabId: 1, status: 'scanned', url: 'https://news.example.test/a', title: 't', article: null, quotes: [], relation: null, reason: 'r', scannedAt: 1, ...over };
}

describe('This page: the relation and how each quote is given', () => {
  it('says the page reports the same story, with its reasons, in both languages', () => {
    const s = state({ relation: { kind: 'coverage', reasons: ['zuckerberg', 'personal-superintelligence', 'open-source', 'spokesperson'] } });
    const { container } = render(<ThisPage article={article} state={s} lang="en" t={STRINGS.en} onScan={() => {}} onShow={() => {}} />);
    expect(container.querySelector('.relation')!.textContent).toBe(
      'This page reports the same story in its own words: names Zuckerberg, personal superintelligence, open source, Meta’s spokesperson.',
    );
    cleanup();
    const ko = render(<ThisPage article={article} state={s} lang="ko" t={STRINGS.ko} onScan={() => {}} onShow={() => {}} />);
    expect(ko.container.querySelector('.relation')!.textContent).toContain('저커버그, 개인 초지능, 오픈소스, 메타 대변인');
  });

  it('a copy says which edition and roughly how much; none says so', () => {
    const copy = render(<ThisPage article={article} state={state({ relation: { kind: 'copy', edition: 'ko', share: 0.63, reasons: [] } })} lang="en" t={STRINGS.en} onScan={() => {}} onShow={() => {}} />);
    expect(copy.container.querySelector('.relation')!.textContent).toBe('This page republishes the Korean edition (AI Matters): roughly 60% of it.');
    cleanup();
    const none = render(<ThisPage article={article} state={state({})} lang="en" t={STRINGS.en} onScan={() => {}} onShow={() => {}} />);
    expect(none.container.querySelector('.relation')!.textContent).toBe('This page is not about the story.');
  });

  it('cards: part of the quote, the page’s own rendering, the words an altered quote changed, and the misquote with its note', () => {
    const s = state({
      relation: { kind: 'coverage', reasons: ['zuckerberg'] },
      quotes: [
        { id: q1!.id, lang: 'en', text: 'We judge nan benefits of superintelligence should be shared with the world as broadly as possible.', exact: false, kind: 'altered' },
        { id: q2!.id, lang: 'ko', text: '다만 초지능은 새로운 안전 우려를 낳을 것이다', exact: false, kind: 'rendering' },
        { id: misquotes[0]!.id, lang: 'en', text: misquoteText(misquotes[0]!), exact: true, kind: 'misquote' },
      ],
    });
    const { container } = render(<ThisPage article={article} state={s} lang="en" t={STRINGS.en} onScan={() => {}} onShow={() => {}} />);
    const altered = container.querySelector(`[data-quote-id="${q1!.id}"] [data-kind="altered"]`)!;
    expect([...altered.querySelectorAll('ins')].map((e) => e.textContent!.trim())).toEqual(['judge nan']);
    expect([...altered.querySelectorAll('del')].map((e) => e.textContent!.trim())).toEqual(['believe the']);
    expect(container.querySelector(`[data-quote-id="${q2!.id}"] [data-kind="rendering"] blockquote`)!.textContent).toBe('다만 초지능은 새로운 안전 우려를 낳을 것이다');
    const mis = container.querySelector('.misquote')!;
    expect(mis.textContent).toContain('it is in no source');
    expect(container.querySelector('.quote-count')!.textContent).toBe('2 of 8 key quotes highlighted');
  });
});
