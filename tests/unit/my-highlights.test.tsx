// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing';
import { article, editionByLang, keyQuotes } from '../../lib/dataset/article';
import { pageKey } from '../../lib/annotations/page-key';
import { UserHighlight } from '../../lib/annotations/schema';
import { describeSpan } from '../../lib/annotations/text-anchor';
import { toMarkdown } from '../../lib/annotations/markdown';
import { toWebAnnotations } from '../../lib/annotations/web-annotation';
import { parseWebAnnotations, parseWebAnnotationsText } from '../../lib/annotations/web-annotation-import';
import type { TabHighlights } from '../../lib/messages';
import { STRINGS, type UiLang } from '../../lib/panel/strings';
import { MyHighlights } from '../../components/MyHighlights';
import { HighlightsTransfer } from '../../components/HighlightsTransfer';

const LANGS: UiLang[] = ['en', 'ko'];
const koText = readFileSync(join(__dirname, '../fixtures/article-ko.txt'), 'utf8');
const ko = editionByLang(article, 'ko')!;
const koQuotes = keyQuotes(article)
  .flatMap((q) => (q.ko ? [q.ko] : []))
  .filter((q) => koText.includes(q));

/** A saved highlight of `quote` in the Korean edition, made on day `i`. */
function highlight(quote: string, i: number, note = ''): UserHighlight {
  const start = koText.indexOf(quote);
  const t = new Date(Date.UTC(2025, 6, 31, 9, i)).toISOString();
  return UserHighlight.parse({
    id: crypto.randomUUID(),
    pageKey: pageKey(ko.url),
    url: ko.url,
    title: article.title.ko,
    created: t,
    modified: t,
    note,
    ...describeSpan(koText, start, start + quote.length),
  });
}

// Saved in an order different from the page's, so the list's order (by position) is checked.
const saved = [highlight(koQuotes[2]!, 1, '첫 메모'), highlight(koQuotes[0]!, 2), highlight(koQuotes[1]!, 3)];
const byPosition = [...saved].sort((a, b) => a.position!.start - b.position!.start);

type Handler = (m: { type: string; [k: string]: unknown }) => unknown;
let sent: Array<{ type: string; [k: string]: unknown }>;
/** Stubs runtime.sendMessage; every message is recorded in `sent`. */
function answer(handler: Handler = () => undefined) {
  sent = [];
  fakeBrowser.runtime.sendMessage = vi.fn(async (m: { type: string }) => {
    sent.push(m);
    return handler(m);
  }) as never;
}
const sentOf = (type: string) => sent.filter((m) => m.type === type);
/** The accessible name of a highlight's "Remove" button: the label and the start of its text (white space collapsed). */
const removeName = (lang: UiLang, x: UserHighlight) => `${STRINGS[lang].highlights.remove}: ${x.quote.exact.slice(0, 60)}`.replace(/\s+/g, ' ').trim();

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});
beforeEach(() => {
  fakeBrowser.reset();
  answer();
});

function renderList(lang: UiLang, data: TabHighlights | null = { pageKey: pageKey(ko.url), highlights: saved, orphans: [] }) {
  return render(<MyHighlights data={data} t={STRINGS[lang]} lang={lang} />);
}

