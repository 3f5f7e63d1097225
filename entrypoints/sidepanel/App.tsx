import { lazy, Suspense, useEffect, useState } from 'react';
import { article } from '~/lib/dataset/article';
import { loadContextData } from '~/lib/panel/context-data';
import { WithContextData } from '~/components/WithContextData';
import { STRINGS, uiLangFrom } from '~/lib/panel/strings';
import { resolveUiLang } from '~/lib/i18n/ui-lang';
import { useTabState } from '~/lib/panel/use-tab-state';
import { usePanelFocus } from '~/lib/panel/use-panel-focus';
import { useSettings } from '~/lib/settings/store';
import { ThisPage } from '~/components/ThisPage';
import { PanelHeader } from '~/components/PanelHeader';
import { SectionTabs } from '~/components/SectionTabs';
import { SettingsForm } from '~/components/SettingsForm';
import { MyHighlights } from '~/components/MyHighlights';
import { LibraryLink } from '~/components/LibraryLink';

// Loaded when first shown: the panel's first render (This page) parses only what it shows.
const Timeline = lazy(() => import('~/components/Timeline').then((m) => ({ default: m.Timeline })));
const Glossary = lazy(() => import('~/components/Glossary').then((m) => ({ default: m.Glossary })));
const OpenSourceQuestion = lazy(() => import('~/components/OpenSourceQuestion').then((m) => ({ default: m.OpenSourceQuestion })));
const LookupSection = lazy(() => import('~/components/LookupSection').then((m) => ({ default: m.LookupSection })));
const HighlightsTransfer = lazy(() => import('~/components/HighlightsTransfer').then((m) => ({ default: m.HighlightsTransfer })));
import { useTabHighlights } from '~/lib/panel/use-tab-highlights';

type Section = 'page' | 'lookup' | 'timeline' | 'glossary' | 'open-source';

const browserLang = uiLangFrom(browser.i18n.getUILanguage());

export function App() {
  const { settings, update } = useSettings();
  const lang = settings ? resolveUiLang(settings.uiLang, browser.i18n.getUILanguage()) : browserLang;
  const t = STRINGS[lang];
  const { view, refresh } = useTabState(location.search);
  const [scanFailed, setScanFailed] = useState(false);
  const [section, setSection] = useState<Section>('page');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [eventId, setEventId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [glossaryQuery, setGlossaryQuery] = useState('');
  const tabId = view.kind === 'ready' ? view.tabId : null;
  // Wait for the settings too: rendering in the browser's language, then switching, would flash.
  const rendered = view.kind !== 'loading' && settings !== null;
  const { quoteId: focused, lookup } = usePanelFocus(view.kind === 'loading' ? null : view.tabId, rendered && section === 'page' && !settingsOpen);
  const mine = useTabHighlights(tabId);

  // A quote clicked in the page: show its card.
  useEffect(() => {
    if (focused === null) return;
    setSettingsOpen(false);
    setSection('page');
  }, [focused]);
  // Text the reader chose to look up in the page.
  useEffect(() => {
    if (lookup === null) return;
    setSettingsOpen(false);
    setQuery(lookup.text);
    setSection('lookup');
  }, [lookup]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.appName;
  }, [lang, t]);

  // First render with content: a mark anyone can read in DevTools (and `npm run bench` does).
  useEffect(() => {
    if (rendered && performance.getEntriesByName('meta-context:panel-rendered').length === 0) {
      performance.mark('meta-context:panel-rendered');
    }
    // After the first render, fetch what the other sections show, so switching to one does not wait.
    if (rendered) void loadContextData();
  }, [rendered]);

  const showEvent = (id: string) => {
    setEventId(id);
    setSection('timeline');
  };

  if (!rendered) return <main aria-busy="true" />;
  return (
    <div className="app" lang={lang}>
      <PanelHeader
        t={t}
        lang={lang}
        onLang={(l) => update((s) => ({ ...s, uiLang: l }))}
        settingsOpen={settingsOpen}
        onToggleSettings={() => setSettingsOpen((open) => !open)}
      />
      {settingsOpen ? (
        <main id="settings-view">
          <SettingsForm settings={settings} update={update} t={t} browserLang={browserLang} />
          <button type="button" onClick={() => setSettingsOpen(false)}>
            {t.settings.close}
          </button>
        </main>
      ) : (
        <>
          <nav aria-label={t.sections}>
            <SectionTabs
              label={t.sections}
              selected={section}
              onSelect={setSection}
              tabs={[
                { id: 'page', label: t.tabThisPage },
                { id: 'lookup', label: t.tabLookup },
                { id: 'timeline', label: t.tabTimeline },
                { id: 'glossary', label: t.tabGlossary },
                { id: 'open-source', label: t.tabOpenSource },
              ]}
            />
          </nav>
          <main id={`panel-${section}`} role="tabpanel" aria-labelledby={`tab-${section}`}>
            {section === 'page' && (
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
            {section === 'page' && <MyHighlights data={mine.data} t={t} lang={lang} />}
            {section === 'page' && <LibraryLink t={t} />}
            {/* The lazy parts wait in their own boundary: This page renders (and takes focus) at once. */}
            <Suspense fallback={null}>
            {section === 'page' && <HighlightsTransfer t={t} lang={lang} />}
            {section !== 'page' && (
              <WithContextData>
                {({ timeline, glossary, openSource }) => (
                  <>
                    {section === 'lookup' && (
                      <LookupSection
                        query={query}
                        onQueryChange={setQuery}
                        lang={lang}
                        t={t}
                        article={article}
                        timeline={timeline}
                        glossary={glossary}
                        onShowEvent={showEvent}
                        onShowGlossary={(id) => {
                          setGlossaryQuery(glossary.find((g) => g.id === id)?.name[lang] ?? '');
                          setSection('glossary');
                        }}
                      />
                    )}
                    {section === 'timeline' && <Timeline events={timeline} articleDate={article.date} lang={lang} t={t} highlightEventId={eventId} />}
                    {section === 'glossary' && (
                      <Glossary entries={glossary} events={timeline} lang={lang} t={t} query={glossaryQuery} onQueryChange={setGlossaryQuery} onShowEvent={showEvent} />
                    )}
                    {section === 'open-source' && <OpenSourceQuestion data={openSource} events={timeline} lang={lang} t={t} onShowEvent={showEvent} />}
                  </>
                )}
              </WithContextData>
            )}
            </Suspense>
          </main>
        </>
      )}
    </div>
  );
}
