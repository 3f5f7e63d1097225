/**
 * Every cross-context message as a zod schema (the single source of their types), validated by the background and
 * the extension pages. The content script imports types only and checks its few messages by hand.
 */
import { z } from './zod';
import { HighlightColor, UserHighlight } from './annotations/schema';
import { SettingsPatch } from './settings/schema';

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
        /** How the page gives it: the quote (when left out), part of it, another rendering, altered; or a known misquote (its id). */
        kind: z.enum(['quote', 'part', 'rendering', 'altered', 'misquote']).optional(),
      }),
    )
    .max(200),
  /** How the page relates to the story (lib/recognition/relation.ts); null or left out: not at all. */
  relation: z
    .object({
      kind: z.enum(['edition', 'copy', 'quotes', 'coverage']),
      edition: EditionLang.optional(),
      share: z.number().min(0).max(1).optional(),
      reasons: z.array(z.string().max(200)).max(20).default([]),
    })
    .nullable()
    .optional(),
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
  relation: ScanReport.shape.relation,
  reason: z.string().nullable(),
  scannedAt: z.number().nullable(),
});
export type TabState = z.infer<typeof TabState>;

export function emptyTabState(tabId: number): TabState {
  return { tabId, status: 'not-scanned', url: null, title: null, article: null, quotes: [], relation: null, reason: null, scannedAt: null };
}

/**
 * At most `max` non-negative integers (a page's node starts, block breaks): one plain loop, since zod's
 * per-element checks cost about a millisecond per thousand in a service worker that has just started.
 */
const indices = (max: number) =>
  z.custom<number[]>(
    (value) => {
      if (!Array.isArray(value) || value.length > max) return false;
      for (let i = 0; i < value.length; i++) {
        const n: unknown = value[i];
        if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) return false;
      }
      return true;
    },
    { message: `Expected at most ${max} non-negative integers` },
  );

/** In a message whose `text` ends a long text: the `count` parts sent before (`scan:part`), and the whole text's length (at most `max`). */
const textParts = (max: number) =>
  z.object({ token: z.string().min(1).max(64), count: z.number().int().min(1).max(128), length: z.number().int().nonnegative().max(max) });

/** Messages the background handles (from the content script and extension pages). */
export const ToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('scan:report'), report: ScanReport }),
  z.object({ type: z.literal('tab-state:get'), tabId: z.number().int().optional() }),
  z.object({ type: z.literal('quote:open'), quoteId: z.string().max(200) }),
  /** `kind`: how the clicked match gives the quote (a known misquote's card says it is one). */
  z.object({ type: z.literal('quote:card'), quoteId: z.string().max(200), kind: z.enum(['quote', 'part', 'rendering', 'altered', 'misquote']).optional() }),
  z.object({
    type: z.literal('scan:analyze'),
    url: z.string().max(4096),
    title: z.string().max(1000),
    /** The page's text and its node starts; at most 16 M chars (a 10 MB page has ~4 M) since analysis takes 6 bytes a char. */
    text: z.string().max(16_000_000),
    starts: indices(4_000_000),
    /** Indices of the nodes with a block boundary before them (PageText.breaks). */
    breaks: indices(4_000_000).optional(),
    parts: textParts(16_000_000).optional(),
  }),
  /** Part `index` of a long page text, sent before the message that ends it (`scan:analyze`, `highlights:place`, `highlight:add`). */
  z.object({ type: z.literal('scan:part'), token: z.string().min(1).max(64), index: z.number().int().min(0).max(127), text: z.string().max(1_000_000) }),
  z.object({ type: z.literal('scan:request'), tabId: z.number().int() }),
  z.object({ type: z.literal('quote:show'), tabId: z.number().int(), quoteId: z.string().max(200) }),
  // The reader's own highlights. From the content script, about its own page:
  z.object({ type: z.literal('highlights:list'), url: z.string().max(4096) }),
  /** A selection to keep: its span [start, end) of the page's text; the background makes its W3C selectors. */
  z.object({
    type: z.literal('highlight:add'),
    url: z.string().max(4096),
    title: z.string().max(1000),
    text: z.string().max(64_000_000),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    parts: textParts(64_000_000).optional(),
  }),
  /** Place the page's saved highlights in its text (exactly, else fuzzily); the background notes those it cannot place. */
  z.object({ type: z.literal('highlights:place'), url: z.string().max(4096), text: z.string().max(64_000_000), parts: textParts(64_000_000).optional() }),
  z.object({ type: z.literal('lookup:open'), text: z.string().max(2000) }),
  /** Inject the selection toolbar's script into the sender's frame (the first time the toolbar is on there). */
  z.object({ type: z.literal('toolbar:load') }),
  /** A highlight's colour: from a content script (its own page's highlight, `url` its page) or an extension page. */
  z.object({ type: z.literal('highlight:color'), id: z.string().max(100), color: HighlightColor, url: z.string().max(4096).optional() }),
  // From the extension's pages (the panel, the options page):
  z.object({ type: z.literal('highlights:for-tab'), tabId: z.number().int() }),
  z.object({ type: z.literal('highlight:note'), id: z.string().max(100), note: z.string().max(10_000) }),
  z.object({ type: z.literal('highlight:remove'), id: z.string().max(100) }),
  z.object({ type: z.literal('highlight:restore'), highlight: UserHighlight }),
  z.object({ type: z.literal('highlights:all') }),
  /** The library: remove many at once (a page's, all); answers the removed highlights, for undo. */
  z.object({ type: z.literal('highlights:remove-many'), ids: z.array(z.string().max(100)).max(100_000) }),
  /** How much of the storage quota is used: { bytes, quota }. */
  z.object({ type: z.literal('highlights:usage') }),
  /** The ids of highlights their page could not place when last read. */
  z.object({ type: z.literal('highlights:orphans') }),
  z.object({ type: z.literal('highlights:set-aside') }),
  z.object({ type: z.literal('highlights:import'), highlights: z.array(UserHighlight).max(100_000), replaceConflicts: z.boolean() }),
  /** A change to the settings; the background is their one writer. */
  z.object({ type: z.literal('settings:update'), patch: SettingsPatch }),
]);
export type ToBackground = z.infer<typeof ToBackground>;
/** One part of a long text (`scan:part` without its type), sent before the message that ends it. */
export type TextPart = Omit<Extract<ToBackground, { type: 'scan:part' }>, 'type'>;
/** In the message that ends a long text: how many parts came before, and the whole text's length. */
export type TextParts = NonNullable<Extract<ToBackground, { type: 'scan:analyze' }>['parts']>;

