/**
 * The bundled article alone (editions, documents, speakers, quotes) and small lookups. The content script
 * imports this, not ./index, to leave the timeline and glossary out; no runtime zod (checked at build time).
 */
import type { Article, Edition, Lang, Quote, SourceDocument, Speaker } from './schema';
import articleJson from './data/article.json';

/** The article, as validated at build time. */
export const article: Article = articleJson as Article;

/** The quotes the extension highlights (role `key`), in the article's order. */
export function keyQuotes(a: Article): Quote[] {
  return a.quotes.filter((q) => q.role === 'key');
}

/** The quote with this id, if any. */
export function quoteById(a: Article, id: string): Quote | undefined {
  return a.quotes.find((q) => q.id === id);
}

/** The speaker with this id, if any. */
export function speakerById(a: Article, id: string): Speaker | undefined {
  return a.speakers.find((s) => s.id === id);
}

/** The source document with this id, if any (a quote's `said.documentId` may be null). */
export function documentById(a: Article, id: string | null): SourceDocument | undefined {
  return id === null ? undefined : a.documents.find((d) => d.id === id);
}

/** The edition in this language, if any (the dataset has exactly one per language). */
export function editionByLang(a: Article, lang: Lang): Edition | undefined {
  return a.editions.find((e) => e.lang === lang);
}
