import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { canonical } from '~/lib/annotations/store';
import { toMarkdown } from '~/lib/annotations/markdown';
import { toWebAnnotations } from '~/lib/annotations/web-annotation';
import { parseWebAnnotationsText } from '~/lib/annotations/web-annotation-import';
import type { UserHighlight } from '~/lib/annotations/schema';
import type { Strings, UiLang } from '~/lib/panel/strings';

type Plan = { incoming: UserHighlight[]; added: number; same: number; conflicts: number };

/** Offers a file to download (a Blob URL, revoked after the click). */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const all = () => browser.runtime.sendMessage({ type: 'highlights:all' }).then((list) => (Array.isArray(list) ? (list as UserHighlight[]) : []));

/**
 * Export every highlight (Markdown, W3C Web Annotation JSON-LD) and import JSON-LD, asking before anything saved is replaced.
 * The library gives its own `source` (what its filter shows), `title` and a `note` saying what is exported.
 */
export function HighlightsTransfer({ t, lang, source = all, title, note }: { t: Strings; lang: UiLang; source?: () => Promise<UserHighlight[]>; title?: string; note?: string }) {
  const h = t.highlights;
  const [plan, setPlan] = useState<Plan | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [setAside, setSetAside] = useState<unknown[]>([]);
  const stamp = () => new Date().toISOString().slice(0, 10);

  const readFile = async (file: File) => {
    setStatus(null);
    setPlan(null);
    const parsed = parseWebAnnotationsText(await file.text());
    if (!parsed.ok) {
      setStatus({ text: h.importFailed(`${h.importErrors[parsed.code]} (${parsed.error})`), error: true });
      return;
    }
    let saved: Map<string, string>;
    try {
      saved = new Map((await all()).map((x) => [x.id, canonical(x)]));
    } catch {
      setStatus({ text: h.saveFailed, error: true });
      return;
    }
    let added = 0;
    let same = 0;
    let conflicts = 0;
    for (const x of parsed.highlights) {
      const mine = saved.get(x.id);
      if (mine === undefined) added++;
      else if (mine === canonical(x)) same++;
      else conflicts++;
    }
    setPlan({ incoming: parsed.highlights, added, same, conflicts });
  };

  const runImport = (replaceConflicts: boolean) => {
    if (!plan) return;
    void browser.runtime.sendMessage({ type: 'highlights:import', highlights: plan.incoming, replaceConflicts }).then(
      (counts) => {
        const c = counts as { added?: number; replaced?: number } | undefined;
        setStatus(c ? { text: h.imported(c.added ?? 0, c.replaced ?? 0), error: false } : { text: h.saveFailed, error: true });
        setPlan(null);
      },
      () => setStatus({ text: h.saveFailed, error: true }),
    );
  };

  return (
    <section aria-labelledby="transfer-title" className="transfer">
      <h3 id="transfer-title" className="list-heading">
        {title ?? h.transferTitle}
      </h3>
      {note && <p className="transfer-note">{note}</p>}
      <button type="button" onClick={() => void source().then((list) => download(`meta-context-highlights-${stamp()}.md`, 'text/markdown', toMarkdown(list, { lang, now: new Date() })))}>
        {h.exportMarkdown}
      </button>
      <button
        type="button"
        onClick={() =>
          void source().then((list) =>
            download(`meta-context-highlights-${stamp()}.jsonld`, 'application/ld+json', JSON.stringify(toWebAnnotations(list, new Date()), null, 2)),
          )
        }
      >
        {h.exportJson}
      </button>
      <label>
        {h.importLabel}{' '}
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void readFile(file);
          }}
        />
      </label>
      {plan && (
        <div className="import-plan">
          <p>{h.importSummary(plan.incoming.length, plan.added, plan.same, plan.conflicts)}</p>
          <button type="button" onClick={() => runImport(false)}>
            {h.importDo}
          </button>{' '}
          {plan.conflicts > 0 && (
            <button type="button" onClick={() => runImport(true)}>
              {h.importReplace(plan.conflicts)}
            </button>
          )}{' '}
          <button type="button" onClick={() => setPlan(null)}>
            {h.importCancel}
          </button>
        </div>
      )}
      <p role={status?.error ? 'alert' : 'status'} className="transfer-status">
        {status?.text}
      </p>
      <SetAsideDownload label={h.setAside} items={setAside} onLoad={setSetAside} />
    </section>
  );
}

/** Stored data that could not be read is kept; the reader can take it away as it was. */
function SetAsideDownload({ label, items, onLoad }: { label: (n: number) => string; items: unknown[]; onLoad: (items: unknown[]) => void }) {
  useEffect(() => {
    void browser.runtime
      .sendMessage({ type: 'highlights:set-aside' })
      .then((list) => Array.isArray(list) && onLoad(list))
      .catch(() => undefined);
  }, [onLoad]);
  if (items.length === 0) return null;
  return (
    <button type="button" onClick={() => download('meta-context-set-aside.json', 'application/json', JSON.stringify(items, null, 2))}>
      {label(items.length)}
    </button>
  );
}
