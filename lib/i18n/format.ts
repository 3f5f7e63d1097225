import type { DateValue } from '../dataset/schema';
import type { SharedStrings, UiLang } from './shared-strings';

/** A possibly partial date in the reader's language, saying when it is unconfirmed. */
export function formatDate(date: DateValue, lang: UiLang, t: Pick<SharedStrings, 'dateUncertain'>): string {
  const [y, m, d] = date.value.split('-');
  let text: string;
  if (lang === 'ko') text = [y && `${y}년`, m && `${Number(m)}월`, d && `${Number(d)}일`].filter(Boolean).join(' ');
  else {
    const month = m ? new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }) : '';
    text = d ? `${month} ${Number(d)}, ${y}` : m ? `${month} ${y}` : y!;
  }
  return date.certainty === 'uncertain' ? `${text} (${t.dateUncertain})` : text;
}
