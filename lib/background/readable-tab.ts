/** Whether a tab can be read: it exists and shows a web page (or a URL hidden from us that activeTab may reach); not browser pages. */
export function isReadableTab(tab: { url?: string } | undefined | null): boolean {
  if (!tab) return false;
  if (tab.url === undefined || tab.url === '') return true;
  return /^(https?|file):/i.test(tab.url);
}
