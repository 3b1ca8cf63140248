import { test, expect } from './fixtures.ts';
import { selectInReader } from './pageHelpers.ts';

test('a malformed request is refused with a clear message and changes nothing', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();
  const before = await workbench.project.quotes.list({});

  const results = await page.evaluate(async () => [
    await window.workbench.createQuote({ sourceId: -1, start: 0, end: 5, questionIds: [] } as never),
    await window.workbench.createQuote({ sourceId: 1, start: 10, end: 5, questionIds: [] }),
    await window.workbench.createQuote({ sourceId: 1, start: 0, end: 5, questionIds: [], text: 'made up' } as never),
    await window.workbench.saveDraftChanges({ project: 'x', base: null, shell: 'x', blocks: [] }),
  ]);
  for (const result of results) {
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message).toMatch(/^The request was not valid/);
    }
  }
  expect(await workbench.project.quotes.list({})).toEqual(before);
  expect((await workbench.project.drafts.get()).content).toBeNull();
});

test('a selection the project refuses is explained to the user', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();
  // Another window (or a sync) removed the question this window still shows.
  workbench.project.db.prepare("DELETE FROM themes WHERE kind = 'question' AND number = 1").run();
  await page.getByRole('button', { name: /SEND Joint Ministerial roundtable/ }).click();
  await selectInReader(page, 'Minister Vicky Ford');
  await page.getByRole('button', { name: 'Pull quote to Question 1', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('One of the chosen questions is no longer in this consultation.');
  expect(await workbench.project.quotes.list({})).toEqual([]);
});

test('a quote that no longer matches its source is reported loudly on opening', async ({ page, workbench }) => {
  const [source] = await workbench.project.sources.list();
  const quote = await workbench.project.quotes.create({ sourceId: source!.id, start: 0, end: 20, questionIds: [] });
  workbench.project.db
    .prepare('UPDATE quote_fragments SET text = ? WHERE quote_id = ?')
    .run('Invented words', quote.id);
  await page.goto(workbench.url);
  await expect(page.getByRole('alert')).toContainText('1 quote no longer matches the source it was taken from.');
  await expect(page.getByRole('alert')).toContainText(`quote ${quote.id}`);
});

test('the content security policy stops script injected into the page', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('src', 'x');
    img.setAttribute('onerror', 'window.__injected = true');
    document.body.append(img);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});
