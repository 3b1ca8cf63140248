import { test, expect } from './fixtures.ts';

test('on opening, the open source is asked for before the quote check, which reads every quoted text', async ({
  page,
  workbench,
}) => {
  const calls: string[] = [];
  page.on('request', (request) => {
    const method = /\/api\/(\w+)$/.exec(request.url())?.[1];
    if (method) calls.push(method);
  });
  await page.goto(workbench.url);
  await expect.poll(() => calls.includes('checkQuotes') && calls.includes('getSource')).toBe(true);
  expect(calls.indexOf('getSource')).toBeLessThan(calls.indexOf('checkQuotes'));
});

test('reopened, the remembered source shows its text in the first screen, read once with the first batch', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await page.getByRole('button', { name: /SEND Review, an update/ }).click();
  await expect(page.locator('.reader-title')).toHaveText(/SEND Review, an update/);
  await expect
    .poll(() => page.evaluate(() => JSON.stringify(localStorage)).then((s) => s.includes('sourceId')))
    .toBe(true);
  await page.waitForTimeout(500); // the place is written a moment after each change

  // When the source list first appears, is the reader still waiting for the text?
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[aria-label="Sources in this project"]')) return;
      observer.disconnect();
      (window as { readerAtFirstScreen?: string }).readerAtFirstScreen = document.querySelector('.reader-opening')
        ? 'opening'
        : (document.querySelector('.reader-title')?.textContent ?? 'none');
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  const calls: string[] = [];
  page.on('request', (request) => {
    const method = /\/api\/(\w+)$/.exec(request.url())?.[1];
    if (method) calls.push(method);
  });
  await page.reload();
  await expect(page.locator('.reader-title')).toHaveText(/SEND Review, an update/);
  expect(await page.evaluate(() => (window as { readerAtFirstScreen?: string }).readerAtFirstScreen)).toMatch(
    /SEND Review, an update/,
  );
  await expect.poll(() => calls.includes('checkQuotes')).toBe(true);
  expect(calls.filter((c) => c === 'getSource')).toHaveLength(1);

  // Another source chosen afterwards is read and shown as before.
  await page
    .getByRole('list', { name: 'Sources in this project' })
    .getByRole('button')
    .filter({ hasNotText: 'SEND Review, an update' })
    .first()
    .click();
  await expect(page.locator('.reader-title')).not.toHaveText(/SEND Review, an update/);
  await expect(page.locator('.reader-text')).not.toBeEmpty();
  expect(calls.filter((c) => c === 'getSource')).toHaveLength(2);
});
