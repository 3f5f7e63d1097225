import { describe, expect, it } from 'vitest';
import { article, keyQuotes } from '../../lib/dataset/article';
import { formatDate } from '../../lib/i18n/format';
import { STRINGS } from '../../lib/panel/strings';
import { pageKey } from '../../lib/annotations/page-key';
import { UserHighlight } from '../../lib/annotations/schema';
import { describeSpan } from '../../lib/annotations/text-anchor';
import { escapeInline, MARKDOWN_LABELS, toMarkdown } from '../../lib/annotations/markdown';
import { enEdition as en, enText, koEdition as ko, koText } from './support/article-pages';

const now = new Date(2025, 7, 2, 10, 0);
const LANGS = ['en', 'ko'] as const;

function highlight(text: string, quote: string, url: string, title: string, created: Date, note = ''): UserHighlight {
  const start = text.indexOf(quote);
  const sel = describeSpan(text, start, start + quote.length);
  return UserHighlight.parse({ id: crypto.randomUUID(), pageKey: pageKey(url), url, title, created: created.toISOString(), modified: created.toISOString(), note, ...sel });
}

/**
 * Highlights on both editions, saved out of order: the Korean page's first
 * highlight is the oldest, and on each page the later quotes were highlighted first.
 */
function sample(): UserHighlight[] {
  const koQuotes = keyQuotes(article).flatMap((q) => (q.ko ? [q.ko] : []));
  const enQuotes = keyQuotes(article).map((q) => q.en);
  const out: UserHighlight[] = [];
  let minute = 0;
  const at = () => new Date(2025, 6, 31, 9, minute++);
  out.push(highlight(koText, koQuotes[koQuotes.length - 1]!, ko.url, article.title.ko, at(), '다시 읽을 것'));
  for (const q of [...enQuotes].reverse()) out.push(highlight(enText, q, en.url, article.title.en, at(), q === enQuotes[1] ? 'Compare with the 2024 letter.\nSecond line.' : ''));
  for (const q of koQuotes.slice(0, -1).reverse()) out.push(highlight(koText, q, ko.url, article.title.ko, at()));
  return out;
}

/** What a Markdown reader shows of an escaped line: the backslashes before punctuation gone. */
const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('toMarkdown', () => {
  const highlights = sample();

  for (const lang of LANGS) {
    const L = MARKDOWN_LABELS[lang];
    const md = toMarkdown(highlights, { lang, now });
    const lines = md.split('\n');

    it(`${lang}: a title, the export date and the counts, in the reader's language`, () => {
      expect(lines[0]).toBe(`# ${L.heading}`);
      const day = formatDate({ value: '2025-08-02', certainty: 'exact' }, lang, STRINGS[lang]);
      expect(md).toContain(L.exported(day, highlights.length, 2));
    });

    it(`${lang}: one section per page, its title linked to its address, pages by their first highlight`, () => {
      const headings = lines.filter((l) => l.startsWith('## '));
      expect(headings).toEqual([`## [${escapeInline(article.title.ko)}](${ko.url})`, `## [${escapeInline(article.title.en)}](${en.url})`]);
    });

    it(`${lang}: every highlight quoted, in page order, with its note and the day it was made`, () => {
      for (const page of [ko, en]) {
        const mine = highlights.filter((h) => h.pageKey === pageKey(page.url)).sort((a, b) => a.position!.start - b.position!.start);
        const section = md.slice(md.indexOf(`](${page.url})`));
        let last = -1;
        for (const h of mine) {
          const quoted = `> ${escapeInline(h.quote.exact)}`;
          const at = section.indexOf(quoted);
          expect(at, h.quote.exact).toBeGreaterThan(last);
          last = at;
          const day = formatDate({ value: localDay(new Date(h.created)), certainty: 'exact' }, lang, STRINGS[lang]);
          const after = section.slice(at, at + quoted.length + 300);
          expect(after).toContain(`*${L.highlighted(day)}*`);
          if (h.note) expect(after).toContain(`**${L.note}:** ${h.note.split('\n').map(escapeInline).join('\\\n')}`);
        }
      }
      expect(md.match(/^> /gm)).toHaveLength(highlights.length);
      expect(md.match(new RegExp(`\\*\\*${L.note}:\\*\\*`, 'g'))).toHaveLength(highlights.filter((h) => h.note).length);
    });

    it(`${lang}: the same document for the same highlights in any order`, () => {
      expect(toMarkdown([...highlights].reverse(), { lang, now })).toBe(md);
    });

    it(`${lang}: says so when there are no highlights`, () => {
      expect(toMarkdown([], { lang, now })).toContain(L.none);
    });
  }
});

function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('toMarkdown: page text cannot inject Markdown', () => {
  const hostileLines = [
    '[click here](javascript:alert(1)) and ![pixel](https://evil.example/p.png)',
    '<img src=x onerror=alert(1)> <script>alert(1)</script> &lt;b&gt; &amp;',
    '**bold** _em_ `code` ~~gone~~ | a | b |',
    '# heading',
    '- item',
    '+ item',
    '1. item',
    '2) item',
    '> quoted',
    '```',
    '---',
    '===',
    '    indented code',
    'visit https://evil.example/x or www.evil.example or write to me@evil.example',
    '<https://evil.example>',
  ];
  const exact = hostileLines.join('\n');
  const page = `Before the selection. ${exact} After it.`;
  const h = highlight(page, exact, 'https://example.com/a_(b)?q=1', 'Title](javascript:alert(1)) <b>x</b>', new Date(2025, 6, 31), '[note link](https://evil.example) <i>x</i>');

  for (const lang of LANGS) {
    const md = toMarkdown([h], { lang, now });
    const quoteLines = md.split('\n').filter((l) => l.startsWith('>'));

    it(`${lang}: no link, image, HTML, entity, emphasis or autolink survives in the quote`, () => {
      expect(quoteLines).toHaveLength(hostileLines.length);
      for (const line of quoteLines) {
        const body = line.slice(2);
        // Every Markdown-active character is escaped.
        expect(body, line).not.toMatch(/(^|[^\\])[[\]<>`*_&!|~]/);
        expect(body, line).not.toMatch(/(^|[^\\]):\/\//);
        expect(body, line).not.toMatch(/\bwww\.(?!\\)/);
        expect(body, line).not.toMatch(/(^|[^\\])@/);
        // No line opens a block (heading, list, quote, fence, rule, code).
        expect(body, line).not.toMatch(/^(\s|#|[-+=>]|\d+[.)])/);
      }
    });

    it(`${lang}: what a reader sees is the page's text, line by line`, () => {
      expect(quoteLines.map((l) => unescape(l.slice(2)))).toEqual(hostileLines.map((l) => l.trim()));
    });

    it(`${lang}: the title and the note are escaped, and the link cannot break out of its parentheses`, () => {
      const heading = md.split('\n').find((l) => l.startsWith('## '))!;
      expect(heading).toBe(`## [${escapeInline(h.title)}](https://example.com/a_%28b%29?q=1)`);
      const note = md.split('\n').find((l) => l.startsWith(`**${MARKDOWN_LABELS[lang].note}:**`))!;
      expect(unescape(note)).toContain(h.note);
      expect(note).toContain('\\[note link\\](https\\://evil.example) \\<i\\>x\\</i\\>');
    });
  }

  it('a page without a web address gets a heading without a link', () => {
    const odd = { ...h, pageKey: 'file-page', url: 'file:///home/me/page.html' };
    const md = toMarkdown([odd], { lang: 'en', now });
    expect(md).toContain(`## ${escapeInline(h.title)}\n`);
    expect(md).not.toContain('file:');
  });
});
