/**
 * Strings that in-page UI (built by the background) and the panel both show,
 * in both languages, so the background never bundles the panel's tables.
 */
export type UiLang = 'en' | 'ko';

const en = {
  keyQuotes: 'The article’s key quotes',
  english: 'English original',
  korean: 'Korean translation',
  noKorean: 'Not in the Korean edition.',
  verification: 'Verification',
  verified: 'Verified',
  partial: 'Partly verified',
  secondary: 'Reported by secondary sources',
  unverified: 'Unverified',
  dateUncertain: 'date unconfirmed',
  glossaryTitle: 'Glossary',
  timelineTitle: 'Timeline',
  lookupNothing: (query: string) => `Nothing about “${query}” in the article’s dataset.`,
  misquoteHeading: 'A known misquote',
  misquoteSaid: (who: string) => `Attributed to ${who}, but found in no source`,
  kindPart: 'On this page: only part of this quote.',
  kindRendering: 'On this page: in the page’s own words, not word for word.',
  kindAltered: 'On this page: with words changed from the original.',
};

const ko: typeof en = {
  keyQuotes: '기사의 핵심 인용문',
  english: '영어 원문',
  korean: '한국어 번역',
  noKorean: '한국어판에는 없는 발언입니다.',
  verification: '검증',
  verified: '검증됨',
  partial: '일부 검증됨',
  secondary: '2차 보도로만 확인됨',
  unverified: '검증되지 않음',
  dateUncertain: '날짜 미확인',
  glossaryTitle: '용어집',
  timelineTitle: '연표',
  lookupNothing: (query: string) => `기사 데이터에는 “${query}”에 관한 내용이 없습니다.`,
  misquoteHeading: '알려진 잘못된 인용문',
  misquoteSaid: (who: string) => `${who}의 말로 알려졌지만 어떤 출처에도 없음`,
  kindPart: '이 페이지: 인용문의 일부만 실렸습니다.',
  kindRendering: '이 페이지: 원문 그대로가 아니라 페이지 자신의 말로 옮겼습니다.',
  kindAltered: '이 페이지: 원문에서 단어가 바뀌었습니다.',
};

export const SHARED_STRINGS = { en, ko };
export type SharedStrings = typeof en;

export function uiLangFrom(locale: string | undefined): UiLang {
  return locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
