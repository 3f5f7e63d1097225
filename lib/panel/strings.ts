/** The panel's own string tables, both languages bundled so the reader can switch; strings in-page UI shares are in ../i18n/shared-strings. */
import { timelineStrings } from './strings-timeline';
import { glossaryStrings } from './strings-glossary';
import { openSourceStrings } from './strings-open-source';
import { settingsStrings } from './strings-settings';
import { highlightsStrings } from './strings-highlights';
import { lookupStrings } from './strings-lookup';
import { relationStrings } from './strings-relation';
import { libraryStrings } from '../library/strings';
import { PAGE_STRINGS, SHARED_STRINGS } from '../i18n/shared-strings';

export { uiLangFrom, type UiLang } from '../i18n/shared-strings';


const en = {
  ...SHARED_STRINGS.en,
  appName: 'Meta Context',
  thisPage: 'This page',
  editionEn: 'This page carries the English original (TechCrunch).',
  editionKo: 'This page carries the Korean edition (AI Matters translation).',
  notArticle: 'This page is not the article.',
  notScanned: 'This page has not been scanned.',
  unavailable: 'The extension cannot read this tab (a browser page, a closed tab, or a page it may not access). The article’s context is below.',
  scanPage: 'Scan this page for the article’s quotes',
  otherEditionEn: 'Read the English original on TechCrunch',
  otherEditionKo: 'Read the Korean translation on AI Matters',
  quotesFound: 'Key quotes on this page',
  quotesMissing: 'Key quotes not found on this page',
  showInPage: 'Show in page',
  saidBy: 'Said by',
  saidWhere: 'Where',
  saidWhen: 'When',
  source: 'Source',
  quoteCount: (n: number, total: number) => `${n} of ${total} key quotes highlighted`,
  closeMatch: 'On this page with small differences from this wording.',
  scanHint: 'The panel cannot reach this page by itself: click the Meta Context toolbar button, or press Alt+Shift+S, to scan it.',
  allSitesTitle: 'Every site',
  allSitesOff: 'The extension looks for the article only on its known homes, and on pages you ask it to scan.',
  allSitesOn: 'The extension looks for the article on every page you open. Nothing leaves your browser.',
  allSitesGrant: 'Look for the article on every site',
  allSitesRevoke: 'Stop looking on every site',
  allSitesDenied: 'Access was not granted.',
  timeline: timelineStrings.en,
  glossary: glossaryStrings.en,
  openSource: openSourceStrings.en,
  settings: settingsStrings.en,
  highlights: highlightsStrings.en,
  library: libraryStrings.en,
  tabLookup: 'Look up',
  lookup: lookupStrings.en,
  relation: relationStrings.en,
  languageSwitch: 'Language',
  languageName: { en: 'English', ko: '한국어' },
  sections: 'Sections',
  tabThisPage: 'This page',
  tabTimeline: 'Timeline',
  tabGlossary: 'Glossary',
  tabOpenSource: 'Open source?',
  copyLink: 'Copy link to this quote',
  copyLinkDone: 'Link copied. It opens the page scrolled to this quote.',
  copyLinkManual: 'Copy this link:',
  copyLinkEdition: 'Copy link to this quote in the article',
};

const ko: typeof en = {
  ...SHARED_STRINGS.ko,
  appName: '메타 컨텍스트',
  thisPage: '이 페이지',
  editionEn: '이 페이지는 영어 원문(테크크런치)입니다.',
  editionKo: '이 페이지는 한국어판(AI매터스 번역)입니다.',
  notArticle: '이 페이지는 해당 기사가 아닙니다.',
  notScanned: '이 페이지는 아직 검사하지 않았습니다.',
  unavailable: '확장 프로그램이 이 탭을 읽을 수 없습니다(브라우저 페이지, 닫힌 탭, 또는 접근할 수 없는 페이지). 아래에서 기사의 맥락을 볼 수 있습니다.',
  scanPage: '이 페이지에서 기사 속 발언 찾기',
  otherEditionEn: '테크크런치 영어 원문 보기',
  otherEditionKo: 'AI매터스 한국어 번역 보기',
  quotesFound: '이 페이지의 핵심 인용문',
  quotesMissing: '이 페이지에서 찾지 못한 핵심 인용문',
  showInPage: '페이지에서 보기',
  saidBy: '발언자',
  saidWhere: '출처',
  saidWhen: '날짜',
  source: '근거',
  quoteCount: (n: number, total: number) => `핵심 인용문 ${total}개 중 ${n}개 강조`,
  closeMatch: '이 페이지에는 이 문구와 조금 다르게 실려 있습니다.',
  scanHint: '패널에서는 이 페이지에 접근할 수 없습니다. 툴바의 메타 컨텍스트 버튼을 누르거나 Alt+Shift+S를 눌러 검사하세요.',
  allSitesTitle: '모든 사이트',
  allSitesOff: '확장 프로그램은 기사가 실리는 알려진 사이트와, 검사를 요청한 페이지에서만 기사를 찾습니다.',
  allSitesOn: '확장 프로그램이 여는 모든 페이지에서 기사를 찾습니다. 어떤 정보도 브라우저 밖으로 나가지 않습니다.',
  allSitesGrant: '모든 사이트에서 기사 찾기',
  allSitesRevoke: '모든 사이트에서 찾기 중지',
  allSitesDenied: '권한이 허용되지 않았습니다.',
  timeline: timelineStrings.ko,
  glossary: glossaryStrings.ko,
  openSource: openSourceStrings.ko,
  settings: settingsStrings.ko,
  highlights: highlightsStrings.ko,
  library: libraryStrings.ko,
  tabLookup: '찾아보기',
  lookup: lookupStrings.ko,
  relation: relationStrings.ko,
  languageSwitch: '언어',
  languageName: { en: 'English', ko: '한국어' },
  sections: '섹션',
  tabThisPage: '이 페이지',
  tabTimeline: '연표',
  tabGlossary: '용어집',
  tabOpenSource: '오픈소스?',
  copyLink: '이 인용문 링크 복사',
  copyLinkDone: '링크를 복사했습니다. 이 링크를 열면 페이지가 이 인용문 위치로 이동합니다.',
  copyLinkManual: '이 링크를 복사하세요:',
  copyLinkEdition: '기사 속 이 인용문 링크 복사',
};

export const STRINGS = { en, ko };

/** Panel strings that repeat a `public/_locales` message; they must read the same (tests/unit/locales.test.ts). */
export const LOCALE_TWINS = {
  scanPage: 'menuScanPage',
  verified: 'verificationVerified',
  partial: 'verificationPartial',
  secondary: 'verificationSecondary',
  unverified: 'verificationUnverified',
} as const satisfies Partial<Record<keyof typeof en, string>>;
export type Strings = typeof en;

/** Panel strings that repeat an in-page string (PAGE_STRINGS, lib/i18n/shared-strings.ts); they must read the same. */
export const PAGE_TWINS = {
  tabLookup: 'lookUp',
  english: 'english',
  korean: 'korean',
  noKorean: 'noKorean',
} as const satisfies Partial<Record<keyof typeof en, keyof (typeof PAGE_STRINGS)['en']>>;
