import { test, expect } from './fixtures.ts';
import { pullQuote } from './pageHelpers.ts';

const PHRASE = 'new local SEND and AP partnerships';

test('drag a quote onto another question to file it there, and into the draft to quote it', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await pullQuote(page, /Joined-up services/, 2, PHRASE);

  const item = page.locator('.evidence-item').first();
  await item.dragTo(page.getByRole('button', { name: /^Question 3\b/ }));
  await expect(page.getByRole('button', { name: /^Question 3\b/ })).toContainText('1 quote');
  const [quote] = await workbench.project.quotes.list({});
  expect(quote!.questionIds).toHaveLength(2);

  // Drop it on Question 2's heading in the draft: it goes straight after that heading.
  const heading = page.locator('.editor-content h3', { hasText: 'Question 2:' });
  await item.dragTo(heading);
  await expect(page.getByRole('status').filter({ hasText: 'Quote inserted where it was dropped.' })).toBeVisible();
  const block = page.locator('.editor-content .source-quote-block');
  await expect(block).toContainText(PHRASE);
  const text = await page.locator('.editor-content').evaluate((el) => el.textContent ?? '');
  expect(text.indexOf(PHRASE)).toBeGreaterThan(text.indexOf('Question 2:'));
  expect(text.indexOf(PHRASE)).toBeLessThan(text.indexOf('Question 3:'));
  await expect(page.getByText('All changes saved')).toBeVisible();
  expect((await workbench.project.drafts.get()).content).toContain(PHRASE);
});
