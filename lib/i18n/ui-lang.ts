import type { UiLangSetting } from '../settings/schema';
import { uiLangFrom, type UiLang } from './shared-strings';

/** The reader's language for the panel and in-page UI: the one the reader chose, else the browser's (Korean or English). */
export function resolveUiLang(setting: UiLangSetting, browserLocale: string | undefined): UiLang {
  return setting === 'auto' ? uiLangFrom(browserLocale) : setting;
}
