/**
 * The selection toolbar as its injected script makes it: labels and statuses (saved or why not, colour set) in the
 * reader's language, so that the content script carries none of them.
 */
import { SelectionToolbar, type ToolbarActions } from './selection-toolbar';
import { STATUS_STRINGS, TOOLBAR_STRINGS, type UiLang } from '../i18n/shared-strings';
import type { HighlightColor } from '../annotations/colors';
import type { HighlightAddAnswer } from '../messages';

export interface PageToolbarActions {
  lookUp: ToolbarActions['lookUp'];
  /** Saves the selection: the background's answer, undefined when it could not be sent (or is not in the page's text). */
  save(range: Range): Promise<HighlightAddAnswer | undefined>;
  /** Sets the colour of the highlight just saved; resolves to whether it was set. */
  recolor(color: HighlightColor): Promise<boolean>;
}

/** What a screen reader hears after a save: that it was saved and what it covers, or why it was not. */
export function savedStatus(answer: HighlightAddAnswer | undefined, lang: UiLang): string | { text: string; color: HighlightColor } {
  const s = STATUS_STRINGS[lang];
  if (answer?.ok) {
    const { color, quote } = answer.highlight;
    const covers = quote.exact.length > 48 ? `${quote.exact.slice(0, 47)}…` : quote.exact;
    return { text: `${s.saved}: “${covers}”${answer.nearFull ? ` ${s.storageNearFull}` : ''}`, color };
  }
  return answer?.reason === 'private' ? s.notSavedPrivate : answer?.reason === 'full' ? s.storageFull : s.notSaved;
}

export function pageToolbar(doc: Document, actions: PageToolbarActions, lang: () => UiLang, enabled: () => boolean): SelectionToolbar {
  const highlight = async (range: Range) => savedStatus(await actions.save(range), lang());
  const recolor = async (color: HighlightColor): Promise<string> => {
    const done = await actions.recolor(color);
    const s = TOOLBAR_STRINGS[lang()];
    return done ? s.colorSet(s.colors[color]) : STATUS_STRINGS[lang()].notSaved;
  };
  return new SelectionToolbar(doc, { lookUp: actions.lookUp, highlight, recolor }, () => TOOLBAR_STRINGS[lang()], enabled);
}

export type PageToolbar = typeof pageToolbar;
