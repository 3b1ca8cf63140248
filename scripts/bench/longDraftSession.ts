// What the typing probes (profileTyping.ts, listenerCosts.ts) start from: a sample project holding the 100-page
// response (1,000 paragraphs, 500 quotations), served by the test bridge, and a Chromium to open it in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createSampleProject } from '../../electron/services/project/sampleProject.ts';
import { openProject } from '../../electron/services/project/projectServices.ts';
import { startBridge } from '../../test/bridge/bridgeServer.ts';
import { editorPages } from './editorPages.ts';
import { longDraft } from './longDraft.ts';

type Session = { pages: ReturnType<typeof editorPages>; draft: string };

/** Runs `work` on the long draft in `rendererDir`'s build, then closes and deletes everything it made. */
export async function withLongDraft<T>(rendererDir: string, work: (session: Session) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'cw-long-draft-'));
  const path = join(dir, 'long.cwproj');
  await createSampleProject(path, 'resources');
  const project = openProject(path);
  const bridge = await startBridge({ project, rendererDir });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const pages = editorPages(browser, bridge, project, '');
    return await work({ pages, draft: await longDraft(project, 1000, 500) });
  } finally {
    await browser.close();
    await bridge.close();
    project.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
