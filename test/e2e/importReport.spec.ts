import { test, expect } from './fixtures.ts';

test('the import report fits the source list at 1280×720: it wraps, and nothing scrolls sideways', async ({
  page,
  workbench,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(workbench.url);
  await page.getByLabel('Choose files to import').setInputFiles([
    { name: 'parent-carer-forum-notes-march.txt', mimeType: 'text/plain', buffer: Buffer.from('Forum notes.\n') },
    { name: 'governors-minutes.txt', mimeType: 'text/plain', buffer: Buffer.from('Minutes.\n') },
  ]);
  const report = page.locator('.import-results');
  await expect(report).toContainText('Imported 2 of 2 files');
  const fits = await report.evaluate((el) => el.scrollWidth <= el.clientWidth);
  expect(fits).toBe(true);
  await expect(report.getByRole('button', { name: 'Dismiss' })).toBeInViewport();
});
