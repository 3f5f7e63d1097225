/** Strings of the panel's open source section, in both UI languages (merged into STRINGS by ./strings). */
const en = {
  title: 'Is Llama open source?',
  /** Label before the short answer at the top. */
  inShort: 'In short',
  /** Heading of a point's list of timeline events. */
  basedOn: 'Events this rests on',
  /** Marks a point that rests on the article's own text. */
  fromArticle: 'From the article',
  /** Added to an event button's name: what the button does. */
  showInTimeline: 'Show in timeline',
  /** Name of a point's list of source links. */
  sourceLinks: 'Source links',
  /** Headings of the answer's parts (lib/dataset/schema.ts, OpenSourceGroup). */
  groupGives: 'What Llama gives',
  groupLimits: 'What its licence limits',
  groupOsi: 'What the Open Source Initiative objects to',
  groupArticle: 'What the article says',
  groupMeta: 'What Meta says',
  /** Under a quote that has no Korean text of its own: the English is shown as it is. */
  originalWording: 'Original English wording. It is not in the Korean edition, so no Korean translation is given.',
};

const ko: typeof en = {
  title: '라마는 오픈소스인가?',
  inShort: '요약',
  basedOn: '이 내용의 근거가 된 사건',
  fromArticle: '기사에 나온 내용',
  showInTimeline: '연표에서 보기',
  sourceLinks: '출처 링크',
  groupGives: '라마가 주는 것',
  groupLimits: '라이선스가 제한하는 것',
  groupOsi: '오픈소스 이니셔티브(OSI)가 문제 삼는 것',
  groupArticle: '기사가 말하는 것',
  groupMeta: '메타가 말하는 것',
  originalWording: '영어 원문 그대로입니다. 한국어판에 없는 문장이라 한국어 번역을 싣지 않았습니다.',
};

export const openSourceStrings = { en, ko };
