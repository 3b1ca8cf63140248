// `npm run screenshot`: regenerates the README's screenshots (docs/workspace-<size>-<scheme>.png) from the sample
// project, through the test bridge. `node scripts/screenshot.ts <folder> <width>x<height>...` writes other sizes
// elsewhere, for checking a layout change.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { openOrCreateSampleProject } from '../electron/services/project/sampleProject.ts';
import { startBridge } from '../test/bridge/bridgeServer.ts';
import { selectInReader } from '../test/e2e/pageHelpers.ts';

const [folder = 'docs', ...sizeArgs] = process.argv.slice(2);
const sizes = (sizeArgs.length ? sizeArgs : ['1280x720', '1920x1080']).map((s) => {
  const [width, height] = s.split('x').map(Number);
  return { width: width!, height: height! };
});
mkdirSync(folder, { recursive: true });

/** The sample project with one quote pulled, inserted and written around: the app as someone mid-way uses it. */
async function stage(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Joined-up services/ }).click();
  await page.getByRole('button', { name: /^Question 5\b/ }).click();
  const phrase =
    'Local authorities already have existing statutory responsibilities to develop, publish and review the special educational needs and disabilities (SEND) local offer';
  await selectInReader(page, phrase);
  await page.getByRole('button', { name: 'Pull quote to Question 5', exact: true }).click();
  await page.getByRole('button', { name: 'Insert into draft' }).click();
  await page.locator('.editor-content').focus();
  await page.keyboard.type('Parents in our forum tell us the local offer rarely reflects what is actually available.');
  await page.getByText('All changes saved').waitFor();
}

const dir = mkdtempSync(join(tmpdir(), 'workbench-shot-'));
const project = await openOrCreateSampleProject(join(dir, 'Sample project.cwproj'), 'resources');
const bridge = await startBridge({ project, rendererDir: 'out/renderer' });
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const context = await browser.newContext({ viewport: sizes[0]! });
  const page = await context.newPage();
  await page.goto(bridge.url);
  await stage(page);
  for (const size of sizes) {
    await page.setViewportSize(size);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(folder, `workspace-${size.width}x${size.height}-${scheme}.png`) });
    }
  }
} finally {
  await browser.close();
  await bridge.close();
  project.close();
  rmSync(dir, { recursive: true, force: true });
}
