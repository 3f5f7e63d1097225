// @vitest-environment jsdom
/** The library as a reader uses it: pages listed, search, delete all and undo, notes, colours, links that open the page at the highlight. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing';
import { UserHighlight } from '../../lib/annotations/schema';
import { STRINGS, type UiLang } from '../../lib/panel/strings';
import type { LibraryData } from '../../lib/library/use-library';
import { Library, PAGES_PER_STEP } from '../../components/Library';

let n = 0;
function h(url: string, title: string, exact: string, day: number, extra: Partial<UserHighlight> = {}): UserHighlight {
  const t = new Date(Date.UTC(2025, 6, day, 9, n % 60)).toISOString();
  return UserHighlight.parse({ id: `id-${++n}`, pageKey: url, url, title, created: t, modified: t, note: '', quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, ...extra });
}

const A = 'https://aimatters.co.kr/news-report/ai-news/27841';
const B = 'https://techcrunch.com/2025/07/30/zuckerberg';
const list = [
  h(A, '메타, 초지능 모델', '라마 4 베히모스를 공개하지 않았다', 1, { color: 'pink', note: '중요' }),
  h(A, '메타, 초지능 모델', '새로운 데이터센터를 구축하는 데', 1),
  h(B, '<img src=x onerror=alert(1)> Zuckerberg signals', 'personal superintelligence', 2),
];
const data = (highlights = list, orphans: string[] = [list[1]!.id]): LibraryData => ({ highlights, orphans: new Set(orphans), storage: { level: 'ok', percent: 1 } });

const countLine = () => document.querySelector('.library-count[role=status]')!.textContent;
let sent: Array<{ type: string; [k: string]: unknown }>;
beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  fakeBrowser.runtime.sendMessage = vi.fn(async (m: { type: string; ids?: string[] }) => {
    sent.push(m);
    if (m.type === 'highlights:remove-many') return list.filter((x) => m.ids!.includes(x.id));
    if (m.type === 'highlights:set-aside') return [];
    return true;
  }) as never;
});
afterEach(cleanup);

describe.each(['en', 'ko'] as UiLang[])('the library (%s)', (lang) => {
  const t = STRINGS[lang];
  const l = t.library;

  it('lists every page, newest first, with site, count, each highlight, its colour, orphans marked; page text stays text', () => {
    const { container } = render(<Library data={data()} t={t} lang={lang} />);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((x) => x.textContent);
    expect(headings).toEqual(['<img src=x onerror=alert(1)> Zuckerberg signals', '메타, 초지능 모델']);
    expect(container.querySelector('img')).toBeNull();
    expect(countLine()).toBe(l.shown(3, 2));
    const pageA = container.querySelector(`[data-page-key="${A}"]`) as HTMLElement;
    expect(within(pageA).getByText('aimatters.co.kr')).toBeTruthy();
    expect(within(pageA).getByText(l.count(2))).toBeTruthy();
    const pink = container.querySelector(`[data-highlight-id="${list[0]!.id}"]`) as HTMLElement;
    expect((within(pink).getByRole('combobox') as HTMLSelectElement).value).toBe('pink');
    expect(within(pink).getByRole('option', { name: l.colors.pink, selected: true })).toBeTruthy();
    expect((within(pink).getByRole('textbox') as HTMLTextAreaElement).value).toBe('중요');
    const orphan = container.querySelector(`[data-highlight-id="${list[1]!.id}"]`) as HTMLElement;
    expect(within(orphan).getByText(l.orphan)).toBeTruthy();
    expect(within(pink).queryByText(l.orphan)).toBeNull();
    const link = within(pink).getByRole('link', { name: new RegExp(l.openInPage) }) as HTMLAnchorElement;
    expect(link.href).toBe(`${A}#:~:text=${encodeURIComponent('라마 4 베히모스를 공개하지 않았다')}`);
    expect(link.target).toBe('_blank');
  });

  it('search narrows the list (folded: case, spacing), and says how many are shown; Clear brings all back', async () => {
    render(<Library data={data()} t={t} lang={lang} />);
    fireEvent.change(screen.getByRole('searchbox', { name: l.search }), { target: { value: 'PERSONAL  super-intelligence' } });
    await waitFor(() => expect(countLine()).toBe(l.shown(1, 1)));
    expect(screen.getAllByRole('blockquote').map((b) => b.textContent)).toEqual(['personal superintelligence']);
    fireEvent.change(screen.getByRole('searchbox', { name: l.search }), { target: { value: '라마4' } });
    await waitFor(() => expect(screen.getAllByRole('blockquote').map((b) => b.textContent)).toEqual(['라마 4 베히모스를 공개하지 않았다']));
    fireEvent.change(screen.getByRole('searchbox', { name: l.search }), { target: { value: 'nothing like this' } });
    await waitFor(() => expect(countLine()).toBe(l.noMatch));
    fireEvent.click(screen.getByRole('button', { name: l.clear }));
    await waitFor(() => expect(screen.getAllByRole('blockquote')).toHaveLength(3));
  });

  it('filters by colour and by orphans', async () => {
    render(<Library data={data()} t={t} lang={lang} />);
    fireEvent.change(screen.getByRole('combobox', { name: l.color }), { target: { value: 'pink' } });
    await waitFor(() => expect(screen.getAllByRole('blockquote').map((b) => b.textContent)).toEqual(['라마 4 베히모스를 공개하지 않았다']));
    fireEvent.change(screen.getByRole('combobox', { name: l.color }), { target: { value: '' } });
    fireEvent.click(screen.getByRole('checkbox', { name: l.orphansOnly }));
    await waitFor(() => expect(screen.getAllByRole('blockquote').map((b) => b.textContent)).toEqual(['새로운 데이터센터를 구축하는 데']));
  });

  it('Delete all removes every shown highlight in one message; Undo imports them back, and has focus', async () => {
    render(<Library data={data()} t={t} lang={lang} />);
    fireEvent.click(screen.getByRole('button', { name: l.deleteAll }));
    await waitFor(() => expect(screen.getByText(l.deleted(3))).toBeTruthy());
    expect(sent.find((m) => m.type === 'highlights:remove-many')!.ids).toEqual(expect.arrayContaining(list.map((x) => x.id)));
    const undo = screen.getByRole('button', { name: l.undo });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(() => expect(screen.getByText(l.undone)).toBeTruthy());
    expect(sent.at(-1)).toEqual({ type: 'highlights:import', highlights: list, replaceConflicts: false });
  });

  it('a note is saved on leaving the field (undoable); a colour is set from its menu', async () => {
    const { container } = render(<Library data={data()} t={t} lang={lang} />);
    const item = container.querySelector(`[data-highlight-id="${list[2]!.id}"]`) as HTMLElement;
    const note = within(item).getByRole('textbox');
    fireEvent.change(note, { target: { value: 'the letter' } });
    fireEvent.blur(note);
    await waitFor(() => expect(sent).toContainEqual({ type: 'highlight:note', id: list[2]!.id, note: 'the letter' }));
    fireEvent.click(await screen.findByRole('button', { name: l.undo }));
    await waitFor(() => expect(sent.at(-1)).toEqual({ type: 'highlight:note', id: list[2]!.id, note: '' }));
    fireEvent.change(within(item).getByRole('combobox'), { target: { value: 'blue' } });
    expect(sent.at(-1)).toEqual({ type: 'highlight:color', id: list[2]!.id, color: 'blue' });
  });
});

describe('at scale, and near the quota', () => {
  it(`renders ${PAGES_PER_STEP} pages at first, more on request`, () => {
    const many = Array.from({ length: 50 }, (_, p) => h(`https://example.com/${p}`, `Page ${p}`, `text ${p}`, 1 + (p % 28)));
    render(<Library data={data(many, [])} t={STRINGS.en} lang="en" />);
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(PAGES_PER_STEP);
    fireEvent.click(screen.getByRole('button', { name: STRINGS.en.library.showMore(PAGES_PER_STEP) }));
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(PAGES_PER_STEP * 2);
  });
  it('tells the reader when storage is nearly full', () => {
    render(<Library data={{ ...data(), storage: { level: 'near', percent: 85 } }} t={STRINGS.ko} lang="ko" />);
    expect(screen.getByRole('alert').textContent).toBe(STRINGS.ko.library.storageNear(85));
  });
});
