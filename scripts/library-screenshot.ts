/**
 * The README's screenshot of the highlights library: two highlights made with
 * the toolbar on the project's test pages (one recoloured), a note, then
 * highlights.html captured into docs/screenshots/ (or `-- --out DIR`).
 * Run after `npm run build`: npx tsx scripts/library-screenshot.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tests/e2e/support/chromium';
import { selectWithMouse } from '../tests/e2e/support/page';
import { ROOT, SITES } from '../tests/e2e/support/sites';

const args = process.argv.slice(2);
const out = args.includes('--out') ? path.resolve(args[args.indexOf('--out') + 1]!) : path.join(ROOT, 'docs/screenshots');

async function main() {
  const s = await launchChromium();
  try {
    const made: Array<[string, string, string | null]> = [
      [SITES.aimatters.url, '메타는 최고 AI 기업들로부터 연구자와 엔지니어를 영입하고', 'Blue'],
      [SITES.aimatters.url, '새로운 데이터센터를 구축하는 데', null],
      [SITES.techcrunch.url, 'Meta CEO Mark Zuckerberg published a letter', 'Yellow'],
    ];
    for (const [url, passage, color] of made) {
      const page = await s.open(url);
      await s.tabIdOf(url);
      await selectWithMouse(page, passage);
      const toolbar = page.locator('[data-meta-context-toolbar]');
      await toolbar.getByRole('button', { name: 'Highlight' }).click();
      if (color) {
        await toolbar.getByRole('group').getByRole('button', { name: color }).click();
        await toolbar.getByText(`Colour: ${color}`).waitFor();
      } else await toolbar.getByText('Highlighted').waitFor();
      await page.close();
    }
    const lib = await s.context.newPage();
    await lib.setViewportSize({ width: 1000, height: 760 });
    await lib.goto(`chrome-extension://${s.extensionId}/highlights.html`);
    await lib.locator('.library-item').nth(2).waitFor();
    const note = lib.locator('.library-item', { hasText: 'Mark Zuckerberg' }).getByRole('textbox');
    await note.fill('The letter itself: “Personal Superintelligence”.');
    await note.blur();
    await lib.getByText('Note saved.').waitFor();
    fs.mkdirSync(out, { recursive: true });
    const file = path.join(out, 'library-en-light.png');
    await lib.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${path.relative(ROOT, file)}`);
  } finally {
    await s.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
