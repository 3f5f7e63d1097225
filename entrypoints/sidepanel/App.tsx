import { useEffect, useMemo, useState } from 'react';
import { article } from '~/lib/dataset/article';
import { STRINGS, uiLangFrom } from '~/lib/panel/strings';
import { useTabState } from '~/lib/panel/use-tab-state';
import { usePanelFocus } from '~/lib/panel/use-panel-focus';
import { ThisPage } from '~/components/ThisPage';
import { SiteAccess } from '~/components/SiteAccess';

export function App() {
  const lang = useMemo(() => uiLangFrom(browser.i18n.getUILanguage()), []);
  const t = STRINGS[lang];
  const { view, refresh } = useTabState(location.search);
  const [scanFailed, setScanFailed] = useState(false);
  const tabId = view.kind === 'ready' ? view.tabId : null;
  const rendered = view.kind !== 'loading';
  const focused = usePanelFocus(view.kind === 'loading' ? null : view.tabId, rendered);

  // First render with content: a mark anyone can read in DevTools (and `npm run bench` does).
  useEffect(() => {
    if (rendered && performance.getEntriesByName('meta-context:panel-rendered').length === 0) {
      performance.mark('meta-context:panel-rendered');
    }
  }, [rendered]);

  return (
    <div className="app" lang={lang}>
      <header className="app-header">
        <h1>{t.appName}</h1>
      </header>
      <main aria-busy={view.kind === 'loading'}>
        {view.kind !== 'loading' && (
          <ThisPage
            article={article}
            state={view.kind === 'ready' ? view.state : null}
            lang={lang}
            t={t}
            scanFailed={scanFailed}
            onScan={() => {
              if (tabId === null) return;
              void browser.runtime.sendMessage({ type: 'scan:request', tabId }).then((ok) => {
                setScanFailed(ok !== true);
                refresh();
              });
            }}
            focusedQuoteId={focused}
            onShow={(quoteId) => tabId !== null && void browser.runtime.sendMessage({ type: 'quote:show', tabId, quoteId })}
          />
        )}
        {view.kind !== 'loading' && <SiteAccess t={t} />}
      </main>
    </div>
  );
}
