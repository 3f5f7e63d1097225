import { SHARED_STRINGS } from '../i18n/shared-strings';

/** Strings of the panel's glossary section, in both UI languages (merged into STRINGS by ./strings). */
const en = {
  title: SHARED_STRINGS.en.glossaryTitle,
  intro: 'The companies, people and models the story names, in English and Korean.',
  searchLabel: 'Search names in English or Korean',
  /** The live count under the search box. */
  count: (n: number, total: number) => (n === total ? `${total} entries` : `${n} of ${total} entries match`),
  /** `query` is what the reader typed, shown as text. */
  noResults: (query: string) => `No entry matches “${query}”.`,
  clearSearch: 'Clear search',
  /** An entry's kind (GlossaryEntry.kind). */
  kinds: {
    company: 'Company',
    person: 'Person',
    model: 'AI model',
    organisation: 'Organisation',
    lab: 'Research lab',
    publication: 'Publication',
    standard: 'Standard',
  },
  /** The alias groups, by language. */
  namesEn: 'English names',
  namesKo: 'Korean names',
  related: 'In the timeline',
  showInTimeline: 'Show in the timeline',
  sourceLinks: 'Source links',
};

const ko: typeof en = {
  title: SHARED_STRINGS.ko.glossaryTitle,
  intro: '기사에 나오는 기업, 인물, 모델 등을 영어와 한국어 표기로 정리했습니다.',
  searchLabel: '영어나 한국어로 이름 검색',
  count: (n: number, total: number) => (n === total ? `항목 ${total}개` : `항목 ${total}개 중 ${n}개 일치`),
  noResults: (query: string) => `“${query}”에 해당하는 항목이 없습니다.`,
  clearSearch: '검색어 지우기',
  kinds: {
    company: '기업',
    person: '인물',
    model: 'AI 모델',
    organisation: '단체',
    lab: '연구소',
    publication: '언론사',
    standard: '표준',
  },
  namesEn: '영어 표기',
  namesKo: '한국어 표기',
  related: '연표 속 사건',
  showInTimeline: '연표에서 보기',
  sourceLinks: '출처 링크',
};

export const glossaryStrings = { en, ko };
