// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNfcInert, skeletonMap, skeletonTable, TABLE_DROP, TABLE_SLOW, toSkeleton } from '../../lib/text/normalize';

/** The definition, spelled out slowly: what the fast paths must agree with. */
function reference(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/ς/g, 'σ').replace(/[^\p{L}\p{N}]/gu, '');
}

/** skeletonMap's invariant, plus: each char's source cluster holds that char. */
function checkMap(s: string): void {
  const map = skeletonMap(s);
  expect(map.text).toBe(toSkeleton(s));
  expect(map.start.length).toBe(map.text.length);
  expect(map.end.length).toBe(map.text.length);
  let prevStart = 0;
  for (let i = 0; i < map.text.length; i++) {
    const a = map.start[i]!;
    const b = map.end[i]!;
    if (!(a >= prevStart && b > a && b <= s.length)) {
      throw new Error(`bad offsets for char ${i} of ${JSON.stringify(s.slice(0, 80))}: [${a}, ${b})`);
    }
    if (!toSkeleton(s.slice(a, b)).includes(map.text[i]!)) {
      throw new Error(`char ${i} (${map.text[i]}) not in its source ${JSON.stringify(s.slice(a, b))}`);
    }
    prevStart = a;
  }
}

const READABILITY = join(__dirname, '../fixtures/readability');

function readabilityPages(): string[] {
  return readdirSync(READABILITY)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

describe('toSkeleton', () => {
  it('keeps only lower-cased letters and digits', () => {
    expect(toSkeleton('We’ll need to be RIGOROUS — about “open-source”, 2025!')).toBe('wellneedtoberigorousaboutopensource2025');
    expect(toSkeleton("We'll need to be rigorous - about \"open source\" 2025")).toBe('wellneedtoberigorousaboutopensource2025');
  });

  it('drops spaces of every kind, soft hyphens and zero-width characters', () => {
    const odd = 'a\u00a0b\u2002c\u2009d\u3000e\u00adf\u200bg\u200ch\u200di\ufeffj\u2028k\r\nl\tm';
    expect(toSkeleton(odd)).toBe('abcdefghijklm');
  });

  it('composes NFD Hangul and ignores spaces inside Korean text', () => {
    const nfc = '초지능의 혜택은 가능한 한 광범위하게';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(toSkeleton(nfd)).toBe(toSkeleton(nfc));
    expect(toSkeleton('가능한한 광범위하게')).toBe(toSkeleton('가능한 한 광범 위하게'));
    expect(toSkeleton(nfc)).toBe('초지능의혜택은가능한한광범위하게');
  });

  it('folds Greek final sigma and composes Latin accents', () => {
    expect(toSkeleton('ΟΔΟΣ')).toBe(toSkeleton('οδος'));
    expect(toSkeleton('odos')).not.toBe(toSkeleton('οδος'));
    expect(toSkeleton('Cafe\u0301')).toBe('café');
    expect(toSkeleton('CAFÉ')).toBe('café');
  });

  it('never throws on odd input', () => {
    expect(toSkeleton('')).toBe('');
    expect(toSkeleton('\ud800x\udc00')).toBe('x');
    expect(toSkeleton(undefined as unknown as string)).toBe('');
    expect(skeletonMap(null as unknown as string).text).toBe('');
  });

  it('agrees with the reference on every BMP char, alone and between letters (fast path included)', () => {
    const bad: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `A${ch}z`, `가${ch}${ch}나`]) if (toSkeleton(s) !== reference(s)) bad.push(`U+${c.toString(16)}`);
    }
    expect(bad).toEqual([]);
  });

  it("has a bulk table that agrees with the reference on every code unit it doesn't send to the slow path", () => {
    const table = skeletonTable();
    const bad: string[] = [];
    let fast = 0;
    for (let c = 0; c < 0x10000; c++) {
      const v = table[c]!;
      if (v === TABLE_SLOW) continue;
      fast++;
      const ch = String.fromCharCode(c);
      const expected = v === TABLE_DROP ? '' : String.fromCharCode(v);
      // Kept chars must be NFC-inert; dropped ones may change under NFC (U+2000 → U+2002) if they stay non-letters.
      const inert = v === TABLE_DROP ? reference(ch) === '' : ch.normalize('NFC') === ch;
      if (reference(`a${ch}b`) !== `a${expected}b` || !inert) bad.push(`U+${c.toString(16)}`);
    }
    expect(bad).toEqual([]);
    // ASCII, Latin-1, general punctuation, CJK, kana and Hangul are on the fast path.
    expect(fast).toBeGreaterThan(40_000);
    for (const ch of 'aZ0 ,.’“—\u00a0\u00ad\u200b가한漢か') expect(table[ch.charCodeAt(0)], ch).not.toBe(TABLE_SLOW);
    for (const ch of '\u0301\u1161Σς\ud800\ufeff') expect(table[ch.charCodeAt(0)], ch).toBe(TABLE_SLOW);
  });

  it('skips NFC only where NFC is the identity and nothing composes (exhaustive, for the generic path and the bulk table)', () => {
    // Chars that can be the 2nd+ element of a canonical decomposition (composition seconds)
    // and chars that reorder after U+0345 (ccc 240) or U+035D (ccc 234): non-starters.
    const seconds = new Set<number>();
    const risky: number[] = [];
    const table = skeletonTable();
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const d = Array.from(c.normalize('NFD'));
      for (let i = 1; i < d.length; i++) seconds.add(d[i]!.codePointAt(0)!);
      const inTable = cp < 0x10000 && table[cp] !== TABLE_SLOW;
      if (!isNfcInert(c) && !inTable) continue;
      // NFC may change a char the table drops (U+2000 → U+2002), never one a fast path keeps.
      if (c.normalize('NFC') !== c && !(inTable && table[cp] === TABLE_DROP && reference(c) === '')) risky.push(cp);
      if (('a\u0345' + c).normalize('NFD') !== 'a\u0345' + c.normalize('NFD')) risky.push(cp);
      if (('a\u035d' + c).normalize('NFD') !== 'a\u035d' + c.normalize('NFD')) risky.push(cp);
    }
    for (const cp of seconds) {
      if (isNfcInert(String.fromCodePoint(cp)) || (cp < 0x10000 && table[cp] !== TABLE_SLOW)) risky.push(cp);
    }
    expect(risky.map((cp) => cp.toString(16))).toEqual([]);
  });

  it('agrees with the reference on random strings of tricky chars', () => {
    const alphabet = Array.from(
      'aZé\u0301\u0323\u0345ΣσςİIıß ,.-—–’“”"\u00a0\u00ad\u200b\u2028\n가힣\u1100\u1161\u11a8\u3131ㅏ漢字か\u3099ｶﾞＡ１²½\u212b\u2126Å\u{1d400}\u{1f600}\ud800µª\u0f73\u0e33',
    );
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let t = 0; t < 3000; t++) {
      let s = '';
      const len = rand(24);
      for (let i = 0; i < len; i++) s += alphabet[rand(alphabet.length)];
      expect(toSkeleton(s), JSON.stringify(s)).toBe(reference(s));
      checkMap(s);
    }
  });
});

