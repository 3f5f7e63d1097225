/**
 * The one place zod is imported from. `jitless` stops zod 4 from probing
 * `new Function` (an eval), which extension pages' CSP forbids and which
 * Mozilla's linter flags. Import `z` from here, never from 'zod' directly.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