describe('MyHighlights', () => {
  it.each(LANGS)('lists the page’s highlights in page order, with their count and notes (%s)', (lang) => {
    const h = STRINGS[lang].highlights;
    renderList(lang);
    const section = screen.getByRole('region', { name: `${h.title} (${h.count(saved.length)})` });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('blockquote')!.textContent)).toEqual(byPosition.map((x) => x.quote.exact));
    items.forEach((li, i) => {
      expect((within(li).getByRole('textbox', { name: h.note }) as HTMLTextAreaElement).value).toBe(byPosition[i]!.note);
      expect(within(li).getByRole('button', { name: removeName(lang, byPosition[i]!) })).toBeTruthy();
    });
    expect(screen.queryByText(h.orphan)).toBeNull();
    expect(screen.queryByRole('button', { name: h.undo })).toBeNull();
  });

  it.each(LANGS)('says so when the page has none (%s)', (lang) => {
    const h = STRINGS[lang].highlights;
    renderList(lang, { pageKey: pageKey(ko.url), highlights: [], orphans: [] });
    expect(screen.getByText(h.none)).toBeTruthy();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('renders nothing without a page', () => {
    const { container } = renderList('en', null);
    expect(container.innerHTML).toBe('');
    cleanup();
    const again = renderList('en', { pageKey: null, highlights: saved, orphans: [] });
    expect(again.container.innerHTML).toBe('');
  });

  it.each(LANGS)('marks the highlights the page could not place, and keeps them listed (%s)', (lang) => {
    const h = STRINGS[lang].highlights;
    const orphan = byPosition[1]!;
    renderList(lang, { pageKey: pageKey(ko.url), highlights: saved, orphans: [orphan.id] });
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(saved.length);
    for (const li of items) {
      const isOrphan = li.querySelector('blockquote')!.textContent === orphan.quote.exact;
      expect(within(li).queryByText(h.orphan) !== null).toBe(isOrphan);
    }
  });

  it.each(LANGS)('"Remove" sends highlight:remove; "Undo" sends highlight:restore with the removed highlight (%s)', async (lang) => {
    const h = STRINGS[lang].highlights;
    const target = byPosition[0]!;
    answer((m) => (m.type === 'highlight:remove' ? saved.find((x) => x.id === m.id) ?? null : true));
    renderList(lang);
    fireEvent.click(screen.getByRole('button', { name: removeName(lang, target) }));
    expect(sentOf('highlight:remove')).toEqual([{ type: 'highlight:remove', id: target.id }]);
    const undo = await screen.findByRole('button', { name: h.undo });
    expect(screen.getByText(h.removed)).toBeTruthy();
    fireEvent.click(undo);
    expect(sentOf('highlight:restore')).toEqual([{ type: 'highlight:restore', highlight: target }]);
    await waitFor(() => expect(screen.queryByRole('button', { name: h.undo })).toBeNull());
  });

  it('offers no undo when the background removed nothing', async () => {
    const h = STRINGS.en.highlights;
    answer(() => null);
    renderList('en');
    fireEvent.click(screen.getByRole('button', { name: removeName('en', byPosition[0]!) }));
    await waitFor(() => expect(sentOf('highlight:remove')).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByRole('button', { name: h.undo })).toBeNull();
  });

  it('sends a note when the field is left, only when it changed', () => {
    const h = STRINGS.ko.highlights;
    renderList('ko');
    const li = screen.getAllByRole('listitem')[0]!;
    const item = byPosition[0]!;
    const field = within(li).getByRole('textbox', { name: h.note });
    fireEvent.focus(field);
    fireEvent.blur(field);
    expect(sentOf('highlight:note')).toEqual([]);
    fireEvent.change(field, { target: { value: '중요한 문장' } });
    expect(sentOf('highlight:note')).toEqual([]); // not while typing
    fireEvent.blur(field);
    expect(sentOf('highlight:note')).toEqual([{ type: 'highlight:note', id: item.id, note: '중요한 문장' }]);
    // Changed and changed back: nothing to save.
    const other = within(screen.getAllByRole('listitem')[1]!).getByRole('textbox', { name: h.note });
    const before = (other as HTMLTextAreaElement).value;
    fireEvent.change(other, { target: { value: `${before}x` } });
    fireEvent.change(other, { target: { value: before } });
    fireEvent.blur(other);
    expect(sentOf('highlight:note')).toHaveLength(1);
  });
});

// ---------------------------------------------------------------- HighlightsTransfer

/** Uploads `text` as a file through the import field. */
function upload(lang: UiLang, text: string, name = 'highlights.jsonld') {
  const input = screen.getByLabelText(STRINGS[lang].highlights.importLabel) as HTMLInputElement;
  const file = new File([text], name, { type: 'application/ld+json' });
  fireEvent.change(input, { target: { files: [file] } });
}

function renderTransfer(lang: UiLang) {
  return render(<HighlightsTransfer t={STRINGS[lang]} lang={lang} />);
}

