/**
 * The part of the article the content script carries: its id, the editions' URLs and each key quote's speaker,
 * so the content script stays small. Built as `virtual:content-article` (lib/build/content-article-plugin.ts).
 */
import type { Article, Edition, Quote } from './schema';

export interface ContentArticle {
  id: string;
  editions: Array<Pick<Edition, 'url' | 'hosts'>>;
  /** Key quotes only. */
  quotes: Array<Pick<Quote, 'id' | 'speakerId'>>;
}

export function toContentArticle(a: Article): ContentArticle {
  return {
    id: a.id,
    editions: a.editions.map(({ url, hosts }) => ({ url, hosts })),
    quotes: a.quotes
      .filter((q) => q.role === 'key')
      .map(({ id, speakerId }) => ({ id, speakerId })),
  };
}
