// `npm run screenshot`: regenerates docs/screenshot.png from the sample project, through the test bridge.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { openOrCreateSampleProject } from '../electron/services/project/sampleProject.ts';
import { startBridge } from '../test/bridge/bridgeServer.ts';
import { selectInReader } from '../test/e2e/pageHelpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'workbench-shot-'));
const project = await openOrCreateSampleProject(join(dir, 'Sample project.cwproj'), 'resources');
const bridge = await startBridge({ project, rendererDir: 'out/renderer' });
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(bridge.url);
  await page.getByRole('button', { name: /Joined-up services/ }).click();
  await page.getByRole('button', { name: /^Question 5\b/ }).click();
  const phrase =
    'Local authorities already have existing statutory responsibilities to develop, publish and review the special educational needs and disabilities (SEND) local offer';
  await selectInReader(page, phrase);
  await page.getByRole('button', { name: 'Pull quote to Question 5' }).click();
  await page.getByRole('button', { name: 'Insert into draft' }).click();
  await page.locator('.editor-content').focus();
  await page.keyboard.type('Parents in our forum tell us the local offer rarely reflects what is actually available.');
  await page.getByText('All changes saved').waitFor();
  await page.screenshot({ path: 'docs/screenshot.png' });
} finally {
  await browser.close();
  await bridge.close();
  project.close();
  rmSync(dir, { recursive: true, force: true });
}
