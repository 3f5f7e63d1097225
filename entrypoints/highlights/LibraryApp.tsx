import { useEffect } from 'react';
import { STRINGS, uiLangFrom } from '~/lib/panel/strings';
import { resolveUiLang } from '~/lib/i18n/ui-lang';
import { useSettings } from '~/lib/settings/store';
import { useLibrary } from '~/lib/library/use-library';
import { Library } from '~/components/Library';

const browserLang = uiLangFrom(browser.i18n.getUILanguage());

/** highlights.html: the library of the reader's highlights, in the panel's language. */
export function LibraryApp() {
  const { settings } = useSettings();
  const lang = settings ? resolveUiLang(settings.uiLang, browser.i18n.getUILanguage()) : browserLang;
  const t = STRINGS[lang];
  const { data } = useLibrary();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t.library.title}: ${t.appName}`;
  }, [lang, t]);
  useEffect(() => {
    // First render with content: `npm run bench` reads it.
    if (data && settings && performance.getEntriesByName('meta-context:library-rendered').length === 0) performance.mark('meta-context:library-rendered');
  }, [data, settings]);
  if (!settings) return <main aria-busy="true" />;
  return (
    <main className="library-main" lang={lang}>
      <p className="options-app-name">{t.appName}</p>
      <h1>{t.library.title}</h1>
      <p className="section-intro">{t.library.intro}</p>
      {data ? <Library data={data} t={t} lang={lang} /> : <p role="status">{t.library.loading}</p>}
    </main>
  );
}
