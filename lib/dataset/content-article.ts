/**
 * The part of the article the content script carries: its id, the editions'
 * URLs (for the cheap check) and which speaker said each key quote (to group
 * the highlights). Matching and detection run in the background
 * (lib/recognition/analyze.ts), and the in-page quote card asks the background for its
 * text (`quote:card`), so the content script that every matching page loads
 * stays small.
 *
 * The build makes it from the dataset (virtual module `virtual:content-article`,
 * see lib/build/content-article-plugin.ts); tests call `toContentArticle`.
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
