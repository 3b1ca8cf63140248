import { test, expect } from './fixtures.ts';
import { seriousViolations } from './axe.ts';
import { chooseQuestion, selectInReader } from './pageHelpers.ts';

test('the workspace has no serious or critical accessibility problems', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await chooseQuestion(page, 3);
  await selectInReader(page, 'Special Educational Needs');
  await page.getByRole('button', { name: 'Pull quote to Question 3', exact: true }).click();
  await page.getByRole('button', { name: 'Insert into draft' }).click();
  await expect(page.locator('.editor-content .source-quote-block')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('every control can be reached with the keyboard and shows where focus is', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();
  const reached = new Set<string>();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '',
        outline: style.outlineStyle,
        shadow: style.boxShadow,
      };
    });
    if (!info) continue;
    expect(info.outline !== 'none' || info.shadow !== 'none', `focus is visible on "${info.name}"`).toBe(true);
    reached.add(info.name);
  }
  expect([...reached]).toEqual(expect.arrayContaining(['Ready to send?', 'Export to Word…', 'Response draft']));
  expect([...reached].some((n) => n.startsWith('Joined-up services'))).toBe(true);
  expect([...reached].some((n) => n.startsWith('Question 1'))).toBe(true);
});

test('F1 lists the keyboard shortcuts in a dialog that Escape closes', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();
  await page.keyboard.press('F1');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Pull the selected passage as a quote');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('follows the system dark setting with readable contrast throughout', async ({ page, workbench }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(workbench.url);
  await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(22, 26, 31)');
  await chooseQuestion(page, 3);
  await selectInReader(page, 'Special Educational Needs');
  await page.getByRole('button', { name: 'Pull quote to Question 3', exact: true }).click();
  await page.getByRole('button', { name: 'Insert into draft' }).click();
  await page.screenshot({ path: '.test-output/dark.png' });
  expect(await seriousViolations(page)).toEqual([]);
});

test('the coverage, quote list and question editor views have no serious problems, light or dark', async ({
  page,
  workbench,
}) => {
  // Eight whole-page axe scans: on a loaded 2-core machine that alone can take over a minute.
  test.setTimeout(180_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(workbench.url);
    await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();
    for (const view of ['Coverage', 'All quotes', 'Edit questions']) {
      await page.getByRole('button', { name: view, exact: true }).click();
      expect(await seriousViolations(page), `${view} (${scheme})`).toEqual([]);
    }
    await page.getByRole('button', { name: 'Replace the questions…' }).click();
    await expect(page.getByRole('dialog', { name: 'Replace the questions?' })).toBeVisible();
    expect(await seriousViolations(page), `replace dialog (${scheme})`).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  }
  await page.screenshot({ path: '.test-output/edit-questions-dark.png' });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the redesigned views have no serious problems (${scheme}): More menu, reading mode, source details, folded list`, async ({
    page,
    workbench,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(workbench.url);
    await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();

    const more = page.getByRole('button', { name: 'More actions' });
    await more.click();
    const menu = page.getByRole('menu', { name: 'More actions' });
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    expect(await seriousViolations(page), `More menu (${scheme})`).toEqual([]);
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: /Export evidence pack/ })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(more).toBeFocused();
    // A click anywhere else closes it too (the reader's text: the menu, as wide as its REFI-QDA item, covers the
    // Questions heading).
    await more.click();
    await expect(menu).toBeVisible();
    await page.locator('.reader-text').click();
    await expect(menu).toBeHidden();

    await page.getByRole('button', { name: 'Edit details' }).click();
    expect(await seriousViolations(page), `source details (${scheme})`).toEqual([]);
    await page.getByRole('button', { name: 'Edit details' }).click();

    await page.getByRole('button', { name: 'Hide the source list' }).click();
    await page.getByRole('button', { name: 'Reading mode' }).click();
    expect(await seriousViolations(page), `reading mode (${scheme})`).toEqual([]);
    await page.getByRole('button', { name: 'Reading mode' }).click();
    await page.getByRole('button', { name: 'Show the source list' }).click();
  });
}

test('at 200% zoom of a 1280×720 window the workspace reflows: no sideways scrolling, every pane reachable', async ({
  page,
  workbench,
}) => {
  // 200% zoom of 1280×720 leaves 640×360 CSS pixels.
  await page.setViewportSize({ width: 640, height: 360 });
  await page.goto(workbench.url);
  await expect(page.getByText('0 of 22 questions have evidence')).toBeAttached();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  for (const name of ['Sources', 'Questions', 'Draft response']) {
    const pane = page.getByRole('region', { name, exact: true });
    await pane.scrollIntoViewIfNeeded();
    const box = (await pane.boundingBox())!;
    expect(box.width, name).toBeGreaterThan(600);
    expect(box.height, name).toBeGreaterThan(300);
  }
  expect(await seriousViolations(page)).toEqual([]);
});
