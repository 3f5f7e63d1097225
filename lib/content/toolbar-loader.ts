/**
 * The selection toolbar is a script of its own (entrypoints/selection-toolbar.ts), kept out of the content
 * script: the background injects it into this frame (`toolbar:load`) the first time the toolbar is on here.
 * Scripts the extension injects run in the content script's isolated world (Firefox: its sandbox), whose global
 * the page can neither see nor write: the injected script leaves its maker (page-toolbar.ts) there, under KEY.
 */
import type { SelectionToolbar } from './selection-toolbar';
import type { PageToolbar, PageToolbarActions } from './page-toolbar';
import type { UiLang } from '../i18n/shared-strings';
import { isReadableSelection } from './readable-selection';

const KEY = '__metaContextSelectionToolbar';

type Global = Record<string, unknown>;

/** In the injected script: hand the maker to the content script (the isolated world's global, not the page's). */
export function provideToolbar(toolbar: PageToolbar, global: Global = globalThis as unknown as Global): void {
  global[KEY] = toolbar;
}

export interface ToolbarLoaderOptions {
  doc: Document;
  /** Asks the background to inject the toolbar's script; resolves once it ran (or could not). */
  load: () => Promise<unknown>;
  actions: PageToolbarActions;
  /** The reader's language for the toolbar's labels. */
  lang: () => UiLang;
  /** Whether the toolbar is on for this page now (the reader's setting). */
  enabled: () => boolean;
  /** Called with what stops the loaded toolbar. */
  attached: (stop: () => void) => void;
  /** The content script's life: a toolbar whose script arrives after it ended is not made (nothing would stop it). */
  signal?: AbortSignal;
  global?: Global;
}

/**
 * The toolbar, loaded once it is first on here; at most one load. A selection made meanwhile gets it when it
 * comes; Alt+Shift+L/H pressed meanwhile act once it is there.
 */
export class ToolbarLoader {
  #toolbar: SelectionToolbar | null = null;
  #loading: Promise<SelectionToolbar | null> | null = null;

  constructor(private readonly o: ToolbarLoaderOptions) {}

  /** Loads the toolbar if it is on here now; resolves to it (null when off or it could not be loaded). */
  ensure(): Promise<SelectionToolbar | null> {
    if (this.#loading || !this.o.enabled()) return this.#loading ?? Promise.resolve(null);
    const global = this.o.global ?? (globalThis as unknown as Global);
    this.#loading = this.o.load().then(() => {
      const make = global[KEY] as PageToolbar | undefined;
      if (typeof make !== 'function' || this.o.signal?.aborted) return null;
      const toolbar = make(this.o.doc, this.o.actions, this.o.lang, this.o.enabled);
      this.o.attached(toolbar.attach());
      toolbar.update();
      return (this.#toolbar = toolbar);
    });
    return this.#loading;
  }

  hide(): void {
    this.#toolbar?.hide();
  }

  /** Until the toolbar is there: Alt+Shift+L/H on a selection where it is on load it, then act. */
  attach(): () => void {
    const doc = this.o.doc;
    const onKeyDown = (e: KeyboardEvent) => {
      const key = e.code === 'KeyL' ? 'l' : e.code === 'KeyH' ? 'h' : null;
      if (!key || !e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || this.#toolbar || !this.o.enabled()) return;
      const selection = doc.getSelection();
      if (!isReadableSelection(selection)) return;
      e.preventDefault();
      const range = selection.getRangeAt(0).cloneRange();
      const text = selection.toString();
      void this.ensure().then((t) => t?.shortcut(key, range, text));
    };
    doc.addEventListener('keydown', onKeyDown, true);
    return () => doc.removeEventListener('keydown', onKeyDown, true);
  }
}
