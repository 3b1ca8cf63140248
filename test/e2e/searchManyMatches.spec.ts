import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Workbench } from './fixtures.ts';
import { screenshotEachSize } from './pageHelpers.ts';

/** Adds `count` short sources straight to the project file (as importing them one by one would, only faster). */
function addSources(workbench: Workbench, count: number, title: (i: number) => string, text: (i: number) => string) {
  const db = workbench.project.db;
  const insert = db.prepare(
    "INSERT INTO sources (title, kind, text, content_hash, imported_at) VALUES (?, 'other', ?, ?, '2024-05-01T00:00:00Z')",
  );
  db.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(title(i), text(i), `seeded-${title(i)}-${i}`);
  })();
}

test('a search says how many sources match, and when too many match to rank, which are shown', async ({
  page,
  workbench,
}) => {
  // 2,100 field reports mention otters, every 100th has "Otter" in its title; 45 of them also mention herons.
  addSources(
    workbench,
    2_100,
    (i) => (i % 100 === 0 ? `Otter survey ${i}` : `Field report ${i}`),
    (i) => `Report ${i}. We saw an otter by the weir${i < 45 ? ' and a heron on the bank' : ''}.`,
  );
  await page.goto(workbench.url);
  const search = page.getByRole('searchbox', { name: 'Search all sources' });
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('button');
  const summary = page.locator('.search-count');

  await search.fill('heron');
  await expect(summary).toHaveText('The best 30 of 45 sources that match “heron”.');
  await expect(results).toHaveCount(30);

  // By keyboard alone: type, Tab to the results, move down one and open it.
  await search.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('otter');
  await expect(summary).toHaveText(
    'More than 2,000 sources match “otter”, too many to rank. Showing 30: title matches first, then the newest.',
  );
  await expect(results).toHaveCount(30);
  // The 21 titled "Otter survey", newest first, then the newest of the rest.
  await expect(results.nth(0)).toContainText('Otter survey 2000');
  await expect(results.nth(20)).toContainText('Otter survey 0');
  await expect(results.nth(21)).toContainText('Field report 2099');
  await expect(results.nth(21).locator('mark')).toHaveText(['otter']);
  // Past the clear button and the filters (each date box is three Tab stops: day, month, year).
  for (let i = 0; i < 15 && !(await results.nth(0).evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(results.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.reader-text')).toContainText('Report 1900. We saw an otter by the weir.');
  await results.nth(1).focus();

  await screenshotEachSize(page, 'search-too-many', async () => {
    const { violations } = await new AxeBuilder({ page }).include('.search-results').analyze();
    expect(
      violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ') + ' ' + n.failureSummary).join(' | ')}`),
    ).toEqual([]);
  });
});
