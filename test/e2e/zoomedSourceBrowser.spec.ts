import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { seriousViolations } from './axe.ts';
import { screenshotEachSize, SHOTS_DIR } from './pageHelpers.ts';

/** The search filters lie inside the Sources pane, and the results below them have room for a few rows. */
async function expectBrowserFits(page: Page) {
  const pane = (await page.locator('.sources-pane').boundingBox())!;
  const filters = (await page.locator('.search-filters').boundingBox())!;
  const column = page.locator('.source-browser-column');
  // Scrolled to its foot, the column shows the filters' last control inside the pane, not over the Questions pane.
  await column.evaluate((el) => (el.scrollTop = el.scrollHeight));
  const lastFilter = (await page.locator('.search-filters input').last().boundingBox())!;
  expect(lastFilter.y + lastFilter.height).toBeLessThanOrEqual(pane.y + pane.height + 1);
  expect(filters.x + filters.width).toBeLessThanOrEqual(pane.x + pane.width + 1);
  const results = (await page.locator('.source-browser').boundingBox())!;
  expect(results.height).toBeGreaterThanOrEqual(100);
  await column.evaluate((el) => (el.scrollTop = 0));
}

test('zoomed to 200% with an import report and a search, the source browser scrolls inside its pane', async ({
  page,
  workbench,
}) => {
  // 200% zoom of a 1280×720 window: half the CSS pixels, each drawn twice as large.
  await page.setViewportSize({ width: 640, height: 360 });
  await page.goto(workbench.url);
  await page.getByLabel('Choose files to import').setInputFiles([
    {
      name: 'forum-notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Forum notes\n\nThe EHC plan took 34 weeks.\n'),
    },
  ]);
  await expect(page.locator('.import-results')).toContainText('Imported 1 of 1 file');
  await page.getByRole('searchbox', { name: 'Search all sources' }).fill('EHC plan');
  await expect(page.locator('.search-filters')).toBeVisible();
  await expectBrowserFits(page);
  // The Questions pane's heading is not drawn over by the filters: it is what the browser finds at its centre.
  const heading = page.getByRole('heading', { name: 'Questions', exact: true });
  await heading.scrollIntoViewIfNeeded();
  const box = (await heading.boundingBox())!;
  const onTop = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest('h2')?.textContent ?? null,
    [box.x + box.width / 2, box.y + box.height / 2],
  );
  expect(onTop).toBe('Questions');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS_DIR}/source-browser-1280x720-zoom200-dark.png` });
  expect(await seriousViolations(page)).toEqual([]);
  await screenshotEachSize(page, 'source-browser', () => expectBrowserFits(page));
});

type DomNode = {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
};

/** The width the browser gives an input's hint: its placeholder element, inside the input's own (user-agent) shadow. */
async function hintRoom(page: Page, label: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (node: DomNode, match: (n: DomNode) => boolean): DomNode | null => {
    if (match(node)) return node;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const found = find(child, match);
      if (found) return found;
    }
    return null;
  };
  const has = (n: DomNode, name: string, value: string) =>
    (n.attributes ?? []).some((a, i, all) => i % 2 === 0 && a === name && all[i + 1] === value);
  const input = find(root, (n) => n.nodeName === 'INPUT' && has(n, 'aria-label', label))!;
  const placeholder = find(input, (n) => has(n, 'id', 'placeholder'))!;
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: placeholder.nodeId })) as {
    model: { content: number[] };
  };
  await cdp.detach();
  return model.content[2]! - model.content[0]!;
}

test("the search box's hint is shown whole at the source list's default width", async ({ page, workbench }) => {
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ]) {
    await page.setViewportSize(size);
    await page.goto(workbench.url);
    const box = page.getByRole('searchbox', { name: 'Search all sources' });
    await expect(box).toBeVisible();
    // The hint's width in the box's own font, against the room the browser lays the hint out in (less than the box's
    // inside when it keeps room for its clear button).
    const hint = await box.evaluate((input: HTMLInputElement) => {
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = getComputedStyle(input).font;
      return context.measureText(input.placeholder).width;
    });
    expect(hint, `at ${size.width}×${size.height}`).toBeLessThanOrEqual(await hintRoom(page, 'Search all sources'));
  }
});
