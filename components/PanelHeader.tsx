import type { Strings, UiLang } from '~/lib/panel/strings';

/** The panel's title, its language switch and the gear that opens the settings. */
export function PanelHeader({
  t,
  lang,
  onLang,
  settingsOpen,
  onToggleSettings,
}: {
  t: Strings;
  lang: UiLang;
  onLang: (lang: UiLang) => void;
  settingsOpen: boolean;
  onToggleSettings: () => void;
}) {
  return (
    <header className="app-header">
      <h1>{t.appName}</h1>
      <div className="header-tools">
        <div role="group" aria-label={t.languageSwitch} className="lang-switch">
          {(['en', 'ko'] as const).map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => onLang(l)}>
              {t.languageName[l]}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="gear"
          aria-expanded={settingsOpen}
          aria-controls="settings-view"
          aria-label={t.settings.open}
          title={t.settings.open}
          onClick={onToggleSettings}
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
            <path
              fill="currentColor"
              d="M19.4 13a7.5 7.5 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.4 7.4 0 0 0-1.7-1L15 3.3h-4l-.4 2.6a7.4 7.4 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.5 7.5 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1c.5.4 1.1.7 1.7 1l.4 2.6h4l.4-2.6c.6-.3 1.2-.6 1.7-1l2.5 1 2-3.5zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z"
              transform="translate(-1 0)"
            />
          </svg>
        </button>
      </div>
    </header>
  );
}
