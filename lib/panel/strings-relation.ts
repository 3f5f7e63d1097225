/** The panel's words for how a page relates to the story and how it gives each quote (issue 12), both languages. */
const REASONS_EN: Record<string, string> = {
  zuckerberg: 'Zuckerberg',
  'personal-superintelligence': 'personal superintelligence',
  'open-source': 'open source',
  spokesperson: 'Meta’s spokesperson',
  techcrunch: 'TechCrunch',
  llama: 'Llama',
};
const REASONS_KO: Record<string, string> = {
  zuckerberg: '저커버그',
  'personal-superintelligence': '개인 초지능',
  'open-source': '오픈소스',
  spokesperson: '메타 대변인',
  techcrunch: '테크크런치',
  llama: '라마',
};
const list = (reasons: readonly string[], words: Record<string, string>) => (Array.isArray(reasons) ? reasons : []).map((r) => words[r] ?? r).join(', ');
const pct = (share: number | undefined) => `${Math.round((share ?? 0) * 10) * 10}%`;

export const relationStrings = {
  en: {
    relationEdition: (ed: 'en' | 'ko'): string => (ed === 'en' ? 'This page is the TechCrunch article itself.' : 'This page is AI Matters’ Korean translation itself.'),
    relationCopy: (ed: 'en' | 'ko', share: number | undefined) =>
      `This page republishes the ${ed === 'en' ? 'English original (TechCrunch)' : 'Korean edition (AI Matters)'}: roughly ${pct(share)} of it.`,
    relationQuotes: 'This page is about something else, but quotes the article’s key quotes.',
    relationCoverage: (reasons: string[]) =>
      `This page reports the same story in its own words: names ${list(reasons, REASONS_EN)}.`,
    relationNone: 'This page is not about the story.',
    kindPart: 'Part of this quote is on the page (the whole quote is below).',
    kindRendering: 'The page gives this quote in its own words:',
    kindAltered: 'The page gives this quote with words changed. What differs from the original:',
    diffRemoved: 'original',
    diffAdded: 'on the page',
    misquotesFound: 'Misquotes on this page',
    misquoteHeading: 'A known misquote',
  },
  ko: {
    relationEdition: (ed: 'en' | 'ko'): string => (ed === 'en' ? '이 페이지는 테크크런치 원문 기사입니다.' : '이 페이지는 AI매터스의 한국어 번역 기사입니다.'),
    relationCopy: (ed: 'en' | 'ko', share: number | undefined) =>
      `이 페이지는 ${ed === 'en' ? '영어 원문(테크크런치)' : '한국어판(AI매터스)'}을 옮겨 실었습니다: 약 ${pct(share)}.`,
    relationQuotes: '이 페이지는 다른 내용이지만 기사의 핵심 인용문을 인용합니다.',
    relationCoverage: (reasons: string[]) => `이 페이지는 같은 소식을 자기 문장으로 전합니다: ${list(reasons, REASONS_KO)} 언급.`,
    relationNone: '이 페이지는 이 소식과 관련이 없습니다.',
    kindPart: '이 인용문의 일부가 페이지에 있습니다 (전체 인용문은 아래).',
    kindRendering: '페이지는 이 인용문을 자기 말로 옮겼습니다:',
    kindAltered: '페이지는 이 인용문의 단어를 바꿔 실었습니다. 원문과 다른 부분:',
    diffRemoved: '원문',
    diffAdded: '페이지',
    misquotesFound: '이 페이지의 잘못된 인용문',
    misquoteHeading: '알려진 잘못된 인용문',
  },
};
