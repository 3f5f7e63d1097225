/** What the content script tells the background, and the background's messages it accepts. */
import type { ContentArticle } from '../dataset/content-article';
import type { ScanReport, ToContent } from '../messages';
import type { ScanResult } from '../page/scan';

export function toReport(result: ScanResult, article: Pick<ContentArticle, 'id'>, url: string, title: string, durationMs: number): ScanReport {
  const quotes: ScanReport['quotes'] = [];
  const seen = new Set<string>();
  for (const f of result.found) {
    if (f.ranges.length === 0 || seen.has(f.quoteId)) continue;
    seen.add(f.quoteId);
    quotes.push({ id: f.quoteId, lang: f.lang, text: f.ranges[0]!.toString().slice(0, 2000), exact: f.exact, kind: f.kind ?? 'quote' });
  }
  return {
    url: url.slice(0, 4096),
    title: title.slice(0, 1000),
    passedCheapCheck: result.passedCheapCheck,
    article: result.edition ? { id: article.id, edition: result.edition } : null,
    reason: result.reason.slice(0, 500),
    quotes,
    relation: result.relation ?? null,
    durationMs,
  };
}

/** Only messages from this extension, of a known shape (no zod in the content script). */
export function asContentMessage(message: unknown): ToContent | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (m.type === 'ping') return { type: 'ping' };
  if (m.type === 'scan:run') return { type: 'scan:run' };
  if (m.type === 'quote:show' && typeof m.quoteId === 'string') return { type: 'quote:show', quoteId: m.quoteId };
  if (m.type === 'quote:step' && (m.direction === 1 || m.direction === -1)) return { type: 'quote:step', direction: m.direction };
  if (m.type === 'highlights:refresh' || m.type === 'selection:highlight' || m.type === 'selection:lookup') return { type: m.type };
  return null;
}
