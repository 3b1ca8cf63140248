// The editors the typing measurement types into, each opened on the same response with the caret in the same place
// (a new first line of question 12's answer): our app through the test bridge, its static copy (the floor), and
// the ProseMirror and bare Lexical peers.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { Bridge } from '../../test/bridge/bridgeServer.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import { peerDocument } from './peers/peerDocument.ts';
import type { Peer } from './peers/buildPeers.ts';

const VIEWPORT = { width: 1440, height: 900 };
const PEER_ORIGIN = 'http://bench-peers.invalid';

/**
 * Puts the caret at the start of question 12's answer: the first editable paragraph after the heading that starts
 * "Question 12:", inside whichever contenteditable holds it. Found by the document's own structure, not by our
 * class names, so it works the same in every editor and after a redesign of ours.
 */
export async function caretInQuestion12(page: Page): Promise<void> {
  const editor = page.locator('[contenteditable="true"]').filter({ hasText: 'Question 12:' }).first();
  await editor.waitFor({ timeout: 120_000 });
  const point = await editor.evaluate((root) => {
    const heading = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].find((h) =>
      h.textContent?.trim().startsWith('Question 12:'),
    );
    const after = (el: Element) => heading!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING;
    const paragraph = heading
      ? [...root.querySelectorAll('p')].find((p) => after(p) && (p as HTMLElement).isContentEditable)
      : undefined;
    if (!paragraph) return null;
    paragraph.scrollIntoView({ block: 'center' });
    const box = paragraph.getBoundingClientRect();
    return { x: box.left + 2, y: box.top + box.height / 2 };
  });
  if (!point) throw new Error('No editable paragraph after "Question 12:" in the editor');
  await page.mouse.click(point.x, point.y);
  await page.keyboard.press('Home');
}

export function editorPages(browser: Browser, bridge: Bridge, project: ProjectServices, peersDir: string) {
  async function openApp(draft: string): Promise<Page> {
    await project.drafts.save(draft);
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(bridge.url);
    // The bridge carries a save to the project over HTTP, far slower than the app's IPC: for this 1 MB draft it
    // costs the page's main thread ~100 ms, and autosave would be timed as that. Stand in a structured clone, the
    // copy the IPC makes, so the numbers are the app's (serialising the draft included), not the test harness's.
    await page.evaluate(() => {
      const api = window.workbench as unknown as Record<string, (input: unknown) => Promise<unknown>>;
      let saves = 0;
      api['saveDraftChanges'] = (input) => {
        structuredClone(input);
        saves++;
        return Promise.resolve({ ok: true, value: { updatedAt: new Date().toISOString(), revision: String(saves) } });
      };
    });
    await caretInQuestion12(page);
    return page;
  }

  /**
   * The app's window copied with its scripts removed: typing into it is the browser's own editing, layout and
   * painting of the same page, none of the app's work. (Its content security policy goes too: the copy carries
   * React's inline styles as attributes.)
   */
  async function openStaticCopy(draft: string): Promise<Page> {
    const page = await openApp(draft);
    const html = await page.evaluate(() => {
      document.querySelectorAll('script, meta[http-equiv]').forEach((e) => e.remove());
      return `<!doctype html>${document.documentElement.outerHTML}`;
    });
    await page.route('**/static-copy.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(new URL('static-copy.html', bridge.url).href);
    await caretInQuestion12(page);
    return page;
  }

  async function openPeer(peer: Peer, draft: string): Promise<Page> {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.addInitScript((blocks) => {
      (window as unknown as { benchDocument: unknown }).benchDocument = blocks;
    }, peerDocument(draft));
    await page.route(`${PEER_ORIGIN}/**`, async (route) => {
      const file = new URL(route.request().url()).pathname.slice(1);
      const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
      await route.fulfill({ contentType: type, body: await readFile(join(peersDir, file)) });
    });
    await page.goto(`${PEER_ORIGIN}/${peer}.html`);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 120_000 });
    await caretInQuestion12(page);
    return page;
  }

  return { openApp, openStaticCopy, openPeer };
}
