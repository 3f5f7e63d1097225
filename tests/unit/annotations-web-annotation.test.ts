import { describe, expect, it } from 'vitest';
import { article, keyQuotes } from '../../lib/dataset/article';
import { pageKey } from '../../lib/annotations/page-key';
import { UserHighlight } from '../../lib/annotations/schema';
import { describeSpan } from '../../lib/annotations/text-anchor';
import { ANNO_CONTEXT, toWebAnnotations } from '../../lib/annotations/web-annotation';
import { MAX_IMPORT_CHARS, parseWebAnnotations, parseWebAnnotationsText } from '../../lib/annotations/web-annotation-import';
import { uuidFromString } from '../../lib/annotations/uuid';
import { enEdition as en, enText, koEdition as ko, koText } from './support/article-pages';

const now = new Date('2025-08-02T10:00:00.000Z');

/** Highlights of the key quotes on both editions: some with notes, one without a position, one with a tracking URL. */
function sampleHighlights(): UserHighlight[] {
  const out: UserHighlight[] = [];
  const pages = [
    { text: koText, url: `${ko.url}?utm_source=newsletter#comments`, title: article.title.ko, quotes: keyQuotes(article).flatMap((q) => (q.ko ? [q.ko] : [])) },
    { text: enText, url: en.url, title: article.title.en, quotes: keyQuotes(article).map((q) => q.en) },
  ];
  for (const page of pages) {
    page.quotes.forEach((quote, i) => {
      const start = page.text.indexOf(quote);
      const sel = describeSpan(page.text, start, start + quote.length);
      const created = new Date(Date.UTC(2025, 6, 31, 9, out.length)).toISOString();
      out.push(
        UserHighlight.parse({
          id: crypto.randomUUID(),
          pageKey: pageKey(page.url),
          url: page.url,
          title: i === 2 ? '' : page.title,
          created,
          modified: i % 3 === 1 ? new Date(Date.UTC(2025, 7, 1, 12, out.length)).toISOString() : created,
          note: i % 2 === 1 ? `메모 ${i}: <b>why</b> this matters\nsecond line` : '',
          quote: sel.quote,
          ...(i === 3 ? {} : { position: sel.position }),
        }),
      );
    });
  }
  return out;
}

describe('toWebAnnotations', () => {
  const highlights = sampleHighlights();
  const doc = toWebAnnotations(highlights, now) as Record<string, any>;

  it('is a W3C AnnotationCollection with one embedded page holding every highlight', () => {
    expect(doc['@context']).toBe(ANNO_CONTEXT);
    expect(doc.type).toBe('AnnotationCollection');
    expect(typeof doc.label).toBe('string');
    expect(doc.total).toBe(highlights.length);
    expect(doc.first.type).toBe('AnnotationPage');
    expect(doc.first.items).toHaveLength(highlights.length);
    expect(doc.id).toMatch(/^urn:uuid:/);
    expect(doc.first.partOf).toBe(doc.id);
  });

  it('writes each highlight as an Annotation with its selectors, dates, page and note', () => {
    doc.first.items.forEach((a: Record<string, any>, i: number) => {
      const h = highlights[i]!;
      expect(a['@context']).toBeUndefined();
      expect(a.id).toBe(`urn:uuid:${h.id}`);
      expect(a.type).toBe('Annotation');
      expect(a.motivation).toBe(h.note ? 'commenting' : 'highlighting');
      expect(a.created).toBe(h.created);
      expect(a.modified).toBe(h.modified);
      expect(a.generated).toBe(now.toISOString());
      if (h.note) expect(a.body).toEqual({ type: 'TextualBody', value: h.note, format: 'text/plain', purpose: 'commenting' });
      else expect(a.body).toBeUndefined();
      expect(a.target.source).toBe(h.url);
      expect(a.target['dc:title']).toBe(h.title || undefined);
      expect(a.target.selector).toEqual(h.position ? [h.quote, h.position] : [h.quote]);
    });
  });

  it('is the same for the same highlights and time', () => {
    expect(toWebAnnotations(highlights, now)).toEqual(doc);
  });
});

