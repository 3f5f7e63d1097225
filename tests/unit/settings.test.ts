// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { article, keyQuotes } from '../../lib/dataset/article';
import { toContentArticle } from '../../lib/dataset/content-article';
import fingerprintsJson from '../../lib/dataset/fingerprints.json';
import { analyzeText } from '../../lib/recognition/analyze';
import { Reader } from '../../lib/content/reader';
import { quoteGroupOf, quoteHighlightName, type QuoteGroup } from '../../lib/page/highlight-names';
import { DEFAULT_HIGHLIGHT_PREFS, highlightPrefs, type HighlightPrefs } from '../../lib/settings/highlight-prefs';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, settingsPatch } from '../../lib/settings/schema';
import { ToBackground } from '../../lib/messages';
import { loadSettings, updateSettings } from '../../lib/settings/store';
import type { Fingerprints } from '../../lib/recognition/fingerprint';
import { installFakeHighlights, paintedRanges, type FakeRegistry } from './support/fake-highlights';

describe('parseSettings', () => {
  it('keeps valid settings as they are', () => {
    const s = { highlighting: false, groups: { zuckerberg: false, spokesperson: true }, palette: 'contrast', uiLang: 'ko', savePrivate: true, selectionToolbar: 'everywhere' };
    expect(parseSettings(s)).toEqual(s);
  });

  it('gives the defaults for nothing stored, or for something that is not settings', () => {
    for (const raw of [undefined, null, 'on', 42, [], true]) expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid field of a partly broken value, and defaults the others', () => {
    const s = parseSettings({ highlighting: 'yes', groups: { zuckerberg: false, spokesperson: 'no' }, palette: 'neon', uiLang: 'ko', extra: 1 });
    expect(s).toEqual({ highlighting: true, groups: { zuckerberg: false, spokesperson: true }, palette: 'default', uiLang: 'ko', savePrivate: false, selectionToolbar: 'story' });
  });
});

describe('highlightPrefs (the content script reads settings without zod)', () => {
  // Every combination of good, missing and bad values for the fields the content script reads.
  const highlighting = [true, false, undefined, 'false', 0];
  const groups = [
    { zuckerberg: true, spokesperson: false },
    { zuckerberg: false },
    { spokesperson: 'x' },
    undefined,
    'all',
    null,
    [false, false],
  ];
  const palette = ['default', 'contrast', 'CONTRAST', undefined, 3];
  const cases: unknown[] = [undefined, null, 'x', 7, []];
  for (const h of highlighting) for (const g of groups) for (const p of palette) cases.push({ highlighting: h, groups: g, palette: p });

  it(`agrees with the zod schema on ${cases.length} valid, partial and broken values`, () => {
    for (const raw of cases) {
      const s = parseSettings(raw);
      expect(highlightPrefs(raw), JSON.stringify(raw)).toEqual({ highlighting: s.highlighting, groups: s.groups, palette: s.palette });
    }
  });
});