describe('HighlightsTransfer: import', () => {
  const now = new Date('2025-08-02T12:00:00Z');
  const good = JSON.stringify(toWebAnnotations(saved, now), null, 2);
  const malformed: Array<[string, string, 'not-json' | 'not-annotations']> = [
    ['JSON cut off', good.slice(0, Math.floor(good.length / 2)), 'not-json'],
    ['foreign JSON', JSON.stringify({ name: 'some-package', version: '1.0.0', dependencies: {} }), 'not-annotations'],
    ['an empty file', '', 'not-json'],
  ];

  for (const lang of LANGS) {
    for (const [what, text, code] of malformed) {
      it(`${what}: an alert says it was not imported, and why; nothing is sent to import (${lang})`, async () => {
        const h = STRINGS[lang].highlights;
        answer((m) => (m.type === 'highlights:all' ? saved : m.type === 'highlights:set-aside' ? [] : undefined));
        renderTransfer(lang);
        upload(lang, text);
        const alert = await screen.findByRole('alert');
        const parsed = parseWebAnnotationsText(text);
        expect(parsed.ok).toBe(false);
        if (parsed.ok) return;
        expect(parsed.code).toBe(code);
        expect(alert.textContent).toBe(h.importFailed(`${h.importErrors[code]} (${parsed.error})`));
        expect(alert.textContent).toContain(h.importErrors[code]);
        expect(screen.queryByRole('button', { name: h.importDo })).toBeNull();
        expect(sentOf('highlights:import')).toEqual([]);
      });
    }
  }

  it('a cut-off file is said to be cut off', async () => {
    renderTransfer('en');
    upload('en', good.slice(0, 200));
    expect((await screen.findByRole('alert')).textContent).toContain('cut off');
  });

  /** The file: one highlight as saved, one changed (a conflict), one new. */
  function conflictFile() {
    const [same, changed] = saved;
    const fresh = highlight(koQuotes[3] ?? koQuotes[0]!, 9, 'new');
    const inFile = [same!, { ...changed!, note: '파일의 메모' }, fresh];
    return { inFile, text: JSON.stringify(toWebAnnotations(inFile, now)) };
  }

  for (const lang of LANGS) {
    it(`a valid file with a conflict shows the summary and both buttons (${lang})`, async () => {
      const h = STRINGS[lang].highlights;
      answer((m) => (m.type === 'highlights:all' ? saved : m.type === 'highlights:set-aside' ? [] : undefined));
      renderTransfer(lang);
      const { inFile, text } = conflictFile();
      upload(lang, text);
      expect(await screen.findByText(h.importSummary(inFile.length, 1, 1, 1))).toBeTruthy();
      expect(screen.getByRole('button', { name: h.importDo })).toBeTruthy();
      expect(screen.getByRole('button', { name: h.importReplace(1) })).toBeTruthy();
      expect(screen.getByRole('button', { name: h.importCancel })).toBeTruthy();
      expect(screen.queryByRole('alert')).toBeNull();
      expect(sentOf('highlights:import')).toEqual([]);
    });
  }

  it('without conflicts there is no replace button', async () => {
    const h = STRINGS.en.highlights;
    answer((m) => (m.type === 'highlights:all' ? [] : undefined));
    renderTransfer('en');
    upload('en', good);
    expect(await screen.findByText(h.importSummary(saved.length, saved.length, 0, 0))).toBeTruthy();
    expect(screen.queryByRole('button', { name: h.importReplace(0) })).toBeNull();
  });

  for (const [label, replace] of [
    [STRINGS.en.highlights.importDo, false],
    [STRINGS.en.highlights.importReplace(1), true],
  ] as const) {
    it(`"${label}" sends the file's highlights with replaceConflicts ${replace}`, async () => {
      const h = STRINGS.en.highlights;
      const counts = { added: 1, unchanged: 1, conflicts: 1, replaced: replace ? 1 : 0 };
      answer((m) => (m.type === 'highlights:all' ? saved : m.type === 'highlights:import' ? counts : m.type === 'highlights:set-aside' ? [] : undefined));
      renderTransfer('en');
      const { inFile, text } = conflictFile();
      upload('en', text);
      fireEvent.click(await screen.findByRole('button', { name: label }));
      const imports = sentOf('highlights:import');
      expect(imports).toHaveLength(1);
      expect(imports[0]!.replaceConflicts).toBe(replace);
      const expected = parseWebAnnotationsText(text);
      expect(expected.ok && imports[0]!.highlights).toEqual(expected.ok && expected.highlights);
      expect((imports[0]!.highlights as UserHighlight[]).map((x) => x.id)).toEqual(inFile.map((x) => x.id));
      expect(await screen.findByText(h.imported(counts.added, counts.replaced))).toBeTruthy();
      expect(screen.queryByRole('button', { name: h.importDo })).toBeNull();
    });
  }

  it('"Cancel" sends nothing', async () => {
    const h = STRINGS.en.highlights;
    answer((m) => (m.type === 'highlights:all' ? saved : undefined));
    renderTransfer('en');
    upload('en', conflictFile().text);
    fireEvent.click(await screen.findByRole('button', { name: h.importCancel }));
    expect(screen.queryByRole('button', { name: h.importDo })).toBeNull();
    expect(sentOf('highlights:import')).toEqual([]);
  });

  it('a refused save is reported as an alert', async () => {
    const h = STRINGS.ko.highlights;
    answer((m) => {
      if (m.type === 'highlights:all') return [];
      if (m.type === 'highlights:import') throw new Error('QUOTA_BYTES quota exceeded');
      return undefined;
    });
    renderTransfer('ko');
    upload('ko', good);
    fireEvent.click(await screen.findByRole('button', { name: h.importDo }));
    expect((await screen.findByRole('alert')).textContent).toBe(h.saveFailed);
  });
});

