/**
 * Build-time and test-time checks of the bundled dataset.
 *
 * The extension uses the JSON under ./data as is, without parsing it at
 * runtime (that would put zod in the content script), so everything is checked
 * here: the zod schema, then integrity rules the schema cannot express. Each
 * error names the item and the field, e.g.
 *   article.quotes[3] (id "q4-podcast-qualitative-change"): en: Too small: expected string to have >=1 characters
 *
 * `assertValidDataset` runs from wxt.config.ts's build:before hook, so a bad
 * dataset fails the build. This module imports zod: never import it from
 * extension code.
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

/**
 * Checks `raw` against the schema and the integrity rules. On success returns
 * the parsed dataset; otherwise every error found, each naming the item and field.
 */
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

/**
 * The Korean quotes (non-null `ko`) of `article` that are not verbatim
 * substrings of `text` (the Korean edition's body), as error lines.
 * Kept out of validateDataset so that the build never reads test fixtures.
 */
export function koreanQuotesNotIn(text: string, article: Pick<Article, 'quotes'>): string[] {
  const errors: string[] = [];
  article.quotes.forEach((q, i) => {
    if (q.ko !== null && !text.includes(q.ko))
      errors.push(describe({ article }, ['article', 'quotes', i, 'ko'], 'not a verbatim substring of the Korean edition'));
  });
  return errors;
}

/**
 * Validates the bundled dataset (or `raw`, when given) and throws an Error
 * listing every error. Run from wxt.config.ts's build:before hook.
 */
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
