import AxeBuilder from '@axe-core/playwright';
import type { SourceId } from '../../shared/ids.ts';
import { test, expect } from './fixtures.ts';
import { chooseQuestion, openSource, selectInReader } from './pageHelpers.ts';

test('the coverage view shows which questions have evidence, from which sources, and changes as quotes are pulled', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await page.getByRole('button', { name: 'Coverage', exact: true }).click();
  const bars = page.locator('.coverage-bars');
  await expect(bars.locator('tr.thin')).toHaveCount(22);
  await expect(page.locator('.coverage-matrix')).toHaveCount(0);

  await page.getByRole('button', { name: 'Questions', exact: true }).click();
  await openSource(page, /Joined-up services/);
  await chooseQuestion(page, 2);
  await selectInReader(page, 'new local SEND and AP partnerships');
  await page.getByRole('button', { name: 'Pull quote to Question 2', exact: true }).click();
  await openSource(page, /SEND Review, an update/);
  await selectInReader(page, 'Streamlining and modernising the EHCP process');
  await page.getByRole('button', { name: 'Pull quote to Question 2', exact: true }).click();
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
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
    [],
  );

  // A question in the view opens it in the list.
  await page.getByRole('button', { name: 'Q2', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Evidence for Question 2' })).toBeVisible();
});

test('all quotes, narrowed by words, source, question and "not in the draft yet"', async ({ page, workbench }) => {
  const sources = await workbench.project.sources.list();
  const slides = sources.find((s) => s.kind === 'slide-deck')!;
  const answer = sources.find((s) => s.publishedOn === '2024-03-25')!;
  const consultation = await workbench.project.consultation.getConsultation();
  const q4 = consultation.chapters.flatMap((c) => c.questions).find((q) => q.number === 4)!.id;
  const pull = async (sourceId: SourceId, phrase: string, questionIds: (typeof q4)[]) => {
    const text = (await workbench.project.sources.get(sourceId)).text;
    const start = text.indexOf(phrase);
    await workbench.project.quotes.create({ sourceId, start, end: start + phrase.length, questionIds });
  };
  await pull(slides.id, 'Streamlining and modernising the EHCP process', [q4]);
  await pull(slides.id, 'A system which is no longer financially sustainable', []);
  await pull(answer.id, 'new local SEND and AP partnerships', []);

  await page.goto(workbench.url);
  await page.getByRole('button', { name: 'All quotes' }).click();
  const list = page.getByRole('grid', { name: 'All quotes' }).getByRole('row');
  await expect(list).toHaveCount(3);
  await page.getByLabel('Source', { exact: true }).selectOption({ label: slides.title });
  await expect(list).toHaveCount(2);
  await page.getByLabel('Question', { exact: true }).selectOption({ label: 'Not filed under a question' });
  await expect(list).toHaveCount(1);
  await expect(list.first()).toContainText('financially sustainable');
  await page.getByLabel('Question', { exact: true }).selectOption({ label: 'Any' });
  await page.getByLabel('Words', { exact: true }).fill('ehcp');
  await expect(list).toHaveCount(1);
  await page.getByLabel('Words', { exact: true }).fill('');

  await list.first().getByRole('button', { name: 'Insert into draft' }).click();
  await page.getByLabel('Only quotes not in the draft yet').check();
  await expect(list).toHaveCount(1);
});
