/** How full the extension's storage is, and when the reader is told. */

/** storage.local's quota in Chrome without `unlimitedStorage` (10 MiB); used where the browser does not say. */
export const DEFAULT_QUOTA_BYTES = 10 * 1024 * 1024;
/** From this share of the quota on, the reader is warned (before a write fails). */
export const NEAR_FULL = 0.8;

export type QuotaLevel = 'ok' | 'near' | 'full';

export function quotaLevel(bytes: number, quota: number): QuotaLevel {
  if (!(quota > 0) || !(bytes >= 0)) return 'ok';
  if (bytes >= quota * 0.98) return 'full';
  return bytes >= quota * NEAR_FULL ? 'near' : 'ok';
}

/** A string's size in UTF-8 bytes (what Chrome counts), without allocating. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The browser refused to store more (storage quota). The UI reports it; nothing was changed. */
export class StorageFullError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The browser’s storage for this extension is full; the change was not saved.', options);
    this.name = 'StorageFullError';
  }
}

/** True for the browsers' out-of-space errors (Chrome: "QUOTA_BYTES quota exceeded"; Firefox: QuotaExceededError). */
export function isQuotaError(error: unknown): boolean {
  if (error === null || (typeof error !== 'object' && typeof error !== 'string')) return false;
  if (typeof error === 'string') return /QUOTA_BYTES|quota/i.test(error);
  const { name, message } = error as { name?: unknown; message?: unknown };
  return name === 'QuotaExceededError' || (typeof message === 'string' && /QUOTA_BYTES|quota/i.test(message));
}
