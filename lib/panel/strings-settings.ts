/** Strings of the settings (the options page, and the panel behind its gear), in both UI languages. */
const en = {
  title: 'Settings',
  open: 'Settings',
  close: 'Back to the article’s context',
  languageLegend: 'Language of the panel',
  languageAuto: (browserLang: string) => `The browser’s language (${browserLang})`,
  highlightsLegend: 'Highlights in pages',
  highlighting: 'Highlight the article’s key quotes in pages',
  groupZuckerberg: 'Mark Zuckerberg’s words',
  groupSpokesperson: 'The Meta spokesperson’s words',
  paletteLegend: 'Highlight colours',
  paletteDefault: 'Soft (readable on light and dark pages)',
  paletteContrast: 'High contrast (black text on bright colours)',
  saved: 'Saved. Open pages change at once.',
  privateLegend: 'Private windows',
  savePrivate: 'Keep the highlights I make in private windows',
  savePrivateHint: 'Off: nothing you do in a private window is saved.',
  privacy: 'Settings stay in this browser. Meta Context sends nothing anywhere.',
};

const ko: typeof en = {
  title: '설정',
  open: '설정',
  close: '기사 맥락으로 돌아가기',
  languageLegend: '패널 언어',
  languageAuto: (browserLang: string) => `브라우저 언어 따르기(${browserLang})`,
  highlightsLegend: '페이지 강조 표시',
  highlighting: '페이지에서 기사의 핵심 인용문 강조하기',
  groupZuckerberg: '마크 저커버그의 발언',
  groupSpokesperson: '메타 대변인의 발언',
  paletteLegend: '강조 색상',
  paletteDefault: '부드러운 색(밝은 페이지와 어두운 페이지 모두에서 읽기 쉬움)',
  paletteContrast: '고대비(밝은 바탕에 검은 글자)',
  saved: '저장했습니다. 열려 있는 페이지에도 바로 적용됩니다.',
  privateLegend: '시크릿 창',
  savePrivate: '시크릿 창에서 만든 형광펜도 저장하기',
  savePrivateHint: '끄면 시크릿 창에서 한 일은 아무것도 저장되지 않습니다.',
  privacy: '설정은 이 브라우저에만 저장됩니다. 메타 컨텍스트는 어떤 정보도 외부로 보내지 않습니다.',
};

export const settingsStrings = { en, ko };