/** Messages the content script handles (from the background only). */
export type ToContent =
  | { type: 'ping' }
  | { type: 'scan:run' }
  | { type: 'quote:show'; quoteId: string }
  | { type: 'quote:step'; direction: 1 | -1 }
  /** The page's saved highlights changed (removed, restored, imported): anchor and paint them again. */
  | { type: 'highlights:refresh' }
  /** The context menu's "Highlight the selection" / "Look up": act on the page's selection. */
  | { type: 'selection:highlight' }
  | { type: 'selection:lookup' };

/** What `highlight:add` answers: the saved highlight, or why it was not saved. */
export type HighlightAddAnswer = { ok: true; highlight: UserHighlight; nearFull?: boolean } | { ok: false; reason: 'private' | 'full' | 'invalid' | 'error' };

/** What the panel gets for a tab: its page's highlights, and which of them the page could not place. */
export const TabHighlights = z.object({ pageKey: z.string().nullable(), highlights: z.array(UserHighlight), orphans: z.array(z.string()) });
export type TabHighlights = z.infer<typeof TabHighlights>;

/** Broadcast to extension pages when a page's highlights change. */
export const HighlightsChanged = z.object({ type: z.literal('highlights:changed'), pageKey: z.string() });

/** Broadcast to extension pages: the panel should bring this quote's card forward (a click on the quote), or look this text up. */
export const PanelFocus = z.object({
  type: z.literal('panel:focus'),
  tabId: z.number().int(),
  quoteId: z.string().max(200).optional(),
  /** Text the reader chose to look up. */
  lookup: z.string().max(2000).optional(),
}).refine((f) => (f.quoteId === undefined) !== (f.lookup === undefined), 'a quote or a look-up, one of the two');
export type PanelFocus = z.infer<typeof PanelFocus>;

/** Broadcast to extension pages when a tab's state changes. */
export const TabStateChanged = z.object({ type: z.literal('tab-state:changed'), tabId: z.number().int() });
export type TabStateChanged = z.infer<typeof TabStateChanged>;

/** A key quote's in-page card (`quote:card`), as plain strings in the reader's language. */
export interface PopoverQuote {
  speaker: string;
  said: string;
  en: string;
  ko: string | null;
  verification: string;
  /** A line on how this page gives the quote (only part of it, its own rendering, altered), or what a misquote is. */
  note?: string;
  /** A known misquote: one text (the words that circulate), no source; never a key quote's card. */
  misquote?: boolean;
}

/** What the background found for the looked-up text, in the reader's language (see lib/background/quote-card.ts). */
export interface LookupCard {
  query: string;
  items: Array<{ kind: string; heading: string; text: string; verification: string }>;
  /** Set when nothing matched: says so, naming the text. */
  nothing: string | null;
}
