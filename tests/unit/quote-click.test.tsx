// @vitest-environment jsdom
/**
 * A click on a painted match (issue 12): the known misquote gets a card that says it is a misquote found in no
 * source, never a key quote's card; a part, a rendering or an altered quote gets its key quote's card with a line
 * saying how the page gives it. Firefox shows the card in the page; Chromium's panel brings the card forward.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { article, keyQuotes } from '../../lib/dataset/article';
import { misquotes, misquoteText } from '../../lib/dataset/misquotes';
import fingerprints from '../../lib/dataset/fingerprints.json';
import { quoteCard } from '../../lib/background/quote-card';
import { asPopoverQuote, QuotePopover } from '../../lib/content/popover';
import { Reader } from '../../lib/content/reader';
import { toContentArticle } from '../../lib/dataset/content-article';
import { analyzeText } from '../../lib/recognition/analyze';
import type { Fingerprints } from '../../lib/recognition/fingerprint';
import type { TabState } from '../../lib/messages';
import { STRINGS } from '../../lib/panel/strings';
import { ThisPage } from '../../components/ThisPage';
import { focusTarget } from '../../lib/panel/use-panel-focus';
import { installFakeHighlights } from './support/fake-highlights';

afterEach(cleanup);
const M = misquotes[0]!;
const [q1] = keyQuotes(article);
const LABELS = { dialog: 'Quote', english: 'English original', korean: 'Korean translation', noKorean: 'Not in the Korean edition.', close: 'Close', openPanelHint: 'More in the side panel.' };

describe('the card for a clicked match', () => {
  it('a known misquote: says so and that it is in no source; never a key quote’s card', () => {
    for (const kind of [undefined, 'misquote', 'quote'] as const) {
      const card = quoteCard(article, M.id, 'en', kind)!;
      expect(card.misquote).toBe(true);
      expect(card.speaker).toBe('A known misquote');
      expect(card.said).toBe('Attributed to Mark Zuckerberg, but found in no source');
      expect(card.en).toBe(misquoteText(M));
      expect(card.ko).toBeNull();
      expect(card.verification).toContain('it is in no source');
    }
    expect(quoteCard(article, M.id, 'ko')!.said).toContain('어떤 출처에도 없음');
    // A misquote the dataset does not know: no card at all, rather than a key quote's.
    expect(quoteCard(article, 'm9-unknown', 'en', 'misquote')).toBeNull();
  });

  it('a part, a rendering, an altered quote: the key quote’s card with a line on how the page gives it', () => {
    expect(quoteCard(article, q1!.id, 'en', 'part')!.note).toBe('On this page: only part of this quote.');
    expect(quoteCard(article, q1!.id, 'en', 'rendering')!.note).toBe('On this page: in the page’s own words, not word for word.');
    expect(quoteCard(article, q1!.id, 'ko', 'altered')!.note).toBe('이 페이지: 원문에서 단어가 바뀌었습니다.');
    const plain = quoteCard(article, q1!.id, 'en', 'quote')!;
    expect(plain.note).toBeUndefined();
    expect(plain.en).toBe(q1!.en);
    expect(plain.misquote).toBeUndefined();
  });

  it('the in-page card (Firefox) shows a misquote as one struck text with its note, no “English original”', () => {
    const answer = asPopoverQuote(JSON.parse(JSON.stringify(quoteCard(article, M.id, 'en'))))!;
    expect(answer.misquote).toBe(true);
    const popover = new QuotePopover(document);
    popover.show(answer, LABELS, { x: 10, y: 10 });
    const text = popover.root!.textContent!;
    expect(text).toContain('A known misquote');
    expect(text).toContain('found in no source');
    expect(text).not.toContain('English original');
    expect(text).not.toContain('Verification');
    expect(popover.root!.querySelectorAll('blockquote')).toHaveLength(1);
    expect(popover.root!.querySelector('blockquote[data-misquote]')!.textContent).toBe(misquoteText(M));
    popover.show(asPopoverQuote(quoteCard(article, q1!.id, 'en', 'rendering'))!, LABELS, { x: 10, y: 10 });
    expect(popover.root!.querySelector('[data-note]')!.textContent).toBe('On this page: in the page’s own words, not word for word.');
    expect(popover.root!.textContent).toContain('English original');
    popover.close();
  });

  it('the content script says which match was clicked, and how the page gives it', async () => {
    const DATA = { article, misquotes: misquotes.map((m) => ({ id: m.id, en: misquoteText(m) })) };
    for (const [file, kind] of [['story-en-misquote.html', 'misquote'], ['story-ko-own-translation.html', 'rendering'], ['story-en-rewrite.html', 'part']] as const) {
      installFakeHighlights(window);
      const html = readFileSync(join(__dirname, '../fixtures/pages', file), 'utf8');
      document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
      const reader = new Reader({
        doc: document,
        article: toContentArticle(article),
        analyze: async (input) => analyzeText(input, DATA, fingerprints as Fingerprints),
        report: () => undefined,
        onInvalidated: () => undefined,
      });
      await reader.handle({ type: 'scan:run' });
      const f = reader.found.find((x) => x.kind === kind)!;
      const r = f.ranges[0]!;
      expect(reader.matchAt(r.startContainer, r.startOffset + 1), file).toEqual({ quoteId: f.quoteId, kind });
      if (kind === 'misquote') expect(f.quoteId).toBe(M.id);
      reader.stop();
    }
  });

  it('Chromium’s panel brings the clicked misquote’s card forward (it is focusable), as it does a key quote’s', () => {
    const state: TabState = {
      tabId: 1, status: 'scanned', url: 'https://news.example.test/a', title: 't', article: null, reason: 'r', scannedAt: 1,
      relation: { kind: 'coverage', reasons: ['zuckerberg'] },
      quotes: [
        { id: q1!.id, lang: 'en', text: q1!.en, exact: true, kind: 'part' },
        { id: M.id, lang: 'en', text: misquoteText(M), exact: true, kind: 'misquote' },
      ],
    };
    render(<ThisPage article={article} state={state} lang="en" t={STRINGS.en} onScan={() => {}} onShow={() => {}} />);
    const mis = focusTarget(document, M.id)!;
    expect(mis.matches('.misquote')).toBe(true);
    expect(mis.textContent).toContain('it is in no source');
    mis.focus();
    expect(document.activeElement).toBe(mis);
    expect(focusTarget(document, q1!.id)!.textContent).toContain('Part of this quote is on the page');
  });
});
