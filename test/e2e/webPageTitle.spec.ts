import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { openSource, pullQuote, screenshotEachSize } from './pageHelpers.ts';

const TITLE = 'SEND review: right support, right place, right time';

test('a saved GOV.UK page imports under its own title, and one quote is counted as "1 quote"', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await page.getByLabel('Choose files to import').setInputFiles([
    {
      name: 'SEND review - GOV.UK.html',
      mimeType: 'text/html',
      buffer: readFileSync('test/fixtures/html/govuk-send-review.html'),
    },
  ]);
  await expect(page.locator('.import-results')).toContainText('Imported 1 of 1 file');
  const list = page.getByRole('list', { name: 'Sources in this project' });
  await expect(list.getByRole('button', { name: new RegExp(TITLE) })).toBeVisible();
  await expect(list).not.toContainText('GOV.UK');
  const [source] = (await workbench.project.sources.list()).filter((s) => s.title === TITLE);
  expect(source).toMatchObject({ author: 'Department for Education', publishedOn: '2022-03-29' });

  await openSource(page, TITLE);
  await pullQuote(page, new RegExp(TITLE), 5, 'The SEND review was commissioned in 2019');
  await expect(page.getByRole('button', { name: /^Question 5\b/ })).toContainText('1 quote');
  await expect(page.getByRole('button', { name: /^Question 5\b/ })).not.toContainText('1 quotes');
  await screenshotEachSize(page, 'web-page-title');
});
