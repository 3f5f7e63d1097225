/**
 * Highlights as Markdown in the reader's language: a section per page, each highlight a blockquote with its
 * note and day. Page text is escaped so it cannot become a link, HTML or a block in the reader's notes app.
 */
import { formatDate } from '../i18n/format';
import { SHARED_STRINGS } from '../i18n/shared-strings';
import type { UserHighlight } from './schema';

export type MarkdownLang = 'en' | 'ko';

const LABELS = {
  en: {
    heading: 'My highlights',
    exported: (date: string, highlights: number, pages: number) =>
      `Exported on ${date}: ${highlights} ${highlights === 1 ? 'highlight' : 'highlights'} from ${pages} ${pages === 1 ? 'page' : 'pages'}.`,
    none: 'No highlights yet.',
    note: 'Note',
    highlighted: (date: string) => `Highlighted on ${date}`,
    untitled: 'Untitled page',
  },
  ko: {
    heading: '내 하이라이트',
    exported: (date: string, highlights: number, pages: number) => `내보낸 날: ${date} · 페이지 ${pages}개, 하이라이트 ${highlights}개`,
    none: '아직 하이라이트가 없습니다.',
    note: '메모',
    highlighted: (date: string) => `하이라이트한 날: ${date}`,
    untitled: '제목 없는 페이지',
  },
} satisfies Record<MarkdownLang, unknown>;

/** The labels used in the document (exported for tests). */
export const MARKDOWN_LABELS: Readonly<typeof LABELS> = LABELS;

/** The highlights as Markdown. */
export function toMarkdown(highlights: readonly UserHighlight[], opts: { lang: MarkdownLang; now: Date }): string {
  const lang: MarkdownLang = opts.lang === 'ko' ? 'ko' : 'en';
  const L = LABELS[lang];
  const pages = groupByPage(highlights);
  const out: string[] = [`# ${L.heading}`, '', L.exported(dayOf(opts.now, lang), highlights.length, pages.length)];
  if (pages.length === 0) out.push('', L.none);
  for (const page of pages) {
    out.push('', `## ${pageHeading(page.items, L.untitled)}`);
    for (const h of page.items) {
      out.push('', blockquote(h.quote.exact));
      if (h.note && h.note.trim()) out.push('', `**${L.note}:** ${escapeLines(h.note).join('\\\n')}`);
      out.push('', `*${L.highlighted(dayOf(new Date(h.created), lang))}*`);
    }
  }
  return `${out.join('\n')}\n`;
}

interface Page {
  key: string;
  first: number;
  items: UserHighlight[];
}

/** Highlights grouped by page: pages by their earliest highlight, highlights by position. */
export function groupByPage(highlights: readonly UserHighlight[]): Page[] {
  const byKey = new Map<string, Page>();
  for (const h of highlights) {
    const t = time(h.created);
    const page = byKey.get(h.pageKey);
    if (page) {
      page.items.push(h);
      page.first = Math.min(page.first, t);
    } else byKey.set(h.pageKey, { key: h.pageKey, first: t, items: [h] });
  }
  const pages = [...byKey.values()].sort((a, b) => a.first - b.first || compare(a.key, b.key));
  for (const p of pages) p.items.sort(byPosition);
  return pages;
}

function byPosition(a: UserHighlight, b: UserHighlight): number {
  const pa = a.position?.start ?? Infinity;
  const pb = b.position?.start ?? Infinity;
  if (pa !== pb) return pa < pb ? -1 : 1;
  return time(a.created) - time(b.created) || compare(a.id, b.id);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Infinity : t;
}

/** The reader's local day of a date, written as the panel writes dates. */
function dayOf(date: Date, lang: MarkdownLang): string {
  if (Number.isNaN(date.getTime())) return '?';
  const value = `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return formatDate({ value, certainty: 'exact' }, lang, SHARED_STRINGS[lang]);
}

/** `[title](address)` for a page; the title alone when the address is not http(s). */
function pageHeading(items: UserHighlight[], untitled: string): string {
  // The most recent non-empty title: the name the reader knows.
  const titled = items.filter((h) => h.title.trim()).sort((a, b) => time(b.modified) - time(a.modified));
  const title = titled[0]?.title ?? '';
  const first = items[0]!;
  const address = [first.pageKey, first.url].find((u) => /^https?:\/\//i.test(u));
  const text = escapeInline(oneLine(title) || (address ? oneLine(address) : untitled));
  return address ? `[${text}](${linkDestination(address)})` : text;
}

/** A link destination that cannot end early or break out: spaces, brackets and controls percent-encoded. */
export function linkDestination(url: string): string {
  return url.replace(/[\s<>()\\`"'\u0000-\u001f\u007f]/g, (c) =>
    [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/** Text as a Markdown blockquote, one `> ` line per line, blank lines kept as paragraph breaks. */
function blockquote(text: string): string {
  return escapeLines(text)
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text split into escaped lines: whitespace at either end of a line dropped, runs of blank lines made one. */
export function escapeLines(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => escapeInline(l.replace(/[ \t\u00a0]+/g, ' ').trim()));
  const out: string[] = [];
  for (const l of lines) if (l || (out.length > 0 && out[out.length - 1] !== '')) out.push(l);
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** One line escaped for CommonMark and GFM: inline syntax and block openers lose their meaning; bare addresses stay plain. */
export function escapeInline(line: string): string {
  let s = line.replace(/[\\`*_[\]<>&|~!{}]/g, '\\$&');
  s = s.replace(/:(?=\/\/)/g, '\\:').replace(/\b(www)\./gi, '$1\\.').replace(/@/g, '\\@');
  // Block openers at the start of the line: # > + - = and "1." / "1)".
  s = s.replace(/^([#>+\-=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return s;
}
