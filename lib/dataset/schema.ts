/**
 * The dataset's schema, the single source of its types. Every item carries its `source` and `verification`;
 * the UI never presents an item more firmly than its verification allows.
 */
import { z } from '../zod';

export const Lang = z.enum(['en', 'ko']);
export type Lang = z.infer<typeof Lang>;

/** Text in both UI languages. */
export const Localized = z.object({ en: z.string().min(1), ko: z.string().min(1) });
export type Localized = z.infer<typeof Localized>;

/**
 * How far an item was confirmed: verified, partial, secondary (secondary reports only) or unverified.
 * `note` is the wording of ../shared/facts, kept verbatim.
 */
export const Verification = z.object({
  level: z.enum(['verified', 'partial', 'secondary', 'unverified']),
  note: z.string().min(1),
});
export type Verification = z.infer<typeof Verification>;

/** Where an item comes from: the facts' wording, plus links where one is known. */
export const Source = z.object({
  text: z.string().min(1),
  urls: z.array(z.url()).default([]),
});
export type Source = z.infer<typeof Source>;

/** A date that may be partial (2013-05) or uncertain. */
export const DateValue = z.object({
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
  certainty: z.enum(['exact', 'uncertain']).default('exact'),
  note: z.string().min(1).optional(),
});
export type DateValue = z.infer<typeof DateValue>;

const Id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'ids are lower-case letters, digits, - and _');

export const Edition = z.object({
  id: Id,
  lang: Lang,
  outlet: z.string().min(1),
  headline: z.string().min(1).nullable(),
  url: z.url(),
  /** Hosts (without www.) where this edition is published or syndicated. */
  hosts: z.array(z.string().min(1)).min(1),
  date: DateValue,
  author: z.object({ name: z.string().min(1), verification: Verification }).nullable(),
  verification: Verification,
  note: z.string().min(1).optional(),
});
export type Edition = z.infer<typeof Edition>;

/** A document a quote comes from: a letter, a podcast episode, a statement. */
export const SourceDocument = z.object({
  id: Id,
  kind: z.enum(['letter', 'podcast', 'statement', 'earnings-call', 'article']),
  title: Localized,
  date: DateValue,
  url: z.url().nullable(),
  publisher: z.string().min(1).optional(),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

export const Speaker = z.object({
  id: Id,
  name: Localized,
  role: Localized,
  /** Glossary entry about this speaker, when there is one. */
  glossaryId: Id.nullable(),
});
export type Speaker = z.infer<typeof Speaker>;

export const Quote = z.object({
  id: Id,
  /** key: highlighted on the page; phrase: a short term the article quotes; context: related, not in the article. */
  role: z.enum(['key', 'phrase', 'context']),
  speakerId: Id,
  en: z.string().min(1),
  /** Verbatim substring of the Korean edition; null where the Korean edition lacks it. */
  ko: z.string().min(1).nullable(),
  said: z.object({
    where: z.string().min(1),
    when: DateValue,
    documentId: Id.nullable(),
  }),
  source: Source,
  verification: Verification,
});
export type Quote = z.infer<typeof Quote>;

export const Article = z.object({
  id: Id,
  title: Localized,
  date: DateValue,
  editions: z.array(Edition).min(1),
  documents: z.array(SourceDocument),
  speakers: z.array(Speaker).min(1),
  quotes: z.array(Quote).min(1),
});
export type Article = z.infer<typeof Article>;

export const TimelineKind = z.enum(['open-source', 'release', 'licence', 'statement', 'business', 'coverage', 'after']);
export type TimelineKind = z.infer<typeof TimelineKind>;

export const TimelineEvent = z.object({
  id: Id,
  date: DateValue,
  title: Localized,
  kind: TimelineKind,
  /** Happened after the article was published: shown as a later development. */
  later: z.boolean(),
  source: Source,
  verification: Verification,
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const GlossaryEntry = z.object({
  id: Id,
  kind: z.enum(['company', 'person', 'model', 'organisation', 'lab', 'publication', 'standard']),
  name: Localized,
  aliases: z.object({ en: z.array(z.string().min(1)), ko: z.array(z.string().min(1)) }),
  description: Localized,
  /** Timeline events about this entry. */
  eventIds: z.array(Id).default([]),
  source: Source,
  verification: Verification,
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

/**
 * One point of the "Is Llama open source?" answer, resting on timeline events and maybe quotes; never firmer
 * than the weakest, and its source names their sources (checked by ./validate.ts).
 */
/** Where a point stands in the answer: what Llama gives, what it limits, OSI's objections, the article, what Meta says. */
export const OpenSourceGroup = z.enum(['gives', 'limits', 'osi', 'article', 'meta']);
export type OpenSourceGroup = z.infer<typeof OpenSourceGroup>;

export const OpenSourcePoint = z.object({
  id: Id,
  group: OpenSourceGroup,
  heading: Localized,
  text: Localized,
  eventIds: z.array(Id).min(1),
  quoteIds: z.array(Id).optional(),
  fromArticle: z.boolean(),
  source: Source,
  verification: Verification,
});
export type OpenSourcePoint = z.infer<typeof OpenSourcePoint>;

/** The side panel's "Is Llama open source?" section: a short answer, then the points it rests on. */
export const OpenSourceQuestion = z.object({
  summary: Localized,
  points: z.array(OpenSourcePoint).min(1),
});
export type OpenSourceQuestion = z.infer<typeof OpenSourceQuestion>;

export const Dataset = z.object({
  article: Article,
  timeline: z.array(TimelineEvent).min(1),
  glossary: z.array(GlossaryEntry).min(1),
  openSource: OpenSourceQuestion,
});
export type Dataset = z.infer<typeof Dataset>;

/**
 * A known misquote: words that circulate as a speaker's but are in no source, with the evidence. Its text is
 * stored reversed (`enReversed`) so the misquote never appears in clear in lib/ (tests scan it); see misquotes.ts.
 */
export const Misquote = z.object({
  id: Id,
  /** Who it is wrongly attributed to (a speaker id). */
  attributedTo: Id,
  enReversed: z.string().min(1),
  evidence: Source,
  verification: Verification,
  /** What the reader is told about it. */
  note: Localized,
});
export type Misquote = z.infer<typeof Misquote>;
