import type { Page } from '@playwright/test';

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

export async function openSource(page: Page, title: RegExp | string): Promise<void> {
  await page.getByRole('list', { name: 'Sources in this project' }).getByRole('button', { name: title }).click();
}

export async function chooseQuestion(page: Page, number: number): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^Question ${number}\\b`) }).click();
}
