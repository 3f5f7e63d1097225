/**
 * Whether the extension can have anything to say about a tab: it exists and
 * shows a web page (or a URL the extension is not allowed to see, which a
 * scan through activeTab may still reach). Browser pages (chrome://, about:,
 * the store, other extensions) and closed tabs cannot be read.
 */
export function isReadableTab(tab: { url?: string } | undefined | null): boolean {
  if (!tab) return false;
  if (tab.url === undefined || tab.url === '') return true;
  return /^(https?|file):/i.test(tab.url);
}
