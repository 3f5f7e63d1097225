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
};

const ko: typeof en = {
  title: '라마는 오픈소스인가?',
  inShort: '요약',
  basedOn: '이 내용의 근거가 된 사건',
  fromArticle: '기사에 나온 내용',
  showInTimeline: '연표에서 보기',
  sourceLinks: '출처 링크',
};

export const openSourceStrings = { en, ko };
