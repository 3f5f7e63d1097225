/**
 * Build- and test-time checks of the dataset: the zod schema, then integrity rules, each error naming item
 * and field. The JSON is used unparsed at runtime (no zod in the content script), so checks happen here.
 * Imports zod: never import it from extension code.
 */
import { Dataset, type Article } from './schema';
import { describe } from './checks/raw';
import { checkFabricated } from './checks/fabricated';
import { checkOpenSource } from './checks/open-source';
import {
  checkDates,
  checkEditionLanguages,
  checkQuoteRoles,
  checkReferences,
  checkSourcesAndVerification,
  checkTimelineLater,
  checkUniqueIds,
  checkWrittenOut,
} from './checks/integrity';
export { containsFabricatedQuote, FABRICATED_QUOTE_KEYS } from './checks/fabricated';

export type ValidationResult = { ok: true; data: Dataset } | { ok: false; errors: string[] };

/** Checks `raw` against the schema and integrity rules: the parsed dataset, or every error found. */
export function validateDataset(raw: unknown): ValidationResult {
  const errors: string[] = [];
  const parsed = Dataset.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.push(describe(raw, issue.path, issue.message));
  }
  errors.push(
    ...checkUniqueIds(raw),
    ...checkReferences(raw),
    ...checkSourcesAndVerification(raw),
    ...checkEditionLanguages(raw),
    ...checkQuoteRoles(raw),
    ...checkTimelineLater(raw),
    ...checkDates(raw),
    ...checkOpenSource(raw),
    ...checkFabricated(raw),
  );
  if (parsed.success) errors.push(...checkWrittenOut(raw, raw, parsed.data));
  const unique = [...new Set(errors)];
  return unique.length === 0 && parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: unique };
}

/** Korean quotes of `article` that are not verbatim in `text`, as error lines; apart so the build never reads fixtures. */
export function koreanQuotesNotIn(text: string, article: Pick<Article, 'quotes'>): string[] {
  const errors: string[] = [];
  article.quotes.forEach((q, i) => {
    if (q.ko !== null && !text.includes(q.ko))
      errors.push(describe({ article }, ['article', 'quotes', i, 'ko'], 'not a verbatim substring of the Korean edition'));
  });
  return errors;
}

/** Validates the bundled dataset (or `raw`) and throws listing every error. Run from wxt.config.ts's build:before hook. */
export async function assertValidDataset(raw?: unknown): Promise<void> {
  const value = raw === undefined ? (await import('./index')).dataset : raw;
  const result = validateDataset(value);
  if (!result.ok) {
    throw new Error(
      `The bundled dataset (lib/dataset/data) is invalid, ${result.errors.length} error(s):\n` +
        result.errors.map((e) => `  - ${e}`).join('\n'),
    );
  }
}
