/**
 * The two editions as the unit tests use them for pages: the Korean
 * edition's text (tests/fixtures/article-ko.txt) and, for the English one,
 * its key quotes joined (the project does not carry the English text), with
 * each edition's dataset entry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { article, editionByLang, keyQuotes } from '../../../lib/dataset/article';

export const koText = readFileSync(join(__dirname, '../../fixtures/article-ko.txt'), 'utf8');
export const enText = keyQuotes(article)
  .map((q) => q.en)
  .join(' ');
export const koEdition = editionByLang(article, 'ko')!;
export const enEdition = editionByLang(article, 'en')!;
