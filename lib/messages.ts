/**
 * Every message that crosses contexts, as zod schemas (the single source of
 * their types). The background and the extension pages validate what they
 * receive with these. The content script imports only the types (no zod in
 * the content script) and checks the few messages it receives by hand.
 */
import { z } from './zod';

export const EditionLang = z.enum(['en', 'ko']);

/** What one scan found, reported by the content script about its own page. */
export const ScanReport = z.object({
  url: z.string().max(4096),
  title: z.string().max(1000),
  passedCheapCheck: z.boolean(),
  article: z.object({ id: z.string().max(200), edition: EditionLang }).nullable(),
  reason: z.string().max(500),
  quotes: z
    .array(
      z.object({
        id: z.string().max(200),
        lang: EditionLang,
        text: z.string().max(2000),
        /** False when the page's wording differs slightly from the dataset's (a fuzzy match). */
        exact: z.boolean(),
      }),
    )
    .max(200),
  durationMs: z.number().nonnegative(),
});
export type ScanReport = z.infer<typeof ScanReport>;

/** What the background knows of a tab, answered to `tab-state:get`. */
export const TabState = z.object({
  tabId: z.number().int(),
  status: z.enum(['scanned', 'not-scanned']),
  url: z.string().nullable(),
  title: z.string().nullable(),
  article: ScanReport.shape.article,
  quotes: ScanReport.shape.quotes,
  reason: z.string().nullable(),
  scannedAt: z.number().nullable(),
});
export type TabState = z.infer<typeof TabState>;

export function emptyTabState(tabId: number): TabState {
  return { tabId, status: 'not-scanned', url: null, title: null, article: null, quotes: [], reason: null, scannedAt: null };
}

/** Messages the background handles (from the content script and extension pages). */
export const ToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('scan:report'), report: ScanReport }),
  z.object({ type: z.literal('tab-state:get'), tabId: z.number().int().optional() }),
  z.object({ type: z.literal('quote:open'), quoteId: z.string().max(200) }),
  z.object({ type: z.literal('quote:card'), quoteId: z.string().max(200) }),
  z.object({
    type: z.literal('scan:analyze'),
    url: z.string().max(4096),
    title: z.string().max(1000),
    text: z.string().max(64_000_000),
  }),
  z.object({ type: z.literal('scan:request'), tabId: z.number().int() }),
  z.object({ type: z.literal('quote:show'), tabId: z.number().int(), quoteId: z.string().max(200) }),
]);
export type ToBackground = z.infer<typeof ToBackground>;

/** Messages the content script handles (from the background only). */
export type ToContent =
  | { type: 'ping' }
  | { type: 'scan:run' }
  | { type: 'quote:show'; quoteId: string }
  | { type: 'quote:step'; direction: 1 | -1 };

/** Broadcast to extension pages: the panel should bring this quote's card forward (a click on the quote). */
export const PanelFocus = z.object({ type: z.literal('panel:focus'), tabId: z.number().int(), quoteId: z.string().max(200) });
export type PanelFocus = z.infer<typeof PanelFocus>;

/** Broadcast to extension pages when a tab's state changes. */
export const TabStateChanged = z.object({ type: z.literal('tab-state:changed'), tabId: z.number().int() });
export type TabStateChanged = z.infer<typeof TabStateChanged>;
