import type { AnalyzedMatch, MatchKind } from '../recognition/analyze';
import type { Relation } from '../recognition/relation';
import type { PlacedSpan, ScanAnalysis } from '../page/scan';

const KINDS: readonly MatchKind[] = ['quote', 'part', 'rendering', 'altered', 'misquote'];
const RELATIONS: ReadonlyArray<Relation['kind']> = ['edition', 'copy', 'quotes', 'coverage'];

/** A relation from the background, checked by hand; anything odd is none. */
function asRelation(value: unknown): Relation | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (!RELATIONS.includes(r.kind as Relation['kind'])) return null;
  const reasons = Array.isArray(r.reasons) ? r.reasons.filter((x): x is string => typeof x === 'string').slice(0, 20) : [];
  const out: Relation = { kind: r.kind as Relation['kind'], reasons };
  if (r.edition === 'en' || r.edition === 'ko') out.edition = r.edition;
  if (typeof r.share === 'number' && r.share >= 0 && r.share <= 1) out.share = r.share;
  return out;
}

/** Spans checked by hand: each inside the text; null when any is not. */
export function asPlacedSpans(value: unknown, textLength: number): PlacedSpan[] | null {
  if (!Array.isArray(value)) return null;
  const out: PlacedSpan[] = [];
  for (const p of value as Array<Record<string, unknown>>) {
    if (typeof p?.id !== 'string' || !Number.isInteger(p.start) || !Number.isInteger(p.end)) return null;
    const start = p.start as number;
    const end = p.end as number;
    if (start < 0 || end > textLength || start >= end) return null;
    out.push({ id: p.id, start, end, ...(typeof p.color === 'string' ? { color: p.color } : {}) });
  }
  return out;
}

/** An analysis from another context, checked by hand (no zod in the content script): offsets must lie in the sent text. */
export function asAnalysis(value: unknown, textLength: number): ScanAnalysis | null {
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
    const kind = KINDS.includes(m.kind as MatchKind) ? (m.kind as MatchKind) : 'quote';
    matches.push({ quoteId: m.quoteId, lang: m.lang, start: m.start as number, end: m.end as number, exact: m.exact === true, kind });
  }
  const mine = v.mine === undefined ? undefined : asPlacedSpans(v.mine, textLength) ?? undefined;
  return { edition: v.edition, reason: v.reason, matches, relation: asRelation(v.relation), ...(mine ? { mine } : {}) };
}
