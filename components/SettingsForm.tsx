import type { Settings } from '~/lib/settings/schema';
import type { Strings, UiLang } from '~/lib/panel/strings';
import { SiteAccess } from './SiteAccess';
import './SettingsForm.css';

export interface SettingsFormProps {
  settings: Settings;
  update: (change: (s: Settings) => Settings) => void;
  t: Strings;
  /** The browser's own language, named in the "follow the browser" choice. */
  browserLang: UiLang;
  /** The panel shows the form under its own heading; the options page is a page of its own. */
  heading?: 'h1' | 'h2';
}

/** The reader's settings: the panel's language, the highlights in pages, and all-sites access. */
export function SettingsForm({ settings, update, t, browserLang, heading: Heading = 'h2' }: SettingsFormProps) {
  const s = t.settings;
  const off = !settings.highlighting;
  return (
    <section aria-labelledby="settings-title" className="settings">
      <Heading id="settings-title">{s.title}</Heading>
      <fieldset>
        <legend>{s.languageLegend}</legend>
        {(['auto', 'en', 'ko'] as const).map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="ui-lang"
              value={value}
              checked={settings.uiLang === value}
              onChange={() => update((c) => ({ ...c, uiLang: value }))}
            />
            <span lang={value === 'auto' ? undefined : value}>
              {value === 'auto' ? s.languageAuto(t.languageName[browserLang]) : t.languageName[value]}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{s.highlightsLegend}</legend>
        <label className="choice">
          <input type="checkbox" checked={settings.highlighting} onChange={(e) => update((c) => ({ ...c, highlighting: e.target.checked }))} />
          <span>{s.highlighting}</span>
        </label>
        <div className="sub-choices">
          {(['zuckerberg', 'spokesperson'] as const).map((group) => (
            <label key={group} className="choice">
              <input
                type="checkbox"
                disabled={off}
                checked={settings.groups[group]}
                onChange={(e) => update((c) => ({ ...c, groups: { ...c.groups, [group]: e.target.checked } }))}
              />
              <span className={`swatch swatch-${group}-${settings.palette}`} aria-hidden="true" />
              <span>{group === 'zuckerberg' ? s.groupZuckerberg : s.groupSpokesperson}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset disabled={off}>
        <legend>{s.paletteLegend}</legend>
        {(['default', 'contrast'] as const).map((palette) => (
          <label key={palette} className="choice">
            <input
              type="radio"
              name="palette"
              value={palette}
              checked={settings.palette === palette}
              onChange={() => update((c) => ({ ...c, palette }))}
            />
            <span>{palette === 'default' ? s.paletteDefault : s.paletteContrast}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{s.toolbarLegend}</legend>
        {(['story', 'everywhere', 'off'] as const).map((where) => (
          <label key={where} className="choice">
            <input
              type="radio"
              name="selection-toolbar"
              value={where}
              checked={settings.selectionToolbar === where}
              onChange={() => update((c) => ({ ...c, selectionToolbar: where }))}
            />
            <span>{where === 'story' ? s.toolbarStory : where === 'everywhere' ? s.toolbarEverywhere : s.toolbarOff}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{s.privateLegend}</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={settings.savePrivate}
            aria-describedby="save-private-hint"
            onChange={(e) => update((c) => ({ ...c, savePrivate: e.target.checked }))}
          />
          <span>{s.savePrivate}</span>
        </label>
        <p id="save-private-hint" className="settings-note">
          {s.savePrivateHint}
        </p>
      </fieldset>
      <SiteAccess t={t} heading="h3" />
      <p className="settings-note">{s.privacy}</p>
    </section>
  );
}
