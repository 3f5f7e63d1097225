import type { ReactNode } from 'react';
import type { Settings } from '~/lib/settings/schema';
import { PALETTES, SELECTION_TOOLBAR, UI_LANGS } from '~/lib/settings/defaults';
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
      <Choices legend={s.languageLegend} name="ui-lang" field="uiLang" values={UI_LANGS} settings={settings} update={update}>
        {(value) => (
          <span lang={value === 'auto' ? undefined : value}>
            {value === 'auto' ? s.languageAuto(t.languageName[browserLang]) : t.languageName[value]}
          </span>
        )}
      </Choices>
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
      <Choices legend={s.paletteLegend} name="palette" field="palette" values={PALETTES} settings={settings} update={update} disabled={off}>
        {(palette) => <span>{palette === 'default' ? s.paletteDefault : s.paletteContrast}</span>}
      </Choices>
      <Choices legend={s.toolbarLegend} name="selection-toolbar" field="selectionToolbar" values={SELECTION_TOOLBAR} settings={settings} update={update}>
        {(where) => <span>{where === 'story' ? s.toolbarStory : where === 'everywhere' ? s.toolbarEverywhere : s.toolbarOff}</span>}
      </Choices>
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

type ChoiceField = 'uiLang' | 'palette' | 'selectionToolbar';

interface ChoicesProps<K extends ChoiceField> {
  legend: string;
  name: string;
  field: K;
  values: ReadonlyArray<Settings[K]>;
  settings: Settings;
  update: SettingsFormProps['update'];
  disabled?: boolean;
  children: (value: Settings[K]) => ReactNode;
}

/** One setting chosen among a few values: a fieldset of radio buttons. */
function Choices<K extends ChoiceField>({ legend, name, field, values, settings, update, disabled, children }: ChoicesProps<K>) {
  return (
    <fieldset disabled={disabled}>
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} className="choice">
          <input type="radio" name={name} value={value} checked={settings[field] === value} onChange={() => update((c) => ({ ...c, [field]: value }))} />
          {children(value)}
        </label>
      ))}
    </fieldset>
  );
}
