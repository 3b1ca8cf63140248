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

// The first editable paragraph after the heading that starts "Question 12:" (not one inside a control that the
// editor holds but does not edit, such as the position control).
const HEADING = `*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6][starts-with(normalize-space(.), 'Question 12:')]`;
const ANSWER = `xpath=(.//${HEADING})[1]/following::p[not(ancestor-or-self::*[@contenteditable='false'])][1]`;

const question12Answer = (page: Page) =>
  page.locator('[contenteditable="true"]').filter({ hasText: 'Question 12:' }).first().locator(ANSWER);

/**
 * Puts the caret at the start of question 12's answer, inside whichever contenteditable holds it. Found by the
 * document's own structure, not by our class names, so it works the same in every editor and after a redesign of
 * ours. Sections off screen are laid out only when scrolled to (content-visibility), so the paragraph can move as it
 * comes into view: the click is repeated until the caret is really at its start.
 */
export async function caretInQuestion12(page: Page): Promise<void> {
  const answer = question12Answer(page);
  await answer.waitFor({ timeout: 120_000 });
  for (let attempt = 0; attempt < 10; attempt++) {
    await answer.scrollIntoViewIfNeeded();
    await answer.click({ position: { x: 2, y: 4 } });
    await page.keyboard.press('Home');
    const atStart = await answer.evaluate((p) => {
      const selection = getSelection();
      return !!selection?.anchorNode && p.contains(selection.anchorNode) && selection.anchorOffset === 0;
    });
    if (atStart) return;
  }
  throw new Error("Could not put the caret at the start of question 12's answer");
}

/** The text of question 12's answer's first paragraph, to check that typed keys landed there. */
export async function answerText(page: Page): Promise<string> {
  return (await question12Answer(page).textContent()) ?? '';
}

export function editorPages(browser: Browser, bridge: Bridge, project: ProjectServices, peersDir: string) {
  /** `beforeLoad` may add scripts to run before the app's (a profiler's hooks, say). */
  async function openApp(draft: string, beforeLoad?: (page: Page) => Promise<void>): Promise<Page> {
    await project.drafts.save(draft);
    const page = await browser.newPage({ viewport: VIEWPORT });
    await beforeLoad?.(page);
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
