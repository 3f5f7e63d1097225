import type { Analysis, AnalyzedMatch } from '../recognition/analyze';

/** An analysis from another context, checked by hand (no zod in the content script): offsets must lie in the sent text. */
export function asAnalysis(value: unknown, textLength: number): Analysis | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!(v.edition === 'en' || v.edition === 'ko' || v.edition === null) || typeof v.reason !== 'string' || !Array.isArray(v.matches)) return null;
  const matches: AnalyzedMatch[] = [];
  for (const m of v.matches as Array<Record<string, unknown>>) {
    if (
      typeof m?.quoteId !== 'string' ||
      (m.lang !== 'en' && m.lang !== 'ko') ||
      !Number.isInteger(m.start) ||
      !Number.isInteger(m.end) ||
      (m.start as number) < 0 ||
      (m.end as number) > textLength ||
      (m.start as number) >= (m.end as number)
    ) {
      return null;
    }
    matches.push({ quoteId: m.quoteId, lang: m.lang, start: m.start as number, end: m.end as number, exact: m.exact === true });
  }
  return { edition: v.edition, reason: v.reason, matches };
}
