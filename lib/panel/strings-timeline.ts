import { SHARED_STRINGS } from '../i18n/shared-strings';

/** Strings of the panel's timeline section, in both UI languages (merged into STRINGS by ./strings). */
const en = {
  title: SHARED_STRINGS.en.timelineTitle,
  intro: (first: number, last: number) => `Meta’s open-source history, ${first}–${last}. Each event shows its source and how far it is confirmed.`,
  filterLabel: 'Show events by kind',
  /** Filter buttons: the categories of lib/panel/timeline.ts. */
  filters: {
    releases: 'Releases',
    licences: 'Licences',
    statements: 'Statements',
    business: 'Business',
    coverage: 'Coverage',
    after: 'Later developments',
  },
  /** The category shown on an event's card. */
  kinds: {
    releases: 'Release',
    licences: 'Licence',
    statements: 'Statement',
    business: 'Business',
    coverage: 'Coverage',
    after: 'Later development',
  },
  kindLabel: 'Kind',
  shownCount: (n: number, total: number) => `${n} of ${total} events shown`,
  noneShown: 'Every kind of event is turned off, so no events are shown.',
  showAll: 'Show all',
  /** The marker of the article's own date; `date` comes from formatDate. */
  articleMarker: (date: string) => `${date}: this article`,
  laterTitle: 'Later developments (after the article)',
  laterNote: 'These events happened after the article was published. They are not part of its story; they show what followed.',
  /** How current the context is: the newest event's month, from formatDate. */
  asOf: (date: string) => `Context as of ${date}`,
  afterArticle: ({ months, days }: { months: number; days: number }) => {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const y = Math.floor(months / 12);
    const m = months % 12;
    if (y > 0) return `${plural(y, 'year')}${m ? ` and ${plural(m, 'month')}` : ''} after the article`;
    return months > 0 ? `${plural(m, 'month')} after the article` : `${plural(days, 'day')} after the article`;
  },
};

const ko: typeof en = {
  title: SHARED_STRINGS.ko.timelineTitle,
  intro: (first: number, last: number) => `${first}~${last}년 메타의 오픈소스 역사입니다. 사건마다 출처와 확인 정도를 함께 보여 줍니다.`,
  filterLabel: '종류별 사건 표시',
  filters: {
    releases: '공개·출시',
    licences: '라이선스',
    statements: '발언·성명',
    business: '사업',
    coverage: '보도',
    after: '이후 전개',
  },
  kinds: {
    releases: '공개·출시',
    licences: '라이선스',
    statements: '발언·성명',
    business: '사업',
    coverage: '보도',
    after: '이후 전개',
  },
  kindLabel: '종류',
  shownCount: (n: number, total: number) => `사건 ${total}건 중 ${n}건 표시`,
  noneShown: '모든 종류가 꺼져 있어 표시되는 사건이 없습니다.',
  showAll: '모두 보기',
  articleMarker: (date: string) => `${date}: 이 기사`,
  laterTitle: '이후 전개 (기사 발행 이후)',
  laterNote: '아래 사건들은 기사가 발행된 뒤에 일어난 일입니다. 기사에서 다룬 내용이 아니라, 그 뒤에 이어진 일을 보여 줍니다.',
  asOf: (date: string) => `맥락 기준: ${date}`,
  afterArticle: ({ months, days }: { months: number; days: number }) => {
    const y = Math.floor(months / 12);
    const m = months % 12;
    if (y > 0) return `기사 ${y}년${m ? ` ${m}개월` : ''} 후`;
    return months > 0 ? `기사 ${m}개월 후` : `기사 ${days}일 후`;
  },
};

export const timelineStrings = { en, ko };