describe('round trip', () => {
  it('parse(toWebAnnotations(h)) gives back the same highlights, also through JSON text', () => {
    const highlights = sampleHighlights();
    expect(highlights.length).toBeGreaterThan(6);
    const doc = toWebAnnotations(highlights, now);
    expect(parseWebAnnotations(doc)).toEqual({ ok: true, highlights });
    expect(parseWebAnnotationsText(JSON.stringify(doc, null, 2))).toEqual({ ok: true, highlights });
    expect(parseWebAnnotationsText(`\ufeff${JSON.stringify(doc)}`)).toEqual({ ok: true, highlights });
  });

  it('an empty collection round-trips to no highlights', () => {
    expect(parseWebAnnotations(toWebAnnotations([], now))).toEqual({ ok: true, highlights: [] });
  });
});

describe('parseWebAnnotations: the shapes it accepts', () => {
  const highlights = sampleHighlights();
  const items = (toWebAnnotations(highlights, now) as Record<string, any>).first.items as Record<string, unknown>[];

  it('a single Annotation, a list, an AnnotationPage, a collection whose pages are chained', () => {
    expect(parseWebAnnotations({ '@context': ANNO_CONTEXT, ...items[0] })).toEqual({ ok: true, highlights: [highlights[0]] });
    expect(parseWebAnnotations(items)).toEqual({ ok: true, highlights });
    expect(parseWebAnnotations({ type: 'AnnotationPage', items })).toEqual({ ok: true, highlights });
    const half = Math.floor(items.length / 2);
    const chained = { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: items.slice(0, half), next: { type: 'AnnotationPage', items: items.slice(half) } } };
    expect(parseWebAnnotations(chained)).toEqual({ ok: true, highlights });
  });

  it('an annotation from another tool: quote only, a long prefix, a tag and a comment, a web id', () => {
    const quote = keyQuotes(article).find((q) => q.ko)!.ko!;
    const at = koText.indexOf(quote);
    const foreign = {
      '@context': ANNO_CONTEXT,
      id: 'https://annotations.example.org/a/AbCdEf123',
      type: 'Annotation',
      created: '2025-07-31T08:15:30.123456+00:00',
      modified: '2025-07-31T08:20:00.000000+00:00',
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', value: '베히모스', purpose: 'tagging' },
        { type: 'TextualBody', value: 'Worth rereading.', format: 'text/markdown' },
      ],
      target: [
        {
          source: ko.url,
          selector: [
            { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/p[1]' }, endSelector: { type: 'XPathSelector', value: '/p[1]' } },
            { type: 'TextQuoteSelector', exact: quote, prefix: koText.slice(Math.max(0, at - 100), at), suffix: koText.slice(at + quote.length, at + quote.length + 100) },
          ],
        },
      ],
    };
    const parsed = parseWebAnnotations(foreign);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [h] = parsed.highlights;
    expect(h).toMatchObject({ pageKey: ko.url, url: ko.url, title: '', note: 'Worth rereading.', created: foreign.created, modified: foreign.modified });
    expect(h!.position).toBeUndefined();
    expect(h!.quote.exact).toBe(quote);
    expect(h!.quote.prefix).toBe(koText.slice(at - 64, at));
    expect(h!.quote.suffix).toBe(koText.slice(at + quote.length, at + quote.length + 64));
    expect(h!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // The same file gives the same ids (a second import finds them unchanged); another id gives another.
    expect(parseWebAnnotations(foreign)).toEqual(parsed);
    const other = parseWebAnnotations({ ...foreign, id: 'https://annotations.example.org/a/Other' });
    expect(other.ok && other.highlights[0]!.id).not.toBe(h!.id);
    expect(UserHighlight.safeParse(h).success).toBe(true);
  });

  it('derives distinct, stable UUIDs from strings', () => {
    const ids = new Set(Array.from({ length: 2000 }, (_, i) => uuidFromString(`id ${i}`)));
    expect(ids.size).toBe(2000);
    expect(uuidFromString('x')).toBe(uuidFromString('x'));
  });
});

