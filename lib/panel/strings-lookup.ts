import { SHARED_STRINGS } from '../i18n/shared-strings';

/** Strings of the panel's look-up section, in both UI languages (merged into STRINGS by ./strings). */
const en = {
  title: 'Look up',
  intro: 'What the article’s dataset has on a name, a quote or a date: glossary entries, quotes and timeline events.',
  searchLabel: 'Look up a name, a quote or a date',
  /** Under the search box while it is empty. */
  hint: 'Type or paste a name, a few words of a quote, or a date (a year, a month or a day), in English or Korean.',
  /** The live count of what a look-up found. */
  count: (entries: number, quotes: number, events: number) => {
    const part = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    return `Found ${part(entries, 'glossary entry', 'glossary entries')}, ${part(quotes, 'quote', 'quotes')} and ${part(events, 'timeline event', 'timeline events')}.`;
  },
  /** `query` is the looked-up text, shown as text. */
  nothing: SHARED_STRINGS.en.lookupNothing,
  glossaryHeading: 'In the glossary',
  quotesHeading: 'Quotes',
  eventsHeading: 'In the timeline',
  /** Button on an entry; the entry's name follows, for screen readers. */
  openInGlossary: 'Open in glossary',
  /** Button on an event; the event's title follows, for screen readers. */
  showInTimeline: 'Show in the timeline',
  later: 'After the article',
  sourceLinks: 'Source links',
};

const ko: typeof en = {
  title: '찾아보기',
  intro: '이름, 인용문, 날짜에 관해 기사 데이터에 담긴 용어집 항목, 인용문, 연표 사건을 보여 줍니다.',
  searchLabel: '이름, 인용문, 날짜 찾기',
  hint: '이름, 인용문의 일부, 날짜(연도, 월, 일)를 영어나 한국어로 입력하거나 붙여 넣으세요.',
  count: (entries: number, quotes: number, events: number) =>
    `용어집 항목 ${entries}개, 인용문 ${quotes}개, 연표 사건 ${events}개를 찾았습니다.`,
  nothing: SHARED_STRINGS.ko.lookupNothing,
  glossaryHeading: '용어집',
  quotesHeading: '인용문',
  eventsHeading: '연표',
  openInGlossary: '용어집에서 보기',
  showInTimeline: '연표에서 보기',
  later: '기사 이후',
  sourceLinks: '출처 링크',
};

export const lookupStrings = { en, ko };
