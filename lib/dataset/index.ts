/**
 * The bundled dataset (article, timeline, glossary, open-source answer) as JSON checked at build time.
 * No runtime zod; the content script imports ./article instead to leave the rest out of its bundle.
 */
import type { Dataset, GlossaryEntry, OpenSourceQuestion, TimelineEvent } from './schema';
import { article } from './article';
import timelineJson from './data/timeline.json';
import glossaryJson from './data/glossary.json';
import openSourceJson from './data/open-source.json';

export { article, keyQuotes, quoteById, speakerById, documentById, editionByLang } from './article';
export type {
  Article,
  Dataset,
  Edition,
  GlossaryEntry,
  Lang,
  OpenSourcePoint,
  OpenSourceQuestion,
  Quote,
  SourceDocument,
  Speaker,
  TimelineEvent,
} from './schema';

/** Meta's open-source history, in date order; `later` marks events after the article. */
export const timeline: TimelineEvent[] = timelineJson as TimelineEvent[];

/** Names the article mentions (and a few from the timeline), with what the facts say about them. */
export const glossary: GlossaryEntry[] = glossaryJson as GlossaryEntry[];

/** The panel's "Is Llama open source?" answer: a short summary, then points resting on timeline events and the article. */
export const openSource: OpenSourceQuestion = openSourceJson as OpenSourceQuestion;

export const dataset: Dataset = { article, timeline, glossary, openSource };

