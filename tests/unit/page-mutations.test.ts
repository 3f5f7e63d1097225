// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { changesPageText } from '../../lib/content/page-mutations';

function setup() {
  const doc = new DOMParser().parseFromString(
    '<!doctype html><html><head><title>Soup</title><style>.a{}</style></head><body><p id="p">Lentils.</p><style id="s">.b{}</style></body></html>',
    'text/html',
  );
  const observer = new MutationObserver(() => undefined);
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  /** Whether the changes made by `change` would bring a rescan. */
  const counts = (change: () => void): boolean => {
    observer.takeRecords();
    change();
    const records = observer.takeRecords();
    expect(records.length).toBeGreaterThan(0);
    return records.some((r) => changesPageText(r, doc.head));
  };
  return { doc, counts };
}

describe('changesPageText', () => {
  it('counts new or changed text in the body, a new title, a new body', () => {
    const { doc, counts } = setup();
    expect(counts(() => doc.body.insertAdjacentHTML('beforeend', '<p>Zuckerberg’s letter</p>'))).toBe(true);
    expect(counts(() => ((doc.getElementById('p')!.firstChild as Text).data = 'Lentil soup.'))).toBe(true);
    expect(counts(() => doc.getElementById('p')!.remove())).toBe(true);
    expect(counts(() => (doc.title = 'Personal superintelligence'))).toBe(true);
    expect(counts(() => ((doc.querySelector('title')!.firstChild as Text).data = 'Again'))).toBe(true);
    expect(counts(() => doc.documentElement.replaceChild(doc.createElement('body'), doc.body))).toBe(true);
  });

  it('ignores scripts, styles, links and metas added to the head or the body, and CSS-in-JS text', () => {
    const { doc, counts } = setup();
    const add = (parent: HTMLElement, tag: string) => () => parent.append(doc.createElement(tag));
    for (const tag of ['script', 'style', 'link', 'meta']) {
      expect(counts(add(doc.head, tag)), `head ${tag}`).toBe(false);
      expect(counts(add(doc.body, tag)), `body ${tag}`).toBe(false);
    }
    expect(counts(() => doc.head.querySelector('style')!.append('.c{color:red}'))).toBe(false);
    expect(counts(() => (doc.getElementById('s')!.firstChild as Text).appendData('.d{}'))).toBe(false);
    // Anything else put in the head is not page text either.
    expect(counts(() => doc.head.append(doc.createElement('div')))).toBe(false);
  });
});
