// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { article, documentById, editionByLang, keyQuotes, speakerById } from '../../lib/dataset/article';
import timeline from '../../lib/dataset/data/timeline.json';
import type { Article, DateValue, Quote } from '../../lib/dataset/schema';
import { emptyTabState, type TabState } from '../../lib/messages';
import { formatDate } from '../../lib/i18n/format';
import { STRINGS, type UiLang } from '../../lib/panel/strings';
import { pinnedTabId } from '../../lib/panel/use-tab-state';
import { fragmentWords } from '../../lib/panel/text-fragment';
import { QuoteCard } from '../../components/QuoteCard';
import { ThisPage } from '../../components/ThisPage';

afterEach(cleanup);

const LANGS: UiLang[] = ['en', 'ko'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The date as a reader expects it, spelled out independently of formatDate. */
function expectedDate(date: DateValue, lang: UiLang): string {
  const [y, m, d] = date.value.split('-').map(Number);
  let text: string;
  if (lang === 'ko') text = [`${y}년`, m !== undefined ? `${m}월` : '', d !== undefined ? `${d}일` : ''].filter(Boolean).join(' ');
  else text = d !== undefined ? `${MONTHS_EN[m! - 1]} ${d}, ${y}` : m !== undefined ? `${MONTHS_EN[m - 1]} ${y}` : `${y}`;
  return date.certainty === 'uncertain' ? `${text} (${STRINGS[lang].dateUncertain})` : text;
}

const keys = keyQuotes(article);
const withUrl = keys.find((q) => documentById(article, q.said.documentId)?.url)!;
const withoutUrl = keys.find((q) => {
  const doc = documentById(article, q.said.documentId);
  return doc !== undefined && doc.url === null;
})!;
const noKorean = article.quotes.find((q) => q.ko === null)!;
const partial = keys.find((q) => q.verification.level === 'partial')!;
const verified = keys.find((q) => q.verification.level === 'verified')!;

function renderCard(quote: Quote, lang: UiLang, onShow?: () => void, a: Article = article) {
  const { container } = render(<QuoteCard article={a} quote={quote} lang={lang} t={STRINGS[lang]} onShow={onShow} />);
  return container.querySelector('article')!;
}

describe('QuoteCard', () => {
  it('dataset has the cases these tests need', () => {
    for (const q of [withUrl, withoutUrl, noKorean, partial, verified]) expect(q).toBeDefined();
  });

  it.each(LANGS)('shows the speaker, the linked document title and the date (%s)', (lang) => {
    const card = renderCard(withUrl, lang);
    const speaker = speakerById(article, withUrl.speakerId)!;
    const doc = documentById(article, withUrl.said.documentId)!;
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe(speaker.name[lang]);
    const link = within(card).getByRole('link', { name: doc.title[lang] });
    expect(link.getAttribute('href')).toBe(doc.url);
    // Opens in a new tab without handing the page a reference to the panel.
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    const time = card.querySelector('time')!;
    expect(time.textContent).toBe(expectedDate(withUrl.said.when, lang));
    expect(time.getAttribute('datetime')).toBe(withUrl.said.when.value);
  });

  it('shows a document without a URL as plain text, not a link', () => {
    const card = renderCard(withoutUrl, 'en');
    const doc = documentById(article, withoutUrl.said.documentId)!;
    expect(card.textContent).toContain(doc.title.en);
    expect(within(card).queryByRole('link')).toBeNull();
  });

  it('writes the date the Korean way in ko', () => {
    const card = renderCard(verified, 'ko');
    const [y, m, d] = verified.said.when.value.split('-').map(Number);
    expect(card.querySelector('time')!.textContent).toContain(`${y}년 ${m}월 ${d}일`);
  });

  it('says when a date is unconfirmed', () => {
    const uncertain = article.quotes.find((q) => q.said.when.certainty === 'uncertain')!;
    expect(uncertain).toBeDefined();
    for (const lang of LANGS) {
      const card = renderCard(uncertain, lang);
      expect(card.querySelector('time')!.textContent).toContain(STRINGS[lang].dateUncertain);
      cleanup();
    }
  });

  it.each(LANGS)('shows both the English original and the Korean translation whatever the UI language (%s)', (lang) => {
    const quote = keys.find((q) => q.ko !== null)!;
    const card = renderCard(quote, lang);
    const en = card.querySelector('blockquote[lang="en"]')!;
    const ko = card.querySelector('blockquote[lang="ko"]')!;
    expect(en.textContent).toContain(quote.en);
    expect(ko.textContent).toContain(quote.ko!);
    expect(en.textContent).toContain(STRINGS[lang].english);
    expect(ko.textContent).toContain(STRINGS[lang].korean);
  });

  it('says "Not in the Korean edition." for a quote the Korean edition lacks', () => {
    const card = renderCard(noKorean, 'en');
    expect(card.querySelector('blockquote[lang="en"]')!.textContent).toContain(noKorean.en);
    expect(card.querySelector('blockquote[lang="ko"]')!.textContent).toContain('Not in the Korean edition.');
    cleanup();
    const koCard = renderCard(noKorean, 'ko');
    expect(koCard.querySelector('blockquote[lang="ko"]')!.textContent).toContain(STRINGS.ko.noKorean);
  });

  it('gives the verification level in plain words', () => {
    expect(renderCard(partial, 'en').textContent).toContain('Partly verified');
    cleanup();
    for (const lang of LANGS) {
      for (const quote of [partial, verified]) {
        const card = renderCard(quote, lang);
        const badge = card.querySelector('.verification')!;
        expect(badge.textContent).toContain(STRINGS[lang][quote.verification.level]);
        // The facts' own note is there for screen readers and on hover.
        expect(badge.getAttribute('title')).toBe(quote.verification.note);
        expect(badge.textContent).toContain(quote.verification.note);
        cleanup();
      }
    }
  });

  it('has a "Show in page" button only when onShow is given, and clicking it calls onShow', () => {
    const card = renderCard(verified, 'en');
    expect(within(card).queryByRole('button')).toBeNull();
    cleanup();
    const onShow = vi.fn();
    const shown = renderCard(verified, 'en', onShow);
    fireEvent.click(within(shown).getByRole('button', { name: 'Show in page' }));
    expect(onShow).toHaveBeenCalledTimes(1);
  });

  it('renders quote text that looks like markup as text', () => {
    const evil = '<img src=x onerror="globalThis.__pwned=1">';
    const a = structuredClone(article);
    const quote = { ...structuredClone(verified), en: evil, ko: evil };
    a.quotes = [quote];
    const card = renderCard(quote, 'en', undefined, a);
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('blockquote[lang="en"]')!.textContent).toContain(evil);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

function scanned(quoteIds: string[], edition: 'en' | 'ko' | null, overrides: Partial<TabState> = {}): TabState {
  const e = edition ? editionByLang(article, edition)! : null;
  return {
    tabId: 3,
    status: 'scanned',
    url: e?.url ?? 'https://example.com/',
    title: e?.headline ?? 'Some page',
    article: edition ? { id: article.id, edition } : null,
    quotes: quoteIds.map((id) => {
      const q = keys.find((k) => k.id === id)!;
      return { id, lang: edition ?? 'en', text: edition === 'ko' ? q.ko! : q.en, exact: true };
    }),
    reason: 'test',
    scannedAt: 1,
    ...overrides,
  };
}

function renderPage(state: TabState | null, lang: UiLang = 'en') {
  const onScan = vi.fn();
  const onShow = vi.fn();
  const { container } = render(<ThisPage article={article} state={state} lang={lang} t={STRINGS[lang]} onScan={onScan} onShow={onShow} />);
  return { container, onScan, onShow };
}

const idsIn = (list: HTMLElement) => [...list.querySelectorAll('[data-quote-id]')].map((el) => el.getAttribute('data-quote-id'));

describe('ThisPage', () => {
  const t = STRINGS.en;

  it('for the Korean edition: lists found and not-found key quotes, links to the English original', () => {
    const onKo = keys.filter((q) => q.ko !== null);
    const foundIds = onKo.slice(0, 3).map((q) => q.id);
    const { container, onShow } = renderPage(scanned(foundIds, 'ko'));

    expect(screen.getByRole('status').textContent).toBe(t.editionKo);
    expect(container.textContent).toContain(t.quoteCount(foundIds.length, keys.length));

    const found = screen.getByRole('list', { name: 'Key quotes on this page' });
    expect(idsIn(found)).toEqual(keys.filter((q) => foundIds.includes(q.id)).map((q) => q.id));
    const missing = screen.getByRole('list', { name: t.quotesMissing });
    expect(t.quotesMissing).toMatch(/not found/);
    expect(idsIn(missing)).toEqual(keys.filter((q) => !foundIds.includes(q.id)).map((q) => q.id));
    // Every key quote appears exactly once.
    expect(idsIn(found).length + idsIn(missing).length).toBe(keys.length);

    // Only found quotes can be shown in the page.
    expect(within(missing).queryByRole('button', { name: t.showInPage })).toBeNull();
    const buttons = within(found).getAllByRole('button', { name: t.showInPage });
    expect(buttons.length).toBe(foundIds.length);
    fireEvent.click(buttons[1]!);
    expect(onShow).toHaveBeenCalledWith(foundIds[1]);

    const techcrunch = editionByLang(article, 'en')!;
    const link = screen.getByRole('link', { name: t.otherEditionEn });
    expect(link.getAttribute('href')).toBe(techcrunch.url);
    expect(new URL(link.getAttribute('href')!).hostname).toBe('techcrunch.com');
    // No scan button once scanned.
    expect(screen.queryByRole('button', { name: t.scanPage })).toBeNull();
  });

  it('for the English original: links to the Korean translation', () => {
    renderPage(scanned([keys[0]!.id], 'en'));
    expect(screen.getByRole('status').textContent).toBe(t.editionEn);
    const link = screen.getByRole('link', { name: t.otherEditionKo });
    expect(link.getAttribute('href')).toBe(editionByLang(article, 'ko')!.url);
  });

  it('for a page that is not the article: says so, no edition link, all key quotes listed', () => {
    renderPage(scanned([], null));
    expect(screen.getByRole('status').textContent).toBe(t.notArticle);
    expect(screen.queryByRole('link', { name: t.otherEditionEn })).toBeNull();
    expect(screen.queryByRole('link', { name: t.otherEditionKo })).toBeNull();
    expect(idsIn(screen.getByRole('list', { name: t.keyQuotes }))).toEqual(keys.map((q) => q.id));
  });

  it.each(LANGS)('for a tab it cannot read (null): explains, and still lists the key quotes (%s)', (lang) => {
    const s = STRINGS[lang];
    const { container } = renderPage(null, lang);
    expect(screen.getByRole('status').textContent).toBe(s.unavailable);
    if (lang === 'en') expect(s.unavailable).toMatch(/cannot read this tab/);
    const list = screen.getByRole('list', { name: s.keyQuotes });
    expect(idsIn(list)).toEqual(keys.map((q) => q.id));
    for (const q of keys) expect(container.textContent).toContain(q.en);
    // Nothing to scan or show; each quote can still be linked to in the article.
    expect(screen.queryByRole('button', { name: s.showInPage })).toBeNull();
    expect(screen.queryByRole('button', { name: s.scanPage })).toBeNull();
    expect(screen.getAllByRole('button', { name: s.copyLinkEdition })).toHaveLength(keys.length);
  });

  it('for a tab not scanned yet: offers "Scan this page"', () => {
    const { onScan } = renderPage(emptyTabState(9));
    expect(screen.getByRole('status').textContent).toBe(t.notScanned);
    const button = screen.getByRole('button', { name: t.scanPage });
    expect(t.scanPage).toMatch(/^Scan this page/);
    fireEvent.click(button);
    expect(onScan).toHaveBeenCalledTimes(1);
    expect(idsIn(screen.getByRole('list', { name: t.keyQuotes }))).toEqual(keys.map((q) => q.id));
  });

  it('renders strings in a tab state that look like markup as text, never as HTML', () => {
    const evil = '<img src=x onerror="globalThis.__pwned=1">';
    const state = scanned([keys[0]!.id], 'en', {
      title: evil,
      url: `javascript:alert(1)//${evil}`,
      reason: evil,
    });
    state.quotes = [
      { id: keys[0]!.id, lang: 'en', text: evil, exact: true },
      { id: evil, lang: 'en', text: evil, exact: true },
    ];
    const { container } = renderPage(state);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(container.querySelector('a[href^="javascript:"]')).toBeNull();
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
    // The unknown id is not taken for a key quote.
    expect(idsIn(screen.getByRole('list', { name: t.quotesFound }))).toEqual([keys[0]!.id]);
    expect(container.textContent).toContain(t.quoteCount(1, keys.length));
  });
});

describe('formatDate', () => {
  it('writes partial dates: 2013-05 → May 2013 / 2013년 5월', () => {
    const may2013: DateValue = { value: '2013-05', certainty: 'exact' };
    expect(formatDate(may2013, 'en', STRINGS.en)).toBe('May 2013');
    expect(formatDate(may2013, 'ko', STRINGS.ko)).toBe('2013년 5월');
    expect(formatDate({ value: '2013', certainty: 'exact' }, 'en', STRINGS.en)).toBe('2013');
    expect(formatDate({ value: '2013', certainty: 'exact' }, 'ko', STRINGS.ko)).toBe('2013년');
  });

  it('matches every date in the dataset, full or partial, certain or not', () => {
    const dates: DateValue[] = [
      article.date,
      ...article.editions.map((e) => e.date),
      ...article.documents.map((d) => d.date),
      ...article.quotes.map((q) => q.said.when),
      ...(timeline as Array<{ date: { value: string; certainty?: DateValue['certainty'] } }>).map((e) => ({ ...e.date, certainty: e.date.certainty ?? 'exact' })),
    ];
    expect(dates.some((d) => d.value.length === 7)).toBe(true);
    expect(dates.some((d) => d.certainty === 'uncertain')).toBe(true);
    for (const date of dates) for (const lang of LANGS) expect(formatDate(date, lang, STRINGS[lang])).toBe(expectedDate(date, lang));
  });

  it('says "date unconfirmed" for an uncertain date', () => {
    const text = formatDate({ value: '2025-07-14', certainty: 'uncertain' }, 'en', STRINGS.en);
    expect(text).toContain('date unconfirmed');
    expect(text).toContain('July 14, 2025');
    expect(formatDate({ value: '2025-07-14', certainty: 'exact' }, 'en', STRINGS.en)).not.toContain('date unconfirmed');
    expect(formatDate({ value: '2025-07-14', certainty: 'uncertain' }, 'ko', STRINGS.ko)).toContain(STRINGS.ko.dateUncertain);
  });
});

describe('pinnedTabId', () => {
  it.each([
    ['?tabId=12', 12],
    ['tabId=12', 12],
    ['?other=1&tabId=7', 7],
    ['?tabId=-1', -1],
    ['?tabId=0', 0],
  ])('%s → %s', (search, expected) => {
    expect(pinnedTabId(search)).toBe(expected);
  });

  it.each(['', '?', '?tabId=', '?tabId=abc', '?tabId=12abc', '?tabId=1.5', '?tabId=1e3', '?tabId=%20', '?tab=12', '?tabId=0x10'])(
    '%j → null',
    (search) => {
      expect(pinnedTabId(search)).toBeNull();
    },
  );
});

describe('a quote found with small differences', () => {
  it('says so on its card, and only on its card', () => {
    const t = STRINGS.en;
    const [first, second] = keys;
    const state = scanned([first!.id, second!.id], 'ko');
    state.quotes[1] = { ...state.quotes[1]!, exact: false };
    render(<ThisPage article={article} state={state} lang="en" t={t} onScan={() => {}} onShow={() => {}} />);
    const cards = screen.getAllByRole('article');
    const card = (id: string) => cards.find((c) => c.getAttribute('data-quote-id') === id)!;
    expect(card(second!.id).textContent).toContain(t.closeMatch);
    expect(card(first!.id).textContent).not.toContain(t.closeMatch);
  });
});

describe('copy link to this quote', () => {
  const t = STRINGS.en;
  /** The text directive's terms, as the browser reads them. */
  const terms = (url: string) => url.slice(url.indexOf('#:~:text=') + 9).split(',').map(decodeURIComponent);

  function clipboard(result: 'ok' | 'refused') {
    const writeText = vi.fn((_text: string) => (result === 'ok' ? Promise.resolve() : Promise.reject(new Error('denied'))));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    return writeText;
  }

  it('a quote found on the page links to this page, by the words the page shows', async () => {
    const writeText = clipboard('ok');
    const q = keys.find((k) => k.ko)!;
    const state = scanned([q.id], 'ko', { url: 'https://v.daum.net/v/123?x=1#top' });
    state.quotes[0]!.text = `${q.ko!.slice(0, 12)}\u00ad${q.ko!.slice(12)}`;
    renderPage(state);
    const found = screen.getByRole('list', { name: t.quotesFound });
    fireEvent.click(within(found).getByRole('button', { name: t.copyLink }));
    await screen.findByText(t.copyLinkDone);
    const url = writeText.mock.calls[0]![0] as string;
    expect(url.startsWith('https://v.daum.net/v/123?x=1#:~:text=')).toBe(true);
    const words = fragmentWords(q.ko!);
    expect(terms(url)[0]).toBe(words.slice(0, words.length > 8 ? 4 : undefined).join(' '));
  });

  it('a quote not on the page links to it in the Korean edition (or the original when the Korean edition lacks it)', () => {
    const writeText = clipboard('ok');
    renderPage(scanned([], null));
    const buttons = screen.getAllByRole('button', { name: t.copyLinkEdition });
    expect(buttons).toHaveLength(keys.length);
    buttons.forEach((b) => fireEvent.click(b));
    keys.forEach((q, i) => {
      const url = writeText.mock.calls[i]![0] as string;
      const edition = editionByLang(article, q.ko ? 'ko' : 'en')!;
      expect(url.startsWith(`${edition.url}#:~:text=`)).toBe(true);
      const text = (q.ko ?? q.en).replace(/\s+/g, ' ');
      for (const term of terms(url)) expect(text).toContain(term);
    });
  });

  it('when the clipboard refuses, the link is shown for the reader to copy', async () => {
    clipboard('refused');
    renderPage(scanned([keys[0]!.id], 'en'));
    fireEvent.click(screen.getAllByRole('button', { name: t.copyLink })[0]!);
    const input = await screen.findByRole('textbox', { name: t.copyLinkManual });
    expect((input as HTMLInputElement).value.startsWith(`${editionByLang(article, 'en')!.url}#:~:text=`)).toBe(true);
  });
});
