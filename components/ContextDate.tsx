import './shared.css';
import type { DateValue, TimelineEvent } from '~/lib/dataset/schema';
import { article } from '~/lib/dataset/article';
import { contextAsOf, timeAfter } from '~/lib/dataset/context-date';
import type { Strings, UiLang } from '~/lib/panel/strings';
import { formatDate } from '~/lib/i18n/format';

/** "Context as of June 2026": the month of the newest event. */
export function ContextAsOf({ events, lang, t }: { events: readonly TimelineEvent[]; lang: UiLang; t: Strings }) {
  const month: DateValue = { value: contextAsOf(events).value.slice(0, 7), certainty: 'exact' };
  return (
    <p className="context-as-of">
      <time dateTime={month.value}>{t.timeline.asOf(formatDate(month, lang, t))}</time>
    </p>
  );
}

/** For an event after the article: how long after it came ("11 months after the article"). */
export function AfterArticle({ event, t }: { event: TimelineEvent; t: Strings }) {
  if (!event.later) return null;
  return <span className="after-article">{t.timeline.afterArticle(timeAfter(article.date, event.date))}</span>;
}
