/** An axe-core scan of a page, in either browser: the serious and critical violations, described. */
import fs from 'node:fs';
import { createRequire } from 'node:module';

const source = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Evaluating {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  evaluate(fn: any, arg?: any): Promise<any>;
}

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe in the page (injected through the driver, not a <script>: extension pages forbid inline scripts). */
export async function seriousViolations(page: Evaluating): Promise<AxeFinding[]> {
  await page.evaluate(`${source}\n;void 0`);
  return page.evaluate(async () => {
    const axe = (globalThis as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n: any) => String(n.target)) }));
  });
}
