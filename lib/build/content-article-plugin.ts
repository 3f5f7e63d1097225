/** Vite plugin: `virtual:content-article` is the slim article (lib/dataset/content-article.ts), built from the dataset. */
import type { Plugin } from 'vite';
import articleJson from '../dataset/data/article.json';
import type { Article } from '../dataset/schema';
import { toContentArticle } from '../dataset/content-article';

const ID = 'virtual:content-article';
const RESOLVED = `\0${ID}`;

export function contentArticlePlugin(): Plugin {
  return {
    name: 'meta-context:content-article',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      return `export default ${JSON.stringify(toContentArticle(articleJson as Article))};`;
    },
  };
}