describe('parseWebAnnotations: malformed and foreign files are rejected with what is wrong', () => {
  const highlights = sampleHighlights();
  const doc = () => structuredClone(toWebAnnotations(highlights, now)) as Record<string, any>;

  /** The export with item n (1-based) changed by `change`. */
  function withItem(n: number, change: (a: Record<string, any>) => void): Record<string, any> {
    const d = doc();
    change(d.first.items[n - 1]);
    return d;
  }

  function rejects(input: unknown, code: string, message: RegExp, item?: number) {
    const r = parseWebAnnotations(input);
    expect(r.ok, JSON.stringify(r)).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(r.error).toMatch(message);
    expect(r.item).toBe(item);
  }

  it('a truncated file', () => {
    const text = JSON.stringify(doc());
    for (const cut of [1, Math.floor(text.length / 2), text.length - 1]) {
      const r = parseWebAnnotationsText(text.slice(0, cut));
      expect(r).toMatchObject({ ok: false, code: 'not-json' });
      expect(!r.ok && r.error).toMatch(/not valid JSON.*cut off/);
    }
    const broken = parseWebAnnotationsText('{"type": "Annotation",, "x": 1}');
    expect(broken).toMatchObject({ ok: false, code: 'not-json' });
    expect(!broken.ok && broken.error).not.toMatch(/cut off/);
  });

  it('a file over the size limit, before reading it', () => {
    const r = parseWebAnnotationsText(' '.repeat(MAX_IMPORT_CHARS + 1));
    expect(r).toMatchObject({ ok: false, code: 'too-large' });
    expect(!r.ok && r.error).toMatch(/too large.*limit is 10 MB/);
  });

  it('wrong types, naming the item and the path', () => {
    const n = highlights.length - 1;
    rejects(withItem(n, (a) => (a.created = 20250731)), 'invalid-item', new RegExp(`^item ${n}: created: expected a string, found a whole number`), n);
    rejects(withItem(2, (a) => (a.modified = 'yesterday')), 'invalid-item', /^item 2: modified: not a date-time/, 2);
    rejects(withItem(1, (a) => (a.target.selector[0].exact = 42)), 'invalid-item', /^item 1: target\.selector\[0\]\.exact: expected a string, found a whole number/, 1);
    rejects(withItem(1, (a) => (a.target.selector[0].exact = '')), 'invalid-item', /^item 1: target\.selector\[0\]\.exact: empty/, 1);
    rejects(withItem(1, (a) => (a.target.selector[1] = { type: 'TextPositionSelector', start: 9, end: 3 })), 'invalid-item', /^item 1: target\.selector\[1\]\.end: end must be greater than start/, 1);
    rejects(withItem(3, (a) => (a.target.source = 'javascript:alert(1)')), 'invalid-item', /^item 3: target\.source: not a web page address/, 3);
    rejects(withItem(3, (a) => (a.body = { type: 'TextualBody', value: 'x'.repeat(10_001) })), 'invalid-item', /^item 3: body\.value: the note is too long/, 3);
    rejects(withItem(1, (a) => delete a.target), 'invalid-item', /^item 1: target: missing/, 1);
  });

  it('missing selectors', () => {
    rejects(withItem(3, (a) => delete a.target.selector), 'invalid-item', /^item 3: target\.selector: no TextQuoteSelector/, 3);
    rejects(withItem(4, (a) => (a.target.selector = [{ type: 'TextPositionSelector', start: 0, end: 5 }])), 'invalid-item', /^item 4: target\.selector: no TextQuoteSelector/, 4);
    rejects(withItem(1, (a) => (a.target = a.target.source)), 'invalid-item', /^item 1: target: no TextQuoteSelector \(the target is only a page address\)/, 1);
  });

  it('two annotations with one id', () => {
    const d = doc();
    d.first.items[4].id = d.first.items[1].id;
    rejects(d, 'duplicate-id', /^item 5: id: the same id as item 2/, 5);
  });

  it('foreign JSON with no Web Annotation at all', () => {
    for (const foreign of [{ name: 'meta-context', version: '0.1.0' }, [1, 2, 3], [], 'highlights', 42, null, { type: 'Person', name: 'x' }, { items: [] }]) {
      rejects(foreign, 'not-annotations', /holds no Web Annotations/);
    }
    expect(parseWebAnnotationsText('{"name": "package", "dependencies": {}}')).toMatchObject({ ok: false, code: 'not-annotations' });
  });

  it('a list mixing annotations with something else names the odd item', () => {
    const d = doc();
    rejects([d.first.items[0], { type: 'Note', content: 'x' }], 'invalid-item', /^item 2: type: not an Annotation \(found "Note"\)/, 2);
  });

  it('a collection whose pages are only links', () => {
    rejects({ type: 'AnnotationCollection', total: 3, first: 'https://example.org/page1' }, 'not-annotations', /pages are not in this file/);
    rejects({ type: 'AnnotationCollection', total: 3 }, 'not-annotations', /no pages/);
  });
});
