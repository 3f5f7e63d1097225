/**
 * A scan's two halves in one place, for tests: the page text as the content
 * script reads it (lib/page/page-text.ts, blank nodes left out) and its
 * skeleton as the background makes it (lib/recognition/page-skeleton.ts).
 */
import { rangeFromOffsets, readPageText, type PageText } from '../../../lib/page/page-text';
import { pageSkeleton, sourceSpan, type PageSkeleton } from '../../../lib/recognition/page-skeleton';

export interface Skeletonized {
  page: PageText;
  skeleton: PageSkeleton;
  /** The skeleton text (what matching and detection see). */
  text: string;
}

export function skeletonOf(root: Node): Skeletonized {
  const page = readPageText(root, { skipBlank: true });
  const skeleton = pageSkeleton(page.text, page.starts);
  return { page, skeleton, text: skeleton.text };
}

/** The DOM Range of skeleton span [start, end), as the content script maps the background's answer. */
export function rangeOfSkeleton(s: Skeletonized, start: number, end: number): Range | null {
  const span = sourceSpan(s.skeleton, start, end);
  return span === null ? null : rangeFromOffsets(s.page, span.start, span.end);
}
