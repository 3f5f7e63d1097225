import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { HighlightColor } from '~/lib/annotations/colors';
import type { UserHighlight } from '~/lib/annotations/schema';
import { applyFilter, countHighlights, isFiltered, NO_FILTER, type LibraryFilter } from '~/lib/library/filter';
import { groupByPage } from '~/lib/library/group';
import { buildIndex, type SearchIndex } from '~/lib/library/search';
import { pushUndo, undoMessage, type UndoEntry } from '~/lib/library/undo';
import type { LibraryData } from '~/lib/library/use-library';
import type { Strings, UiLang } from '~/lib/panel/strings';
import { HighlightsTransfer } from './HighlightsTransfer';
import { LibraryFilters } from './LibraryFilters';
import { LibraryPageGroup, type ItemActions } from './LibraryPageGroup';
import './MyHighlights.css';
import './Library.css';

/** Pages rendered at first, and added by each "Show more": a long list never renders in one task. */
export const PAGES_PER_STEP = 10;

const EMPTY_INDEX: SearchIndex = { byId: new Map() };

/**
 * Every page's highlights, newest page first, with search and filters;
 * edit a note or a colour, delete one, a page's or all shown, each undoable;
 * export what is shown, import.
 */
export function Library({ data, t, lang }: { data: LibraryData; t: Strings; lang: UiLang }) {
  const l = t.library;
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const deferred = useDeferredValue(filter);
  const [shownPages, setShownPages] = useState(PAGES_PER_STEP);
  const [undo, setUndo] = useState<UndoEntry[]>([]);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // After a deletion, once the Undo button is rendered: the deleted control is gone, and Undo is what a reader may want next.
  const focusUndo = useRef(false);
  useEffect(() => {
    if (focusUndo.current && undoButton.current) {
      focusUndo.current = false;
      undoButton.current.focus();
    }
  });

  const pages = useMemo(() => groupByPage(data.highlights), [data.highlights]);
  // Built at the first search, not for the first render.
  const searching = deferred.query.trim() !== '';
  const index = useMemo(() => (searching ? buildIndex(data.highlights) : EMPTY_INDEX), [searching, data.highlights]);
  const visible = useMemo(() => applyFilter(pages, index, data.orphans, deferred), [pages, index, data.orphans, deferred]);
  const shown = visible.slice(0, shownPages);
  const total = countHighlights(visible);
  const filtered = isFiltered(deferred);

  const failed = () => setMessage({ text: l.failed, error: true });
  const remove = useCallback(
    (items: UserHighlight[], scope: 'one' | 'page' | 'all') => {
      void browser.runtime.sendMessage({ type: 'highlights:remove-many', ids: items.map((h) => h.id) }).then((removed) => {
        if (!Array.isArray(removed)) return failed();
        setUndo((s) => pushUndo(s, { kind: 'delete', scope, removed: removed as UserHighlight[] }));
        setMessage({ text: l.deleted(removed.length) });
        focusUndo.current = true;
      }, failed);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [l],
  );
  const actions = useMemo<ItemActions>(
    () => ({
      remove: (items, scope) => remove(items, scope),
      note: (h, note) =>
        void browser.runtime.sendMessage({ type: 'highlight:note', id: h.id, note }).then(() => {
          setUndo((s) => pushUndo(s, { kind: 'note', id: h.id, before: h.note }));
          setMessage({ text: l.noteSaved });
        }, failed),
      color: (h: UserHighlight, color: HighlightColor) => void browser.runtime.sendMessage({ type: 'highlight:color', id: h.id, color }).catch(failed),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [remove, l],
  );
  const runUndo = () => {
    const last = undo[undo.length - 1];
    if (!last) return;
    void browser.runtime.sendMessage(undoMessage(last)).then(() => {
      setUndo((s) => s.slice(0, -1));
      setMessage({ text: l.undone });
    }, failed);
  };

  const visibleList = () => visible.flatMap((p) => p.items);
  return (
    <div className="library">
      {data.storage.level !== 'ok' && (
        <p role="alert" className="library-storage">
          {data.storage.level === 'full' ? l.storageFull : l.storageNear(data.storage.percent)}
        </p>
      )}
      <LibraryFilters
        t={t}
        pages={pages}
        filter={filter}
        onChange={(f) => {
          setFilter(f);
          setShownPages(PAGES_PER_STEP);
        }}
      />
      <div className="library-bar">
        <p role="status" className="library-count">
          {data.highlights.length === 0 ? l.empty : total === 0 ? l.noMatch : l.shown(total, visible.length)}
        </p>
        {filtered && (
          <button type="button" onClick={() => setFilter(NO_FILTER)}>
            {l.clear}
          </button>
        )}
        {total > 0 && (
          <button type="button" className="danger" onClick={() => remove(visibleList(), 'all')}>
            {filtered ? l.deleteShown : l.deleteAll}
          </button>
        )}
      </div>
      <p className="library-undo" aria-live="polite">
        {message && <span className={message.error ? 'error' : undefined}>{message.text}</span>}{' '}
        {undo.length > 0 && (
          <button type="button" ref={undoButton} onClick={runUndo}>
            {l.undo}
          </button>
        )}
      </p>
      {shown.map((page) => (
        <LibraryPageGroup key={page.pageKey} page={page} orphans={data.orphans} t={t} lang={lang} actions={actions} />
      ))}
      {visible.length > shown.length && (
        <button type="button" className="library-more" onClick={() => setShownPages((n) => n + PAGES_PER_STEP)}>
          {l.showMore(Math.min(PAGES_PER_STEP, visible.length - shown.length))}
        </button>
      )}
      <HighlightsTransfer t={t} lang={lang} title={l.exportTitle} source={() => Promise.resolve(visibleList())} note={l.exportShown(total)} />
    </div>
  );
}
