/**
 * Who may send what: only this extension. Content scripts (inside possibly hostile pages) may only report on and
 * ask about their own tab; the extension's pages may ask about any tab.
 */
import type { ToBackground } from '../messages';

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
  documentLifecycle?: string;
}

const FROM_CONTENT: ReadonlySet<ToBackground['type']> = new Set([
  'scan:report',
  'scan:analyze',
  'scan:part',
  'quote:open',
  'quote:card',
  'tab-state:get',
  'highlights:list',
  'highlight:add',
  'highlights:place',
  'lookup:open',
  'highlight:color',
  'toolbar:load',
]);

export function isExtensionPage(sender: SenderLike, extensionOrigin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** True when `sender` may send `message`. */
export function allowed(message: ToBackground, sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  if (isExtensionPage(sender, extensionOrigin)) return true;
  // A content script: its own tab's top frame only, and not a page being prerendered in the background.
  const tabId = sender.tab?.id;
  if (tabId === undefined || !FROM_CONTENT.has(message.type)) return false;
  if (message.type === 'scan:report' && ((sender.frameId ?? 0) !== 0 || sender.documentLifecycle === 'prerender')) return false;
  // A report about another page than the one the tab shows now (it navigated meanwhile) is stale.
  if (message.type === 'scan:report' && !reportIsCurrent(message.report.url, sender)) return false;
  if (message.type === 'tab-state:get' && message.tabId !== undefined && message.tabId !== tabId) return false;
  return true;
}

/** The page without its fragment: moving to an anchor does not change the page. */
const withoutFragment = (url: string) => url.split('#')[0]!;

/**
 * True when a report's URL is the page the sender's tab shows now (when the browser tells). Not the sender's own
 * `url`: Chrome keeps there the URL the document loaded with, not the one an SPA moved to (history.pushState).
 */
export function reportIsCurrent(reportUrl: string, sender: Pick<SenderLike, 'tab'>): boolean {
  const url = sender.tab?.url;
  return typeof url !== 'string' || url === '' || withoutFragment(url) === withoutFragment(reportUrl);
}
