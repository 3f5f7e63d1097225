import { useEffect } from 'react';
import { STRINGS, uiLangFrom } from '~/lib/panel/strings';
import { resolveUiLang } from '~/lib/i18n/ui-lang';
import { useSettings } from '~/lib/settings/store';
import { SettingsForm } from '~/components/SettingsForm';
import { LibraryLink } from '~/components/LibraryLink';

const browserLang = uiLangFrom(browser.i18n.getUILanguage());

/** The options page: the same settings as behind the panel's gear. */
export function OptionsPage() {
  const { settings, update } = useSettings();
  const lang = settings ? resolveUiLang(settings.uiLang, browser.i18n.getUILanguage()) : browserLang;
  const t = STRINGS[lang];
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t.appName}: ${t.settings.title}`;
  }, [lang, t]);
  if (!settings) return <main aria-busy="true" />;
  return (
    <main className="options-page" lang={lang}>
      <p className="options-app-name">{t.appName}</p>
      <SettingsForm settings={settings} update={update} t={t} browserLang={browserLang} heading="h1" />
      <LibraryLink t={t} />
    </main>
  );
}