describe('HighlightsTransfer: export', () => {
  const fixed = new Date('2025-08-03T10:00:00Z');
  let blobs: Blob[];
  let names: string[];

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(fixed);
    blobs = [];
    names = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((b: Blob) => {
        blobs.push(b);
        return `blob:test/${blobs.length}`;
      }),
      revokeObjectURL: vi.fn(),
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    answer((m) => (m.type === 'highlights:all' ? saved : m.type === 'highlights:set-aside' ? [] : undefined));
  });

  for (const lang of LANGS) {
    it(`"${STRINGS[lang].highlights.exportMarkdown}" downloads every highlight as Markdown (${lang})`, async () => {
      const h = STRINGS[lang].highlights;
      renderTransfer(lang);
      fireEvent.click(screen.getByRole('button', { name: h.exportMarkdown }));
      await waitFor(() => expect(blobs).toHaveLength(1));
      expect(blobs[0]!.type).toBe('text/markdown');
      expect(await blobs[0]!.text()).toBe(toMarkdown(saved, { lang, now: fixed }));
      expect(names).toEqual(['meta-context-highlights-2025-08-03.md']);
    });
  }

  it('"Export as W3C Web Annotations" downloads an AnnotationCollection holding every highlight', async () => {
    const h = STRINGS.en.highlights;
    renderTransfer('en');
    fireEvent.click(screen.getByRole('button', { name: h.exportJson }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(blobs[0]!.type).toBe('application/ld+json');
    expect(names).toEqual(['meta-context-highlights-2025-08-03.jsonld']);
    const json = JSON.parse(await blobs[0]!.text());
    expect(json['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.type).toBe('AnnotationCollection');
    expect(json.total).toBe(saved.length);
    const items = json.first.items as Array<{ id: string; type: string; target: { source: string; selector: Array<{ type: string; exact?: string }> } }>;
    expect(items.map((a) => a.id)).toEqual(saved.map((x) => `urn:uuid:${x.id}`));
    items.forEach((a, i) => {
      expect(a.type).toBe('Annotation');
      expect(a.target.source).toBe(saved[i]!.url);
      expect(a.target.selector.find((s) => s.type === 'TextQuoteSelector')!.exact).toBe(saved[i]!.quote.exact);
    });
    // And it reads back as the same highlights.
    const back = parseWebAnnotations(json);
    expect(back.ok && back.highlights).toEqual(saved);
  });
});
