import { test, expect } from './fixtures.ts';

test('hide a pane, resize two by keyboard, and find the layout as it was after a restart', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();
  const sources = page.getByRole('region', { name: 'Sources' });
  const draft = page.getByRole('region', { name: 'Draft response' });
  const draftWidth = (await draft.boundingBox())!.width;

  await page.getByRole('group', { name: 'Show panes' }).getByRole('button', { name: 'Sources pane' }).click();
  await expect(sources).toBeHidden();
  await expect(page.getByRole('button', { name: 'Sources pane' })).toHaveAttribute('aria-pressed', 'false');
  expect((await draft.boundingBox())!.width).toBeGreaterThan(draftWidth * 1.2);

  const divider = page.getByRole('separator', { name: 'Resize Questions and Draft' });
  const before = Number(await divider.getAttribute('aria-valuenow'));
  const questionsWidth = (await page.getByRole('region', { name: 'Questions', exact: true }).boundingBox())!.width;
  await divider.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(divider).toHaveAttribute('aria-valuenow', String(before + 12));
  expect((await page.getByRole('region', { name: 'Questions', exact: true }).boundingBox())!.width).toBeGreaterThan(
    questionsWidth + 40,
  );

  // The shortcut shows it again; hiding the last pane shown is not possible.
  await page.keyboard.press('Control+Shift+Digit1');
  await expect(sources).toBeVisible();
  await page.keyboard.press('Control+Shift+Digit1');
  await page.keyboard.press('Control+Shift+Digit2');
  await expect(page.getByRole('button', { name: 'Draft pane' })).toBeDisabled();

  await page.goto(await workbench.restart());
  await expect(page.getByRole('region', { name: 'Draft response' })).toBeVisible();
  await expect(sources).toBeHidden();
  await expect(page.getByRole('region', { name: 'Questions', exact: true })).toBeHidden();
  await page.keyboard.press('Control+Shift+Digit2');
  await expect(page.getByRole('separator', { name: 'Resize Questions and Draft' })).toHaveAttribute(
    'aria-valuenow',
    String(before + 12),
  );
});
