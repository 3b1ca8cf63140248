import { expect, type Page } from '@playwright/test';

/**
 * Selects a phrase in the source reader the way a drag would: a DOM range over the rendered text.
 * (Playwright has no "select this text" action; a pixel drag would make the test depend on layout.)
 */
export async function selectInReader(page: Page, phrase: string): Promise<void> {
  await page.locator('.reader-text').evaluate((container, wanted) => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const full = nodes.map((n) => n.data).join('');
    const at = full.indexOf(wanted);
    if (at < 0) throw new Error(`Phrase not in reader: ${wanted}`);
    const locate = (offset: number): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        if (offset <= seen + node.data.length) return [node, offset - seen];
        seen += node.data.length;
      }
      throw new Error('offset past end');
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + wanted.length));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, phrase);
}

/** Opens a source from the list and waits until the reader shows its text (the previous one may still be drawn). */
export async function openSource(page: Page, title: RegExp | string): Promise<void> {
  await page.getByRole('list', { name: 'Sources in this project' }).getByRole('button', { name: title }).click();
  // A title pattern anchored at its start (/^SEND workforce/) is matched after "Text of " in the reader's label.
  const pattern =
    typeof title === 'string' ? title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : title.source.replace(/^\^/, '');
  await expect(page.locator('.reader-text')).toHaveAttribute('aria-label', new RegExp(`^Text of .*${pattern}`, 'i'));
}

export async function chooseQuestion(page: Page, number: number): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^Question ${number}\\b`) }).click();
}

/** Opens a source, chooses a question and pulls a phrase of the source as a quote to it, as a user would. */
export async function pullQuote(page: Page, source: RegExp, question: number, phrase: string): Promise<void> {
  await openSource(page, source);
  await chooseQuestion(page, question);
  await selectInReader(page, phrase);
  await page.getByRole('button', { name: `Pull quote to Question ${question}`, exact: true }).click();
}

/** Selects a phrase in the reader with a real mouse drag, from its first character to its last. */
export async function dragSelectInReader(page: Page, phrase: string): Promise<void> {
  const reader = page.locator('.reader-text');
  // Scroll the phrase into view, then measure its first and last characters on screen.
  const box = await reader.evaluate((container, wanted) => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const full = nodes.map((n) => n.data).join('');
    const at = full.indexOf(wanted);
    if (at < 0) throw new Error(`Phrase not in reader: ${wanted}`);
    const charRect = (offset: number) => {
      let seen = 0;
      for (const node of nodes) {
        if (offset < seen + node.data.length) {
          const range = document.createRange();
          range.setStart(node, offset - seen);
          range.setEnd(node, offset - seen + 1);
          return range;
        }
        seen += node.data.length;
      }
      throw new Error('offset past end');
    };
    const top = charRect(at).getBoundingClientRect().top - container.getBoundingClientRect().top;
    container.scrollTop += top - container.clientHeight / 3;
    const first = charRect(at).getBoundingClientRect();
    const last = charRect(at + wanted.length - 1).getBoundingClientRect();
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

/**
 * Lets the editor take in where the caret went (the browser reports it in a task of its own) before the next key, as
 * it does between a person's key presses; a key pressed at once would act on the caret's old place.
 */
export async function caretSettled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
}

/** Where screenshots to look at go (never compared): under .test-output unless SHOTS_DIR says where. */
export const SHOTS_DIR = process.env['SHOTS_DIR'] ?? '.test-output/shots';

/**
 * Takes `name`-WxH-scheme.png at 1280×720 and 1440×900, light and dark, running `check` before each shot; leaves the
 * page at the last size and scheme.
 */
export async function screenshotEachSize(page: Page, name: string, check?: () => Promise<void>): Promise<void> {
  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await check?.();
      await page.screenshot({ path: `${SHOTS_DIR}/${name}-${width}x${height}-${scheme}.png` });
    }
  }
}