describe('skeletonMap', () => {
  it('maps each skeleton char back to its source cluster', () => {
    const s = 'He said: “Open\u00a0Source”!';
    const map = skeletonMap(s);
    expect(map.text).toBe('hesaidopensource');
    const o = map.text.indexOf('open');
    expect(s.slice(map.start[o]!, map.end[o + 'opensource'.length - 1]!)).toBe('Open\u00a0Source');
  });

  it('maps a composed Hangul syllable to all of its jamo', () => {
    const s = ' 한국'.normalize('NFD');
    const map = skeletonMap(s);
    expect(map.text).toBe('한국');
    expect(map.start[0]).toBe(1);
    expect(map.end[0]).toBe(4);
    expect(map.start[1]).toBe(4);
    expect(map.end[1]).toBe(7);
  });

  it('keeps its invariant on the seed text, its NFD form and every text node of the readability pages', () => {
    const ko = readFileSync(join(__dirname, '../fixtures/article-ko.txt'), 'utf8');
    checkMap(ko);
    checkMap(ko.normalize('NFD'));
    const pages = readabilityPages();
    expect(pages.length).toBe(32);
    let nodes = 0;
    for (const f of pages) {
      const doc = new DOMParser().parseFromString(readFileSync(join(READABILITY, f), 'utf8'), 'text/html');
      const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        const data = (n as Text).data;
        const map = skeletonMap(data);
        if (map.text !== toSkeleton(data) || map.text !== reference(data)) checkMap(data);
        nodes++;
      }
    }
    expect(nodes).toBeGreaterThan(10_000);
  });
});
