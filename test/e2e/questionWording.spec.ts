import { test, expect } from './fixtures.ts';
import { chooseQuestion, openSource, selectInReader } from './pageHelpers.ts';

test('an unverified topic label is marked as such until the user puts in the wording, and the draft follows', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await chooseQuestion(page, 8);
  await expect(page.locator('.unverified')).toContainText('is a topic label');
  const editor = page.locator('.editor-content');
  await expect(editor).toContainText(
    'Question 8: Strengthening early years practice for the two-year-old progress check (topic label; official wording not verified)',
  );

  await page.getByRole('button', { name: 'Edit wording' }).click();
  const official =
    'How can we best support early years settings to identify needs early through the two-year-old progress check?';
  await page.getByLabel('Wording of Question 8').fill(official);
  await page.getByRole('button', { name: 'Save wording' }).click();
  await expect(page.locator('.unverified')).toHaveCount(0);
  await expect(editor).toContainText(`Question 8: ${official}`);
  await expect(editor).not.toContainText('Question 8: Strengthening early years');
  await expect(page.getByText('All changes saved')).toBeVisible();

  const q8 = (await workbench.project.consultation.getConsultation()).chapters
    .flatMap((c) => c.questions)
    .find((q) => q.number === 8)!;
  expect(q8).toMatchObject({ title: official, verified: true });
  expect((await workbench.project.drafts.get()).content).toContain(`Question 8: ${official}`);
});

test('a note on a quote keeps the user’s own words apart from the quote', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await openSource(page, /Joined-up services/);
  await chooseQuestion(page, 2);
  await selectInReader(page, 'new local SEND and AP partnerships');
  await page.getByRole('button', { name: 'Pull quote to Question 2', exact: true }).click();
  await page.getByRole('button', { name: 'Note…' }).click();
  await page.getByLabel('Your note on this quote').fill('Ask whether forums sit on these partnerships.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.locator('.quote-note')).toHaveText('Note: Ask whether forums sit on these partnerships.');
  const [quote] = await workbench.project.quotes.list({});
  expect(quote).toMatchObject({ note: 'Ask whether forums sit on these partnerships.' });
  expect(quote!.fragments[0]!.text).toBe('new local SEND and AP partnerships');
});
