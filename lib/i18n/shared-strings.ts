/**
 * Strings that in-page UI (built by the background) and the panel both show,
 * in both languages, so the background never bundles the panel's tables.
 * PAGE_STRINGS: what in-page UI shows, in the reader's language, made of the tables each script imports alone:
 * STATUS_STRINGS (the content script), TOOLBAR_STRINGS (the selection toolbar's script), CARD_STRINGS (Firefox's
 * in-page cards).
 */
export type UiLang = 'en' | 'ko';

// Strings two tables share, as constants: a property read would keep a whole table in a bundle that needs none of it.
const LOOK_UP_EN = 'Look up';
const LOOK_UP_KO = '찾아보기';
const ENGLISH_EN = 'English original';
const ENGLISH_KO = '영어 원문';
const KOREAN_EN = 'Korean translation';
const KOREAN_KO = '한국어 번역';
const NO_KOREAN_EN = 'Not in the Korean edition.';
const NO_KOREAN_KO = '한국어판에는 없는 발언입니다.';

// What the content script shows in both browsers: a highlight's status.
const statusEn = {
  saved: 'Highlighted',
  notSavedPrivate: 'Not saved: private window (see Settings)',
  storageFull: 'Not saved: the browser’s storage for the extension is full',
  notSaved: 'Not saved',
  storageNearFull: 'Storage is almost full: export or delete highlights in Your highlights.',
};

const statusKo: typeof statusEn = {
  saved: '형광펜을 칠했습니다',
  notSavedPrivate: '저장하지 않음: 시크릿 창입니다(설정 참고)',
  storageFull: '저장하지 않음: 확장 프로그램의 브라우저 저장 공간이 가득 찼습니다',
  notSaved: '저장하지 않음',
  storageNearFull: '저장 공간이 거의 찼습니다. ‘내 형광펜’에서 내보내거나 삭제하세요.',
};

// The selection toolbar's (its own script: entrypoints/selection-toolbar.ts).
const toolbarEn = {
  toolbar: 'Meta Context',
  lookUp: LOOK_UP_EN,
  highlight: 'Highlight',
  colorGroup: 'Highlight colour',
  colorSet: (name: string) => `Colour: ${name}`,
  colors: { green: 'Green', yellow: 'Yellow', blue: 'Blue', pink: 'Pink' },
};

const toolbarKo: typeof toolbarEn = {
  toolbar: '메타 컨텍스트',
  lookUp: LOOK_UP_KO,
  highlight: '형광펜',
  colorGroup: '형광펜 색',
  colorSet: (name: string) => `색: ${name}`,
  colors: { green: '초록', yellow: '노랑', blue: '파랑', pink: '분홍' },
};

// The cards in the page (Firefox only: Chrome answers in its side panel).
const cardEn = {
  lookUp: LOOK_UP_EN,
  dialog: 'Context for this quote',
  english: ENGLISH_EN,
  korean: KOREAN_EN,
  noKorean: NO_KOREAN_EN,
  close: 'Close',
  openPanelHint: 'More context in the sidebar: Alt+Shift+M, or the toolbar button.',
};

const cardKo: typeof cardEn = {
  lookUp: LOOK_UP_KO,
  dialog: '이 인용문의 맥락',
  english: ENGLISH_KO,
  korean: KOREAN_KO,
  noKorean: NO_KOREAN_KO,
  close: '닫기',
  openPanelHint: '사이드바에서 더 많은 맥락 보기: Alt+Shift+M 또는 툴바 버튼.',
};

export const STATUS_STRINGS = { en: statusEn, ko: statusKo };
export const TOOLBAR_STRINGS = { en: toolbarEn, ko: toolbarKo };
export const CARD_STRINGS = { en: cardEn, ko: cardKo };

// Pure calls: a bundle that uses none of the whole table drops it.
const pageEn = /* @__PURE__ */ Object.assign({}, statusEn, toolbarEn, cardEn);
const pageKo: typeof pageEn = /* @__PURE__ */ Object.assign({}, statusKo, toolbarKo, cardKo);

/** Every in-page string, in both languages (each script imports only the tables it shows). */
export const PAGE_STRINGS = { en: pageEn, ko: pageKo };
export type PageStrings = typeof pageEn;

const en = {
  english: ENGLISH_EN,
  korean: KOREAN_EN,
  noKorean: NO_KOREAN_EN,
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
  english: ENGLISH_KO,
  korean: KOREAN_KO,
  noKorean: NO_KOREAN_KO,
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
