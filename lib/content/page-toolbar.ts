/** The selection toolbar as its injected script makes it: labels and colour statuses in the reader's language. */
import { SelectionToolbar, type ToolbarActions } from './selection-toolbar';
import { STATUS_STRINGS, TOOLBAR_STRINGS, type UiLang } from '../i18n/shared-strings';
import type { HighlightColor } from '../annotations/colors';

export interface PageToolbarActions extends Omit<ToolbarActions, 'recolor'> {
  /** Sets the colour of the highlight just saved; resolves to whether it was set. */
  recolor(color: HighlightColor): Promise<boolean>;
}

export function pageToolbar(doc: Document, actions: PageToolbarActions, lang: () => UiLang, enabled: () => boolean): SelectionToolbar {
  const recolor = async (color: HighlightColor): Promise<string> => {
    const done = await actions.recolor(color);
    const s = TOOLBAR_STRINGS[lang()];
    return done ? s.colorSet(s.colors[color]) : STATUS_STRINGS[lang()].notSaved;
  };
  return new SelectionToolbar(doc, { lookUp: actions.lookUp, highlight: actions.highlight, recolor }, () => TOOLBAR_STRINGS[lang()], enabled);
}

export type PageToolbar = typeof pageToolbar;
