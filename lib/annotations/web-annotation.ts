/**
 * Highlights as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): one AnnotationCollection,
 * each highlight an Annotation (`highlighting`, or `commenting` with its note) targeting the page with quote
 * and position selectors; the title goes in `dc:title`, as the model has no title property. The colour is the
 * target's `styleClass` (`meta-context-yellow`), defined by the annotation's CssStylesheet (model §4.3.1).
 */
import { uuidFromString } from './uuid';
import { COLOR_HEX, DEFAULT_COLOR, STYLE_CLASS_PREFIX } from './colors';
import type { TextPositionSelector, TextQuoteSelector, UserHighlight } from './schema';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const COLLECTION_LABEL = 'Meta Context highlights';
export const GENERATOR = { type: 'Software', name: 'Meta Context' } as const;

/** The JSON-LD of a collection of highlights, ready for JSON.stringify. */
export function toWebAnnotations(highlights: readonly UserHighlight[], now: Date): object {
  const generated = now.toISOString();
  const items = highlights.map((h) => toAnnotation(h, generated));
  const seed = `${generated}\n${highlights.map((h) => h.id).join('\n')}`;
  const collectionId = `urn:uuid:${uuidFromString(`collection\n${seed}`)}`;
  return {
    '@context': ANNO_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: COLLECTION_LABEL,
    total: items.length,
    first: {
      id: `urn:uuid:${uuidFromString(`page\n${seed}`)}`,
      type: 'AnnotationPage',
      partOf: collectionId,
      startIndex: 0,
      items,
    },
  };
}

function toAnnotation(h: UserHighlight, generated: string): Record<string, unknown> {
  const selector: Array<TextQuoteSelector | TextPositionSelector> = [
    { type: 'TextQuoteSelector', exact: h.quote.exact, prefix: h.quote.prefix, suffix: h.quote.suffix },
  ];
  if (h.position) selector.push({ type: 'TextPositionSelector', start: h.position.start, end: h.position.end });
  const target: Record<string, unknown> = { source: h.url };
  if (h.title) target['dc:title'] = h.title;
  target.selector = selector;
  const color = h.color ?? DEFAULT_COLOR;
  target.styleClass = `${STYLE_CLASS_PREFIX}${color}`;
  const note = h.note ?? '';
  return {
    id: `urn:uuid:${h.id}`,
    type: 'Annotation',
    motivation: note ? 'commenting' : 'highlighting',
    created: h.created,
    modified: h.modified,
    generated,
    generator: GENERATOR,
    ...(note ? { body: { type: 'TextualBody', value: note, format: 'text/plain', purpose: 'commenting' } } : {}),
    stylesheet: { type: 'CssStylesheet', value: `.${STYLE_CLASS_PREFIX}${color} { background-color: ${COLOR_HEX[color]}; }` },
    target,
  };
}
