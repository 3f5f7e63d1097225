import { useState } from 'react';
import type { Strings } from '~/lib/panel/strings';

/** Copies a link; where the clipboard refuses, shows the link selected for the reader to copy. */
export function CopyLink({ url, label, t }: { url: string; label: string; t: Strings }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  return (
    <span className="copy-link">
      <button
        type="button"
        onClick={() => {
          const done = navigator.clipboard?.writeText(url) ?? Promise.reject(new Error('no clipboard'));
          done.then(
            () => setState('copied'),
            () => setState('manual'),
          );
        }}
      >
        {label}
      </button>
      <span aria-live="polite" className="copy-link-status">
        {state === 'copied' && t.copyLinkDone}
        {state === 'manual' && (
          <label>
            {t.copyLinkManual}{' '}
            <input type="text" readOnly value={url} ref={(el) => el?.select()} onFocus={(e) => e.currentTarget.select()} />
          </label>
        )}
      </span>
    </span>
  );
}
