/**
 * The one place zod is imported from: `jitless` stops zod 4 probing `new Function`, which the extension pages'
 * CSP forbids and Mozilla's linter flags.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
