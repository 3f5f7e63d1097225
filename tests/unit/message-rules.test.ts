import { describe, expect, it } from 'vitest';
import { allowed } from '../../lib/background/message-rules';
import type { ToBackground } from '../../lib/messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const panel = { id: ID, url: `${ORIGIN}sidepanel.html?tabId=3` };
const content = (tabId: number, extra: object = {}) => ({ id: ID, url: 'https://example.org/page', tab: { id: tabId }, frameId: 0, ...extra });
const report: ToBackground = {
  type: 'scan:report',
  report: { url: 'https://example.org/page', title: 't', passedCheapCheck: true, article: null, reason: 'r', quotes: [], durationMs: 1 },
};

describe('who may send what to the background', () => {
  it('ignores every message from another extension or a web page', () => {
    expect(allowed({ type: 'tab-state:get', tabId: 3 }, { id: 'other', url: 'chrome-extension://other/x.html' }, ID, ORIGIN)).toBe(false);
    expect(allowed(report, { url: 'https://example.org/' }, ID, ORIGIN)).toBe(false);
  });

  it('lets the extension’s own pages ask about any tab and act on it', () => {
    for (const m of [
      { type: 'tab-state:get', tabId: 7 },
      { type: 'scan:request', tabId: 7 },
      { type: 'quote:show', tabId: 7, quoteId: 'q1' },
    ] as ToBackground[]) {
      expect(allowed(m, panel, ID, ORIGIN)).toBe(true);
    }
  });

  it('lets a content script report on and ask about its own tab only', () => {
    expect(allowed(report, content(5), ID, ORIGIN)).toBe(true);
    expect(allowed({ type: 'tab-state:get' }, content(5), ID, ORIGIN)).toBe(true);
    expect(allowed({ type: 'tab-state:get', tabId: 5 }, content(5), ID, ORIGIN)).toBe(true);
    expect(allowed({ type: 'tab-state:get', tabId: 6 }, content(5), ID, ORIGIN)).toBe(false);
    expect(allowed({ type: 'scan:request', tabId: 6 }, content(5), ID, ORIGIN)).toBe(false);
    expect(allowed({ type: 'quote:show', tabId: 6, quoteId: 'q1' }, content(5), ID, ORIGIN)).toBe(false);
  });

  it('ignores reports from subframes and from pages being prerendered', () => {
    expect(allowed(report, content(5, { frameId: 2 }), ID, ORIGIN)).toBe(false);
    expect(allowed(report, content(5, { documentLifecycle: 'prerender' }), ID, ORIGIN)).toBe(false);
  });

  it('lets a content script ask for analysis, a quote card and to open the panel; nothing else acts on another tab', () => {
    expect(allowed({ type: 'scan:analyze', url: 'https://example.org/page', title: 't', text: 'x', starts: [0] }, content(5), ID, ORIGIN)).toBe(true);
    expect(allowed({ type: 'scan:part', token: 't', index: 0, text: 'x' }, content(5), ID, ORIGIN)).toBe(true);
    expect(allowed({ type: 'quote:card', quoteId: 'q1' }, content(5), ID, ORIGIN)).toBe(true);
    expect(allowed({ type: 'quote:open', quoteId: 'q1' }, content(5), ID, ORIGIN)).toBe(true);
  });

  it('ignores a sender of this extension that is neither one of its pages nor in a tab', () => {
    for (const m of [report, { type: 'scan:analyze', url: 'u', title: 't', text: 'x' }, { type: 'quote:open', quoteId: 'q1' }, { type: 'tab-state:get' }] as ToBackground[]) {
      expect(allowed(m, { id: ID, url: 'https://example.org/page' }, ID, ORIGIN)).toBe(false);
      expect(allowed(m, { id: ID }, ID, ORIGIN)).toBe(false);
    }
  });

  it('does not take a web page for an extension page because its URL mentions the extension', () => {
    const lookalike = (url: string) => ({ id: ID, url, tab: { id: 5 }, frameId: 0 });
    for (const url of [`https://example.org/${ORIGIN}sidepanel.html`, `https://example.org/?u=${ORIGIN}`, `chrome-extension://${ID}x/sidepanel.html`]) {
      expect(allowed({ type: 'scan:request', tabId: 6 }, lookalike(url), ID, ORIGIN)).toBe(false);
      expect(allowed({ type: 'tab-state:get', tabId: 6 }, lookalike(url), ID, ORIGIN)).toBe(false);
    }
  });

  it('an extension page of another extension, or a page claiming the extension’s id from elsewhere, is ignored', () => {
    expect(allowed({ type: 'scan:request', tabId: 6 }, { id: 'other', url: `${ORIGIN}sidepanel.html` }, ID, ORIGIN)).toBe(false);
    expect(allowed({ type: 'scan:request', tabId: 6 }, { url: `${ORIGIN}sidepanel.html` }, ID, ORIGIN)).toBe(false);
  });
});

describe('scan reports are checked against the page the tab shows now', () => {
  it('refuses a report about another page than the tab’s current URL; a fragment does not matter', () => {
    expect(allowed(report, content(5, { tab: { id: 5, url: 'https://example.org/next' } }), ID, ORIGIN)).toBe(false);
    // The sender's own url is the one the document loaded with (an SPA moved on with pushState): not a reason to refuse.
    expect(allowed(report, content(5, { url: 'https://example.org/front', tab: { id: 5, url: 'https://example.org/page' } }), ID, ORIGIN)).toBe(true);
    expect(allowed(report, content(5, { url: 'https://example.org/page#part-2', tab: { id: 5, url: 'https://example.org/page#part-2' } }), ID, ORIGIN)).toBe(true);
    expect(allowed(report, content(5, { tab: { id: 5 } }), ID, ORIGIN)).toBe(true);
  });
});