describe('the settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults from an empty profile, and what was saved afterwards', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings((s) => ({ ...s, uiLang: 'ko', palette: 'contrast' }));
    expect(await loadSettings()).toMatchObject({ uiLang: 'ko', palette: 'contrast', highlighting: true });
    // Stored under the key the content script reads.
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    expect(highlightPrefs(stored).palette).toBe('contrast');
  });

  it('never writes an invalid value, and reads a corrupted one as valid settings', async () => {
    await updateSettings((s) => ({ ...s, palette: 'neon' as never, highlighting: false }));
    expect(await loadSettings()).toMatchObject({ palette: 'default', highlighting: false });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('Reader: the highlight settings decide what is painted', () => {
  const fingerprints = fingerprintsJson as Fingerprints;
  const page = readFileSync(join(__dirname, '../fixtures/pages/ko-aimatters.html'), 'utf8');
  const keys = keyQuotes(article);
  const groupOf = (id: string): QuoteGroup => quoteGroupOf(keys.find((q) => q.id === id)!.speakerId);

  let registry: FakeRegistry;
  async function readerWith(prefs: HighlightPrefs | Promise<HighlightPrefs>): Promise<Reader> {
    registry = installFakeHighlights();
    document.documentElement.innerHTML = new DOMParser().parseFromString(page, 'text/html').documentElement.innerHTML;
    const reader = new Reader({
      doc: document,
      article: toContentArticle(article),
      analyze: async (input) => analyzeText(input, article, fingerprints),
      report: () => {},
      onInvalidated: () => {},
      loadPrefs: () => Promise.resolve(prefs),
    });
    await reader.scan();
    return reader;
  }

  /** Which quote-highlight names are painted, and how many ranges each. */
  const painted = () => paintedRanges(registry, 'meta-context-quote');

  it('with the defaults both groups are painted in the default colours', async () => {
    const reader = await readerWith(DEFAULT_HIGHLIGHT_PREFS);
    expect(reader.found.length).toBe(keys.length);
    expect(Object.keys(painted()).sort()).toEqual([quoteHighlightName('spokesperson'), quoteHighlightName('zuckerberg')]);
    reader.stop();
  });

  it('highlighting off paints nothing, and a click on a quote finds no quote', async () => {
    const reader = await readerWith({ ...DEFAULT_HIGHLIGHT_PREFS, highlighting: false });
    expect(reader.found.length).toBe(keys.length);
    expect(painted()).toEqual({});
    const first = reader.found[0]!.ranges[0]!;
    expect(reader.quoteAt(first.startContainer, first.startOffset)).toBeNull();
    reader.stop();
  });

  it('a group turned off is not painted; the other is', async () => {
    const reader = await readerWith({ ...DEFAULT_HIGHLIGHT_PREFS, groups: { zuckerberg: true, spokesperson: false } });
    expect(Object.keys(painted())).toEqual([quoteHighlightName('zuckerberg')]);
    const spokesperson = reader.found.find((f) => groupOf(f.quoteId) === 'spokesperson')!;
    const r = spokesperson.ranges[0]!;
    expect(reader.quoteAt(r.startContainer, r.startOffset)).toBeNull();
    reader.stop();
  });

  it('the high-contrast palette paints under the contrast names; a change repaints and leaves no old name', async () => {
    const reader = await readerWith({ ...DEFAULT_HIGHLIGHT_PREFS, palette: 'contrast' });
    expect(Object.keys(painted()).sort()).toEqual([quoteHighlightName('spokesperson', 'contrast'), quoteHighlightName('zuckerberg', 'contrast')]);
    reader.setPrefs({ ...DEFAULT_HIGHLIGHT_PREFS, groups: { zuckerberg: false, spokesperson: true } });
    expect(Object.keys(painted())).toEqual([quoteHighlightName('spokesperson')]);
    reader.setPrefs({ ...DEFAULT_HIGHLIGHT_PREFS, highlighting: false });
    expect(painted()).toEqual({});
    reader.setPrefs(DEFAULT_HIGHLIGHT_PREFS);
    const z = reader.found.find((f) => groupOf(f.quoteId) === 'zuckerberg')!.ranges[0]!;
    expect(reader.quoteAt(z.startContainer, z.startOffset)).not.toBeNull();
    reader.stop();
  });

  it('a change made while the stored settings are still being read wins over them', async () => {
    let resolve!: (p: HighlightPrefs) => void;
    const slow = new Promise<HighlightPrefs>((r) => (resolve = r));
    const scanned = readerWith(slow);
    await new Promise((r) => setTimeout(r, 50));
    const reader = await Promise.race([scanned, new Promise<null>((r) => setTimeout(() => r(null), 10))]);
    expect(reader).toBeNull(); // still waiting for the settings before painting
    resolve({ ...DEFAULT_HIGHLIGHT_PREFS, highlighting: false });
    const done = await scanned;
    expect(painted()).toEqual({});
    done.stop();
  });
});

describe('the settings have one writer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('changes made at once (the panel and the options page) are applied one after the other, none lost', async () => {
    await Promise.all([
      updateSettings({ uiLang: 'ko' }),
      updateSettings({ highlighting: false }),
      updateSettings({ groups: { zuckerberg: false } }),
      updateSettings({ groups: { spokesperson: false } }),
      updateSettings((s) => ({ ...s, palette: 'contrast' })),
    ]);
    expect(await loadSettings()).toMatchObject({
      uiLang: 'ko',
      highlighting: false,
      groups: { zuckerberg: false, spokesperson: false },
      palette: 'contrast',
    });
  });

  it('a change is sent as the fields it touches, groups one by one', () => {
    const before = parseSettings(DEFAULT_SETTINGS);
    expect(settingsPatch(before, { ...before, uiLang: 'ko' })).toEqual({ uiLang: 'ko' });
    expect(settingsPatch(before, { ...before, groups: { ...before.groups, spokesperson: false } })).toEqual({ groups: { spokesperson: false } });
    expect(settingsPatch(before, before)).toEqual({});
    expect(ToBackground.safeParse({ type: 'settings:update', patch: { groups: { spokesperson: false } } }).success).toBe(true);
    expect(ToBackground.safeParse({ type: 'settings:update', patch: { palette: 'neon' } }).success).toBe(false);
  });
});

describe('the selection toolbar’s setting', () => {
  it('defaults to pages about the story; the content script reads it (and the language) as the schema does', async () => {
    const { pagePrefs } = await import('../../lib/settings/highlight-prefs');
    const { selectionMenusVisible } = await import('../../lib/background/menus');
    expect(parseSettings({}).selectionToolbar).toBe('story');
    for (const raw of [undefined, {}, { selectionToolbar: 'off', uiLang: 'ko' }, { selectionToolbar: 'everywhere' }, { selectionToolbar: 'nope', uiLang: 7 }]) {
      const s = parseSettings(raw);
      expect(pagePrefs(raw)).toEqual({ selectionToolbar: s.selectionToolbar, uiLang: s.uiLang });
    }
    // The menu items follow it, for the active tab's page.
    const related = { article: null, relation: { kind: 'quotes' as const, reasons: [] } };
    const unrelated = { article: null, relation: null };
    expect(selectionMenusVisible('story', related)).toBe(true);
    expect(selectionMenusVisible('story', unrelated)).toBe(false);
    expect(selectionMenusVisible('everywhere', unrelated)).toBe(true);
    expect(selectionMenusVisible('off', related)).toBe(false);
  });
});
