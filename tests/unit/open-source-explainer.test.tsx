// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { article, openSource, quoteById, timeline } from '../../lib/dataset';
import { STRINGS, type UiLang } from '../../lib/panel/strings';
import { OpenSourceQuestion } from '../../components/OpenSourceQuestion';
import { Timeline } from '../../components/Timeline';

afterEach(cleanup);

const LANGS: UiLang[] = ['en', 'ko'];
const AS_OF = { en: 'Context as of June 2026', ko: '맥락 기준: 2026년 6월' };

function renderSection(lang: UiLang) {
  return render(<OpenSourceQuestion data={openSource} events={timeline} lang={lang} t={STRINGS[lang]} />);
}

describe('Is Llama open source? on the open-weights framing', () => {
  it.each(LANGS)('shows the five parts in order, each point under its part (%s)', (lang) => {
    const { container } = renderSection(lang);
    const t = STRINGS[lang].openSource;
    const parts = [...container.querySelectorAll<HTMLElement>('.open-source-group')];
    expect(parts.map((p) => p.querySelector('h3')!.textContent)).toEqual([t.groupGives, t.groupLimits, t.groupOsi, t.groupArticle, t.groupMeta]);
    for (const part of parts) {
      const list = within(part).getByRole('list', { name: part.querySelector('h3')!.textContent! });
      const ids = [...list.querySelectorAll(':scope > li > article')].map((a) => a.id.replace(/^open-source-/, ''));
      expect(ids).toEqual(openSource.points.filter((p) => p.group === part.dataset.group).map((p) => p.id));
    }
  });

  it.each(LANGS)('says how current the context is: "%s"', (lang) => {
    const { container } = renderSection(lang);
    const line = container.querySelector('.context-as-of')!;
    expect(line.textContent).toBe(AS_OF[lang]);
    expect(line.querySelector('time')!.getAttribute('datetime')).toBe('2026-06');
  });

  it('shows q12-q15 in English with a Korean note that it is the original wording, never a Korean translation of ours', () => {
    const { container } = renderSection('ko');
    for (const id of ['q12-letter-first-frontier-level', 'q13-osi-llama-2-not-open-source', 'q14-osi-no-need-for-osaid', 'q15-osi-eu-exclusion']) {
      const q = quoteById(article, id)!;
      const figures = [...container.querySelectorAll<HTMLElement>(`figure[data-quote-id="${id}"]`)];
      expect(figures.length, id).toBeGreaterThan(0);
      for (const figure of figures) {
        expect(figure.querySelector('blockquote[lang="en"]')!.textContent).toBe(`${STRINGS.ko.english}${q.en}`);
        expect(figure.querySelector('blockquote[lang="ko"]'), id).toBeNull();
        expect(figure.querySelector('figcaption')!.textContent).toContain(STRINGS.ko.openSource.originalWording);
      }
    }
  });

  it('shows the spokesperson’s quotes in the Korean edition’s own words in Korean, dated 14 Jul 2025', () => {
    const { container } = renderSection('ko');
    for (const id of ['q9-spokesperson-unchanged', 'q10-spokesperson-mix']) {
      const q = quoteById(article, id)!;
      const figure = container.querySelector<HTMLElement>(`figure[data-quote-id="${id}"]`)!;
      expect(figure.querySelector('blockquote[lang="ko"]')!.textContent).toBe(`${STRINGS.ko.korean}${q.ko}`);
      expect(figure.querySelector('figcaption time')!.getAttribute('datetime')).toBe('2025-07-14');
      expect(figure.querySelector('figcaption')!.textContent).toContain('2025년 7월 14일 처음 보도(NYT, 테크크런치), 이 기사에 다시 인용');
      expect(figure.textContent).not.toContain(STRINGS.ko.openSource.originalWording);
    }
  });

  it('shows no Korean blockquote in the English panel, and the 700M clause in its exact terms', () => {
    const { container } = renderSection('en');
    expect(container.querySelectorAll('figure blockquote[lang="ko"]')).toHaveLength(0);
    const card = screen.getByRole('article', { name: 'The 700 million user clause, in its exact terms' });
    expect(card.textContent).toContain('which Meta may grant in its sole discretion');
  });

  it('marks each later event it rests on with how long after the article it came', () => {
    renderSection('en');
    const card = screen.getByRole('article', { name: 'Since the article, as reported' });
    const items = [...card.querySelectorAll<HTMLElement>('li[data-event-id]')];
    expect(items.map((li) => li.querySelector('.after-article')?.textContent)).toEqual([
      '8 months after the article',
      '8 months after the article',
      '11 months after the article',
    ]);
  });
});

describe('Timeline: how current, and how long after the article', () => {
  it.each(LANGS)('says how current the context is and marks every later event (%s)', (lang) => {
    const { container } = render(<Timeline events={timeline} articleDate={article.date} lang={lang} t={STRINGS[lang]} />);
    expect(container.querySelector('.timeline-intro + .context-as-of')!.textContent).toBe(AS_OF[lang]);
    for (const e of timeline) {
      const label = container.querySelector(`[data-event-id="${e.id}"] .after-article`);
      expect(label !== null, e.id).toBe(e.later);
    }
    const wang = container.querySelector('[data-event-id="2026-06-wang-muse-spark-closed-safety"] .after-article')!;
    expect(wang.textContent).toBe(lang === 'en' ? '11 months after the article' : '기사 11개월 후');
  });
});
