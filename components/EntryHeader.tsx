import './shared.css';
import type { GlossaryEntry } from '~/lib/dataset/schema';
import type { Strings, UiLang } from '~/lib/panel/strings';
import { otherLang } from '~/lib/dataset/glossary';

export interface EntryHeaderProps {
  entry: GlossaryEntry;
  lang: UiLang;
  t: Strings;
  /** The heading's id (the card is labelled by it). */
  titleId: string;
  /** The heading's level where the card stands. */
  level: 3 | 4;
}

/** A glossary entry's header: its name as a heading, its name in the other language when it differs, and its kind. */
export function EntryHeader({ entry, lang, t, titleId, level }: EntryHeaderProps) {
  const other = otherLang(lang);
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <header className="entry-header">
      <Heading id={titleId}>{entry.name[lang]}</Heading>
      {entry.name[other] !== entry.name[lang] && (
        <span className="entry-other-name" lang={other}>
          {entry.name[other]}
        </span>
      )}
      <span className="entry-tag">{t.glossary.kinds[entry.kind]}</span>
    </header>
  );
}
