import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { chooseQuestion, openSource, selectInReader } from './pageHelpers.ts';

test('the coverage view shows which questions have evidence, from which sources, and changes as quotes are pulled', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await page.getByRole('button', { name: 'Coverage', exact: true }).click();
  const bars = page.locator('.coverage-bars');
  await expect(bars.locator('tr.thin')).toHaveCount(22);
  await expect(page.locator('.coverage-matrix')).toHaveCount(0);

  await page.getByRole('button', { name: 'Questions', exact: true }).click();
  await openSource(page, /Joined-up services/);
  await chooseQuestion(page, 2);
  await selectInReader(page, 'new local SEND and AP partnerships');
  await page.getByRole('button', { name: 'Pull quote to Question 2' }).click();
  await openSource(page, /SEND Review, an update/);
  await selectInReader(page, 'Streamlining and modernising the EHCP process');
  await page.getByRole('button', { name: 'Pull quote to Question 2' }).click();
  await expect(page.getByText('1 of 22 questions have evidence')).toBeVisible();

  await page.getByRole('button', { name: 'Coverage', exact: true }).click();
  await expect(bars.locator('tr.thin')).toHaveCount(21);
  const q2 = bars.locator('tr', { has: page.getByRole('button', { name: 'Q2', exact: true }) });
  await expect(q2.locator('td').nth(0)).toHaveText('2');
  await expect(q2.locator('td').nth(1)).toHaveText('2');
  const matrix = page.locator('.coverage-matrix');
  await expect(matrix.locator('thead th')).toHaveCount(3);
  await expect(matrix.locator('td.heat-1')).toHaveCount(2);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // A question in the view opens it in the list.
  await page.getByRole('button', { name: 'Q2', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Evidence for Question 2' })).toBeVisible();
});
