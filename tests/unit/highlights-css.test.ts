/** The ::highlight() rules the browser injects: well formed, only highlight rules, one for every name the code paints. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOCUS_HIGHLIGHT, MISQUOTE_HIGHLIGHT, quoteHighlightName, userColorHighlightName, type QuoteStyle } from '../../lib/page/highlight-names';
import { PALETTES } from '../../lib/settings/defaults';
import { HIGHLIGHT_COLORS } from '../../lib/annotations/colors';

const CSS = readFileSync(join(__dirname, '../../lib/page/highlights.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

interface Rule {
  selectors: string[];
  media: string | null;
}

/** The style rules of a stylesheet with at most one level of @media; throws on unbalanced braces. */
function rules(css: string): Rule[] {
  const out: Rule[] = [];
  let media: string | null = null;
  let depth = 0;
  let prelude = '';
  for (const ch of css) {
    if (ch === '{') {
      const p = prelude.trim();
      prelude = '';
      if (p.startsWith('@media')) {
        if (depth !== 0) throw new Error('nested @media');
        media = p;
      } else {
        if (depth !== (media ? 1 : 0)) throw new Error(`a rule inside a rule: ${p}`);
        out.push({ selectors: p.split(',').map((s) => s.trim()), media });
      }
      depth++;
    } else if (ch === '}') {
      depth--;
      if (depth < 0) throw new Error('unbalanced }');
      if (depth === 0) media = null;
      prelude = '';
    } else if (ch === ';' && depth === (media ? 1 : 0)) {
      prelude = '';
    } else prelude += ch;
  }
  if (depth !== 0) throw new Error('unbalanced {');
  return out;
}

const STYLES: QuoteStyle[] = ['quote', 'rendering', 'altered'];
const NAMES = [
  ...(['zuckerberg', 'spokesperson'] as const).flatMap((g) => PALETTES.flatMap((p) => STYLES.map((s) => quoteHighlightName(g, p, s)))),
  ...HIGHLIGHT_COLORS.flatMap((c) => PALETTES.map((p) => userColorHighlightName(c, p))),
  MISQUOTE_HIGHLIGHT,
  FOCUS_HIGHLIGHT,
];

describe('lib/page/highlights.css', () => {
  const all = rules(CSS);
  const named = (media: boolean) => new Set(all.filter((r) => (r.media !== null) === media).flatMap((r) => r.selectors));

  it('is well formed and holds only ::highlight() rules, plain or for forced colors', () => {
    expect(all.length).toBeGreaterThan(10);
    for (const r of all) {
      for (const s of r.selectors) expect(s, s).toMatch(/^::highlight\(meta-context-[a-z-]+\)$/);
      if (r.media !== null) expect(r.media).toBe('@media (forced-colors: active)');
    }
  });

  it('paints every name the code registers, and maps each to system colours in forced-colors mode', () => {
    expect(NAMES.length).toBeGreaterThan(20);
    for (const name of NAMES) {
      expect(named(false), name).toContain(`::highlight(${name})`);
      expect(named(true), name).toContain(`::highlight(${name})`);
    }
  });
});
