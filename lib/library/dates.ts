/** A highlight's date in the reader's language (local time). */
import type { UiLang } from '../panel/strings';

export function formatDay(iso: string, lang: UiLang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(lang === 'ko' ? 'ko-KR' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric' });
}
