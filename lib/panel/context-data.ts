/** The timeline, glossary and open-source answer, loaded when a section first needs them: This page needs none. */
import type { GlossaryEntry, OpenSourceQuestion, TimelineEvent } from '../dataset/schema';

export interface ContextData {
  timeline: TimelineEvent[];
  glossary: GlossaryEntry[];
  openSource: OpenSourceQuestion;
}

let loading: Promise<ContextData> | null = null;

export function loadContextData(): Promise<ContextData> {
  loading ??= import('../dataset/index').then(({ timeline, glossary, openSource }) => ({ timeline, glossary, openSource }));
  return loading;
}
