import { memo, useEffect, useId, useState } from 'react';
import { COLOR_HEX, HIGHLIGHT_COLORS, isHighlightColor, type HighlightColor } from '~/lib/annotations/colors';
import type { UserHighlight } from '~/lib/annotations/schema';
import { formatDay } from '~/lib/library/dates';
import type { LibraryPage } from '~/lib/library/group';
import type { Strings, UiLang } from '~/lib/panel/strings';
import { textFragmentUrl } from '~/lib/panel/text-fragment';

export interface ItemActions {
  remove(items: UserHighlight[], scope: 'one' | 'page'): void;
  note(h: UserHighlight, note: string): void;
  color(h: UserHighlight, color: HighlightColor): void;
}

/** One page of the library: its title, site, date and count, then each highlight. Page text is rendered as text only. */
export const LibraryPageGroup = memo(function LibraryPageGroup({
  page,
  orphans,
  t,
  lang,
  actions,
}: {
  page: LibraryPage;
  orphans: ReadonlySet<string>;
  t: Strings;
  lang: UiLang;
  actions: ItemActions;
}) {
  const l = t.library;
  const headingId = useId();
  return (
    <section className="library-page" aria-labelledby={headingId} data-page-key={page.pageKey}>
      <header>
        <h2 id={headingId}>
          <a href={page.url} target="_blank" rel="noopener noreferrer">
            {page.title || l.untitled}
          </a>
        </h2>
        <p className="library-page-meta">
          <span>{page.site}</span> · <span>{l.lastHighlighted} <time dateTime={page.latest}>{formatDay(page.latest, lang)}</time></span> · <span>{l.count(page.items.length)}</span>
        </p>
        <button type="button" className="danger" onClick={() => actions.remove(page.items, 'page')}>
          {l.deletePage}
          <span className="visually-hidden">: {page.title || page.site}</span>
        </button>
      </header>
      <ul className="library-items">
        {page.items.map((h) => (
          <LibraryItem key={h.id} h={h} orphan={orphans.has(h.id)} t={t} lang={lang} actions={actions} />
        ))}
      </ul>
    </section>
  );
});

function LibraryItem({ h, orphan, t, lang, actions }: { h: UserHighlight; orphan: boolean; t: Strings; lang: UiLang; actions: ItemActions }) {
  const l = t.library;
  const colorId = useId();
  const [note, setNote] = useState(h.note);
  useEffect(() => setNote(h.note), [h.note]);
  const excerpt = h.quote.exact.length > 60 ? `${h.quote.exact.slice(0, 59)}…` : h.quote.exact;
  const link = textFragmentUrl(h.url, h.quote.exact) ?? h.url;
  return (
    <li className={orphan ? 'library-item orphan' : 'library-item'} data-highlight-id={h.id} data-color={h.color} style={{ borderInlineStartColor: COLOR_HEX[h.color] }}>
      <blockquote>{h.quote.exact}</blockquote>
      {orphan && <p className="orphan-note">{l.orphan}</p>}
      <div className="library-item-tools">
        <span className="swatch" aria-hidden="true" style={{ background: COLOR_HEX[h.color] }} />
        <label htmlFor={colorId} className="visually-hidden">
          {l.colorOf}: {excerpt}
        </label>
        <select id={colorId} value={h.color} onChange={(e) => isHighlightColor(e.target.value) && actions.color(h, e.target.value)}>
          {HIGHLIGHT_COLORS.map((c) => (
            <option key={c} value={c}>
              {l.colors[c]}
            </option>
          ))}
        </select>
        <time dateTime={h.created}>{formatDay(h.created, lang)}</time>
        <a href={link} target="_blank" rel="noopener noreferrer">
          {l.openInPage}
          <span className="visually-hidden">: {excerpt}</span>
        </a>
        <button type="button" className="danger" onClick={() => actions.remove([h], 'one')}>
          {l.delete}
          <span className="visually-hidden">: {excerpt}</span>
        </button>
      </div>
      <label className="note">
        <span>{l.note}</span>
        <textarea lang={lang} rows={1} maxLength={10_000} value={note} onChange={(e) => setNote(e.target.value)} onBlur={() => note !== h.note && actions.note(h, note)} />
      </label>
    </li>
  );
}
