/** The toolbar button across browsers: `action` in MV3, `browserAction` in Firefox's MV2 build. */
import { browser } from 'wxt/browser';

type ActionApi = typeof browser.action;

export function actionApi(): ActionApi {
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return (b.action ?? b.browserAction)!;
}

/** The badge shows how many key quotes are highlighted on the tab (empty when none). */
export async function setBadge(tabId: number, count: number): Promise<void> {
  const action = actionApi();
  try {
    await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    if (count > 0) await action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}
