// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing';
import { SettingsForm } from '../../components/SettingsForm';
import { SectionTabs } from '../../components/SectionTabs';
import { PanelHeader } from '../../components/PanelHeader';
import { STRINGS, type UiLang } from '../../lib/panel/strings';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../lib/settings/schema';

afterEach(cleanup);
beforeEach(() => {
  fakeBrowser.reset();
  // SiteAccess asks whether all-sites access is granted.
  const events = { addListener: () => {}, removeListener: () => {} };
  Object.assign(fakeBrowser.permissions, { contains: () => Promise.resolve(false), onAdded: events, onRemoved: events });
});

/** The form over settings held in memory, as the panel holds them; returns the latest settings. */
function renderForm(lang: UiLang, initial: Settings = parseSettings(DEFAULT_SETTINGS)) {
  const latest = { current: initial };
  function Harness() {
    const [settings, setSettings] = useState(initial);
    return (
      <SettingsForm
        settings={settings}
        update={(change) => setSettings((s) => (latest.current = parseSettings(change(s))))}
        t={STRINGS[lang]}
        browserLang="ko"
      />
    );
  }
  render(<Harness />);
  return latest;
}

describe('SettingsForm', () => {
  it.each(['en', 'ko'] as const)('offers every setting, labelled, in the UI language (%s)', (lang) => {
    const s = STRINGS[lang].settings;
    renderForm(lang);
    expect(screen.getByRole('heading', { level: 2, name: s.title })).toBeTruthy();
    expect((screen.getByRole('radio', { name: s.languageAuto('한국어') }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: s.highlighting }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: s.groupZuckerberg }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: s.groupSpokesperson }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: s.paletteDefault }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: s.paletteContrast }) as HTMLInputElement).checked).toBe(false);
    // Nothing from private windows is kept unless the reader says so.
    expect((screen.getByRole('checkbox', { name: s.savePrivate }) as HTMLInputElement).checked).toBe(false);
  });

  it('each control changes its setting, and only it', () => {
    const s = STRINGS.en.settings;
    const latest = renderForm('en');
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(latest.current.uiLang).toBe('en');
    fireEvent.click(screen.getByRole('checkbox', { name: s.groupSpokesperson }));
    expect(latest.current.groups).toEqual({ zuckerberg: true, spokesperson: false });
    fireEvent.click(screen.getByRole('radio', { name: s.paletteContrast }));
    expect(latest.current).toEqual({ uiLang: 'en', highlighting: true, groups: { zuckerberg: true, spokesperson: false }, palette: 'contrast', savePrivate: false, selectionToolbar: 'story' });
    fireEvent.click(screen.getByRole('checkbox', { name: s.savePrivate }));
    expect(latest.current.savePrivate).toBe(true);
    expect((screen.getByRole('radio', { name: s.toolbarStory }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: s.toolbarOff }));
    expect(latest.current.selectionToolbar).toBe('off');
    fireEvent.click(screen.getByRole('radio', { name: s.toolbarEverywhere }));
    expect(latest.current).toMatchObject({ selectionToolbar: 'everywhere', savePrivate: true, palette: 'contrast' });
  });

  it('with highlighting off, the groups and colours cannot be changed (and keep their values)', () => {
    const s = STRINGS.en.settings;
    const latest = renderForm('en');
    fireEvent.click(screen.getByRole('checkbox', { name: s.highlighting }));
    expect(latest.current.highlighting).toBe(false);
    expect((screen.getByRole('checkbox', { name: s.groupZuckerberg }) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('radio', { name: s.paletteContrast }) as HTMLInputElement).matches(':disabled')).toBe(true);
    expect(latest.current.groups).toEqual(DEFAULT_SETTINGS.groups);
  });

  it('holds the all-sites access control', async () => {
    renderForm('en');
    expect(await screen.findByRole('button', { name: STRINGS.en.allSitesGrant })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: STRINGS.en.allSitesTitle })).toBeTruthy();
  });
});

describe('SectionTabs', () => {
  const tabs = [
    { id: 'a', label: 'One' },
    { id: 'b', label: 'Two' },
    { id: 'c', label: 'Three' },
  ];
  function Harness() {
    const [selected, setSelected] = useState('a');
    return <SectionTabs tabs={tabs} selected={selected} onSelect={setSelected} label="Sections" />;
  }

  it('one tab in the tab order; arrows, Home and End move and select, wrapping around', () => {
    render(<Harness />);
    const list = screen.getByRole('tablist', { name: 'Sections' });
    const tab = (name: string) => within(list).getByRole('tab', { name });
    expect(tab('One').getAttribute('aria-selected')).toBe('true');
    expect(within(list).getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    fireEvent.keyDown(tab('One'), { key: 'ArrowRight' });
    expect(tab('Two').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('Two'));
    fireEvent.keyDown(tab('Two'), { key: 'End' });
    expect(document.activeElement).toBe(tab('Three'));
    fireEvent.keyDown(tab('Three'), { key: 'ArrowRight' });
    expect(tab('One').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('One'), { key: 'ArrowLeft' });
    expect(tab('Three').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('Three'), { key: 'Home' });
    expect(tab('One').getAttribute('aria-selected')).toBe('true');
    expect(tab('One').getAttribute('aria-controls')).toBe('panel-a');
  });
});

describe('PanelHeader', () => {
  it('the language switch says which language is on, and the gear says whether settings are open', () => {
    const calls: string[] = [];
    render(<PanelHeader t={STRINGS.ko} lang="ko" onLang={(l) => calls.push(l)} settingsOpen={false} onToggleSettings={() => calls.push('gear')} />);
    const group = screen.getByRole('group', { name: STRINGS.ko.languageSwitch });
    expect(within(group).getByRole('button', { name: '한국어' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(group).getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(within(group).getByRole('button', { name: 'English' }));
    const gear = screen.getByRole('button', { name: STRINGS.ko.settings.open });
    expect(gear.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(gear);
    expect(calls).toEqual(['en', 'gear']);
  });
});
