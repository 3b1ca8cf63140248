import { test, expect } from './fixtures.ts';

test('Ctrl+Shift+Q finds a quote by its words and puts it into the answer being written, own quotes first', async ({
  page,
  workbench,
}) => {
  const sources = await workbench.project.sources.list();
  const consultation = await workbench.project.consultation.getConsultation();
  const q = (n: number) => consultation.chapters.flatMap((c) => c.questions).find((x) => x.number === n)!.id;
  const slides = (await workbench.project.sources.get(sources.find((s) => s.kind === 'slide-deck')!.id)).text;
  const at = (phrase: string) => ({ start: slides.indexOf(phrase), end: slides.indexOf(phrase) + phrase.length });
  const slideId = sources.find((s) => s.kind === 'slide-deck')!.id;
  await workbench.project.quotes.create({
    sourceId: slideId,
    ...at('A system which is no longer financially sustainable'),
    questionIds: [q(18)],
  });
  await workbench.project.quotes.create({
    sourceId: slideId,
    ...at('Streamlining and modernising the EHCP process'),
    questionIds: [q(4)],
  });

  await page.goto(workbench.url);
  await page.getByRole('button', { name: /^Question 4\b/ }).click();
  await page.keyboard.press('Control+Shift+Q');
  const dialog = page.getByRole('dialog', { name: 'Insert a quote into Question 4' });
  await expect(dialog.getByRole('option')).toHaveCount(2);
  // The question's own quote comes first.
  await expect(dialog.getByRole('option').first()).toContainText('Streamlining and modernising the EHCP process');
  await page.keyboard.type('financially');
  await expect(dialog.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Quote inserted into the answer to Question 4.' }),
  ).toBeVisible();

  const block = page.locator('.editor-content .source-quote-block');
  await expect(block).toContainText('A system which is no longer financially sustainable');
  // It sits in Question 4's answer, before Question 5's heading.
  const order = await page.locator('.editor-content').evaluate((el) => el.textContent ?? '');
  expect(order.indexOf('financially sustainable')).toBeGreaterThan(order.indexOf('Question 4:'));
  expect(order.indexOf('financially sustainable')).toBeLessThan(order.indexOf('Question 5:'));
});
