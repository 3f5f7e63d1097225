/** How much of storage.local the extension uses, for the warning before the quota is reached. */
import { browser } from 'wxt/browser';
import { DEFAULT_QUOTA_BYTES, quotaLevel, utf8Length } from '../annotations/quota';

/** Bytes used in storage.local and the quota (Chrome tells both; elsewhere an estimate of the highlights' size). */
export async function storageUsage(): Promise<{ bytes: number; quota: number }> {
  const local = browser.storage.local as unknown as { getBytesInUse?: (keys?: null) => Promise<number>; QUOTA_BYTES?: number };
  const quota = typeof local.QUOTA_BYTES === 'number' ? local.QUOTA_BYTES : DEFAULT_QUOTA_BYTES;
  try {
    if (typeof local.getBytesInUse === 'function') return { bytes: await local.getBytesInUse(null), quota };
  } catch {
    // Not supported for storage.local (Firefox): estimate below.
  }
  const all = await browser.storage.local.get(null);
  return { bytes: utf8Length(JSON.stringify(all)), quota };
}

/** True when the storage is near its quota (the reader is told; levels in lib/annotations/quota.ts). */
export async function nearFull(): Promise<boolean> {
  const { bytes, quota } = await storageUsage().catch(() => ({ bytes: 0, quota: 1 }));
  return quotaLevel(bytes, quota) !== 'ok';
}
