import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_TWINS, PAGE_TWINS, STRINGS, type Strings } from '../../lib/panel/strings';
import { PAGE_STRINGS } from '../../lib/i18n/shared-strings';
import { PAGE_SHORTCUTS } from '../../lib/content/selection-toolbar';

const ROOT = join(__dirname, '../..');
type Messages = Record<string, { message: string; description?: string }>;
const locales: Record<'en' | 'ko', Messages> = {
  en: JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')),
  ko: JSON.parse(readFileSync(join(ROOT, 'public/_locales/ko/messages.json'), 'utf8')),
};

/** Every string of a table, with its path (functions called with sample arguments). */
function flatten(table: unknown, path = ''): Array<[string, string]> {
  if (typeof table === 'string') return [[path, table]];
  if (typeof table === 'function') return [[path, String((table as (...a: unknown[]) => unknown)(3, 8, 'English'))]];
  return Object.entries(table as object).flatMap(([k, v]) => flatten(v, path ? `${path}.${k}` : k));
}

const HANGUL = /[\uac00-\ud7a3]/;
const en = flatten(STRINGS.en);
const ko = new Map(flatten(STRINGS.ko));

describe('the panel’s string tables and public/_locales stay in step', () => {
  it('both _locales have the same messages, none empty, each described in English', () => {
    expect(Object.keys(locales.ko).sort()).toEqual(Object.keys(locales.en).sort());
    for (const [key, { message, description }] of Object.entries(locales.en)) {
      expect(message.trim(), key).not.toBe('');
      expect(locales.ko[key]!.message.trim(), key).not.toBe('');
      expect(description, `${key} needs a description for translators`).toBeTruthy();
    }
  });

  it('placeholders such as %s survive translation', () => {
    for (const [key, { message }] of Object.entries(locales.en)) {
      const holes = (m: string) => (m.match(/%s|\$[A-Z_]+\$/g) ?? []).sort();
      expect(holes(locales.ko[key]!.message), key).toEqual(holes(message));
    }
  });

  it('both panel tables have the same strings, none empty', () => {
    expect([...ko.keys()].sort()).toEqual(en.map(([k]) => k).sort());
    for (const [key, text] of en) {
      expect(text.trim(), key).not.toBe('');
      expect(ko.get(key)!.trim(), key).not.toBe('');
    }
  });

  it('the Korean panel table is translated (Hangul wherever the English is a sentence)', () => {
    // Names shown in their own language on purpose.
    const sameInBoth = new Set(['languageName.en', 'languageName.ko']);
    for (const [key, text] of en) {
      if (sameInBoth.has(key)) continue;
      expect(ko.get(key), `${key} looks untranslated`).toMatch(HANGUL);
      expect(text, `${key}: English table has Hangul`).not.toMatch(HANGUL);
    }
  });

  it.each(['en', 'ko'] as const)('twin strings read the same in the panel and in _locales (%s)', (lang) => {
    for (const [key, message] of Object.entries(LOCALE_TWINS)) {
      expect(STRINGS[lang][key as keyof Strings], `${key} ↔ ${message}`).toBe(locales[lang][message]!.message);
    }
  });

  it.each(['en', 'ko'] as const)('the extension’s name in _locales carries the panel’s title (%s)', (lang) => {
    expect(locales[lang].extName!.message).toContain(STRINGS[lang].appName);
  });

  it('every keyboard shortcut the strings mention is one the manifest declares, or one the page toolbar handles', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const declared = new Set<string>([...config.matchAll(/suggested_key:\s*\{\s*default:\s*'([^']+)'/g)].map((m) => m[1]!));
    const commands = declared.size;
    for (const key of Object.values(PAGE_SHORTCUTS)) declared.add(key);
    expect(commands).toBeGreaterThanOrEqual(4);
    const texts = [...pageTexts('en').map(([, t]) => t), ...pageTexts('ko').map(([, t]) => t), ...en.map(([, t]) => t), ...ko.values(), ...Object.values(locales.en).map((m) => m.message), ...Object.values(locales.ko).map((m) => m.message)];
    const mentioned = new Set(texts.flatMap((t) => t.match(/\b(?:Alt|Ctrl|Shift|Command|MacCtrl)(?:\+\w+)+/g) ?? []));
    expect(mentioned.size).toBeGreaterThan(0);
    for (const shortcut of mentioned) expect(declared, shortcut).toContain(shortcut);
  });
});

/** Every in-page string of a language, with its key: nested tables flattened, functions called with a sample. */
function pageTexts(lang: 'en' | 'ko'): Array<[string, string]> {
  return Object.entries(PAGE_STRINGS[lang]).flatMap(([key, v]): Array<[string, string]> =>
    typeof v === 'string' ? [[key, v]] : typeof v === 'function' ? [[key, v('X')]] : Object.entries(v).map(([k, t]) => [`${key}.${k}`, t]),
  );
}

describe('in-page UI speaks the reader’s language', () => {
  it('its strings are in both languages, translated, and read as the panel’s twins do', () => {
    const ko = new Map(pageTexts('ko'));
    expect([...ko.keys()].sort()).toEqual(pageTexts('en').map(([k]) => k).sort());
    for (const [key, text] of pageTexts('en')) {
      expect(text.trim(), key).not.toBe('');
      expect(ko.get(key), key).toMatch(HANGUL);
      expect(text, key).not.toMatch(HANGUL);
    }
    for (const lang of ['en', 'ko'] as const) {
      for (const [panelKey, pageKey] of Object.entries(PAGE_TWINS)) {
        expect(STRINGS[lang][panelKey as keyof Strings], panelKey).toBe(PAGE_STRINGS[lang][pageKey]);
      }
    }
  });

  it('the content script takes no in-page string from the browser’s language (_locales)', () => {
    const script = readFileSync(join(ROOT, 'entrypoints/content/index.ts'), 'utf8');
    expect(script).not.toMatch(/i18n\.getMessage/);
    expect(script).toMatch(/lang = \(\) => resolveUiLang\(/);
    expect(script).toMatch(/CARD_STRINGS\[lang\(\)\]/);
  });
});
