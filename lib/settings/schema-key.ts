/** The key (in `storage.local`) the settings live under; zod-free, for the content script. */
export const SETTINGS_KEY = 'settings';
