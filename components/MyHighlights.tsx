import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { UserHighlight } from '~/lib/annotations/schema';
import type { TabHighlights } from '~/lib/messages';
import type { Strings, UiLang } from '~/lib/panel/strings';
import './MyHighlights.css';

/** The reader's highlights on this page, each with its text, a note and "Remove" (with undo); unplaced ones listed, marked. */
export function MyHighlights({ data, t, lang }: { data: TabHighlights | null; t: Strings; lang: UiLang }) {
  const h = t.highlights;
  const [removed, setRemoved] = useState<UserHighlight | null>(null);
  if (!data?.pageKey) return null;
  const orphans = new Set(data.orphans);
  const ordered = [...data.highlights].sort((a, b) => (a.position?.start ?? Infinity) - (b.position?.start ?? Infinity));
  return (
    <section aria-labelledby="my-highlights" className="my-highlights">
      <h3 id="my-highlights" className="list-heading">
        {h.title} <span className="count">({h.count(ordered.length)})</span>
      </h3>
      {ordered.length === 0 && <p className="none">{h.none}</p>}
      <ul className="highlight-list">
        {ordered.map((item) => (
          <li key={item.id} data-highlight-id={item.id} className={orphans.has(item.id) ? 'orphan' : undefined}>
            <blockquote>{item.quote.exact}</blockquote>
            {orphans.has(item.id) && <p className="orphan-note">{h.orphan}</p>}
            <NoteField item={item} label={h.note} lang={lang} />
            <button
              type="button"
              onClick={() =>
                void browser.runtime
                  .sendMessage({ type: 'highlight:remove', id: item.id })
                  .then((gone) => gone && setRemoved(gone as UserHighlight))
                  .catch(() => undefined)
              }
            >
              {h.remove}
              <span className="visually-hidden">: {item.quote.exact.slice(0, 60)}</span>
            </button>
          </li>
        ))}
      </ul>
      <p aria-live="polite" className="undo-line">
        {removed && (
          <>
            {h.removed}{' '}
            <button
              type="button"
              onClick={() =>
                void browser.runtime
                  .sendMessage({ type: 'highlight:restore', highlight: removed })
                  .then(() => setRemoved(null))
                  .catch(() => undefined)
              }
            >
              {h.undo}
            </button>
          </>
        )}
      </p>
    </section>
  );
}

/** A note, saved when the reader leaves the field. */
function NoteField({ item, label, lang }: { item: UserHighlight; label: string; lang: UiLang }) {
  const [note, setNote] = useState(item.note);
  useEffect(() => setNote(item.note), [item.note]);
  return (
    <label className="note">
      <span>{label}</span>
      <textarea
        lang={lang}
        rows={2}
        maxLength={10_000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        onBlur={() => note !== item.note && void browser.runtime.sendMessage({ type: 'highlight:note', id: item.id, note }).catch(() => undefined)}
      />
    </label>
  );
}
