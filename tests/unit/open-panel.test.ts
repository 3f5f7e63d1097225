import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openPanel } from '../../lib/background/panel';

const b = fakeBrowser as unknown as Record<string, unknown>;
const original = { sidePanel: b.sidePanel, sidebarAction: b.sidebarAction };
afterEach(() => {
  vi.restoreAllMocks();
  Object.assign(b, original);
});

describe('openPanel', () => {
  it('opens the panel page in a tab, pinned to the page’s tab, where there is no sidebar API (Firefox for Android)', async () => {
    // Neither Chrome's sidePanel nor Firefox's sidebarAction.
    b.sidePanel = undefined;
    b.sidebarAction = undefined;
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({ id: 99 } as never);
    await openPanel({ id: 7, windowId: 3 });
    expect(create).toHaveBeenCalledTimes(1);
    const { url, windowId } = create.mock.calls[0]![0] as { url: string; windowId?: number };
    expect(url).toMatch(/\/sidepanel\.html\?tabId=7$/);
    expect(windowId).toBe(3);
  });

  it('uses the side panel or the sidebar where there is one', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const sidePanel = { open: vi.fn(() => Promise.resolve()) };
    b.sidePanel = sidePanel;
    await openPanel({ id: 7 });
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: 7 });
    b.sidePanel = undefined;
    const sidebarAction = { open: vi.fn(() => Promise.resolve()) };
    b.sidebarAction = sidebarAction;
    await openPanel({ id: 7 });
    expect(sidebarAction.open).toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
  });
});
