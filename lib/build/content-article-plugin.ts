/**
 * Vite plugin: `import article from 'virtual:content-article'` gives the
 * slim article of lib/dataset/content-article.ts, computed from the dataset
 * at build time (so the content script does not bundle the whole dataset).
 */
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
