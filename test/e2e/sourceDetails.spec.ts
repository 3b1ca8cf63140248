import { test, expect } from './fixtures.ts';
import { openSource } from './pageHelpers.ts';

// The form's schema loads on the first save (not with the first screen): it still refuses a bad address, then saves.
test('a source’s details refuse a web address that is not http(s), and save once it is', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await openSource(page, /SEND Review, an update/);
  await page.getByRole('button', { name: 'Edit details' }).click();
  const form = page.getByRole('form', { name: 'Source details' });
  await form.getByLabel('Web address').fill('ftp://example.org/review');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form.getByRole('alert')).toHaveText('Web address: use a full address starting with https://');

  await form.getByLabel('Web address').fill('https://example.org/review');
  await form.getByLabel('Title').fill('SEND Review, an update (checked)');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form).toBeHidden();
  await expect(page.locator('.reader-title')).toHaveText('SEND Review, an update (checked)');
});
