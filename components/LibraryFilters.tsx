import { useId } from 'react';
import { HIGHLIGHT_COLORS, isHighlightColor } from '~/lib/annotations/colors';
import type { LibraryFilter } from '~/lib/library/filter';
import type { LibraryPage } from '~/lib/library/group';
import type { Strings } from '~/lib/panel/strings';
import { SearchField } from './SearchField';

/** The library's search box and filters: a page, a colour, orphans only. */
export function LibraryFilters({ t, pages, filter, onChange }: { t: Strings; pages: readonly LibraryPage[]; filter: LibraryFilter; onChange: (f: LibraryFilter) => void }) {
  const l = t.library;
  const pageId = useId();
  const colorId = useId();
  return (
    <search className="library-filters">
      <div className="search-field">
        <SearchField label={l.search} value={filter.query} onChange={(query) => onChange({ ...filter, query })} />
      </div>
      <fieldset>
        <legend className="visually-hidden">{l.filters}</legend>
        <label htmlFor={pageId}>{l.page}</label>
        <select id={pageId} value={filter.pageKey ?? ''} onChange={(e) => onChange({ ...filter, pageKey: e.target.value || null })}>
          <option value="">{l.allPages}</option>
          {pages.map((p) => (
            <option key={p.pageKey} value={p.pageKey}>
              {p.title || p.site}
            </option>
          ))}
        </select>
        <label htmlFor={colorId}>{l.color}</label>
        <select id={colorId} value={filter.color ?? ''} onChange={(e) => onChange({ ...filter, color: isHighlightColor(e.target.value) ? e.target.value : null })}>
          <option value="">{l.allColors}</option>
          {HIGHLIGHT_COLORS.map((c) => (
            <option key={c} value={c}>
              {l.colors[c]}
            </option>
          ))}
        </select>
        <label className="check">
          <input type="checkbox" checked={filter.orphansOnly} onChange={(e) => onChange({ ...filter, orphansOnly: e.target.checked })} /> {l.orphansOnly}
        </label>
      </fieldset>
    </search>
  );
}
