/**
 * Strings that in-page UI (built by the background) and the panel both show,
 * in both languages, so the background never bundles the panel's tables.
 * PAGE_STRINGS: what the content script's own UI (the selection toolbar, the cards' labels) shows, in the
 * reader's language; the content script imports only that table.
 */
export type UiLang = 'en' | 'ko';

const pageEn = {
  toolbar: 'Meta Context',
  lookUp: 'Look up',
  highlight: 'Highlight',
  saved: 'Highlighted',
  notSavedPrivate: 'Not saved: private window (see Settings)',
  storageFull: 'Not saved: the browser’s storage for the extension is full',
  notSaved: 'Not saved',
  storageNearFull: 'Storage is almost full: export or delete highlights in Your highlights.',
  colorGroup: 'Highlight colour',
  colorSet: (name: string) => `Colour: ${name}`,
  colors: { green: 'Green', yellow: 'Yellow', blue: 'Blue', pink: 'Pink' },
  dialog: 'Context for this quote',
  english: 'English original',
  korean: 'Korean translation',
  noKorean: 'Not in the Korean edition.',
  close: 'Close',
  openPanelHint: 'More context in the sidebar: Alt+Shift+M, or the toolbar button.',
};

const pageKo: typeof pageEn = {
  toolbar: '메타 컨텍스트',
  lookUp: '찾아보기',
  highlight: '형광펜',
  saved: '형광펜을 칠했습니다',
  notSavedPrivate: '저장하지 않음: 시크릿 창입니다(설정 참고)',
  storageFull: '저장하지 않음: 확장 프로그램의 브라우저 저장 공간이 가득 찼습니다',
  notSaved: '저장하지 않음',
  storageNearFull: '저장 공간이 거의 찼습니다. ‘내 형광펜’에서 내보내거나 삭제하세요.',
  colorGroup: '형광펜 색',
  colorSet: (name: string) => `색: ${name}`,
  colors: { green: '초록', yellow: '노랑', blue: '파랑', pink: '분홍' },
  dialog: '이 인용문의 맥락',
  english: '영어 원문',
  korean: '한국어 번역',
  noKorean: '한국어판에는 없는 발언입니다.',
  close: '닫기',
  openPanelHint: '사이드바에서 더 많은 맥락 보기: Alt+Shift+M 또는 툴바 버튼.',
};

export const PAGE_STRINGS = { en: pageEn, ko: pageKo };
export type PageStrings = typeof pageEn;

const en = {
  english: pageEn.english,
  korean: pageEn.korean,
  noKorean: pageEn.noKorean,
  keyQuotes: 'The article’s key quotes',
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
  english: pageKo.english,
  korean: pageKo.korean,
  noKorean: pageKo.noKorean,
  keyQuotes: '기사의 핵심 인용문',
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
