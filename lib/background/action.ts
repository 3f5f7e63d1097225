/** The toolbar button across browsers: `action` in MV3, `browserAction` in Firefox's MV2 build. */
import { browser } from 'wxt/browser';

type ActionApi = typeof browser.action;

export function actionApi(): ActionApi {
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return (b.action ?? b.browserAction)!;
}

/** The badge shows how many key quotes are highlighted on the tab, or a mark (see tab-state.ts badgeText), or nothing. */
export async function setBadge(tabId: number, count: number | string): Promise<void> {
  const action = actionApi();
  const text = typeof count === 'number' ? (count > 0 ? String(count) : '') : count;
  try {
    await action.setBadgeText({ tabId, text });
    if (text !== '') await action.setBadgeBackgroundColor({ tabId, color: text === '!' ? '#b00020' : '#8a5a00' });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}
