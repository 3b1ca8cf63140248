import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { openSource } from './pageHelpers.ts';

const NOTES = 'Parent carer forum notes\n\nFamilies told us about respite care waiting lists of over a year.\n';
const ARTICLE = `<!doctype html><html><head><title>Council SEND update</title><script>document.title='hacked'</script>
<style>p{color:red}</style></head><body onload="alert(1)"><nav>Home | News | Contact</nav>
<main><h1>Council SEND update</h1><p>The council has agreed joint commissioning arrangements with the ICB.</p>
<p><img src=x onerror="alert(2)">Therapy waiting times remain a concern.</p></main><footer>Cookie settings</footer></body></html>`;

/** Drops files onto the sources pane the way a file manager does: a drop event carrying File objects. */
async function dropFiles(page: Page, files: { name: string; type: string; base64: string }[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return dt;
  }, files);
  const pane = page.locator('.sources-pane');
  await pane.dispatchEvent('dragenter', { dataTransfer });
  await pane.dispatchEvent('dragover', { dataTransfer });
  await pane.dispatchEvent('drop', { dataTransfer });
}

test('import several files with the file picker: progress, a result per file, and a bad file changes nothing', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await expect(page.getByRole('list', { name: 'Sources in this project' }).getByRole('listitem')).toHaveCount(5);

  await page.getByLabel('Choose files to import').setInputFiles([
    { name: 'forum-notes.txt', mimeType: 'text/plain', buffer: Buffer.from(NOTES) },
    { name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('this is not really a pdf at all') },
    { name: 'council-update.html', mimeType: 'text/html', buffer: Buffer.from(ARTICLE) },
    {
      name: 'single-paragraph.docx',
      mimeType: 'application/octet-stream',
      buffer: readFileSync('test/fixtures/docx/single-paragraph.docx'),
    },
  ]);

  const results = page.locator('.import-results');
  await expect(results).toContainText('Imported 3 of 4 files');
  await expect(results.locator('.import-item.imported')).toHaveCount(3);
  // The kind is a guess: the report says it, for the user to check.
  await expect(results.locator('.import-item.imported', { hasText: 'council-update.html' })).toContainText(
    '(Web page)',
  );
  await expect(results.locator('.import-item.failed')).toContainText('broken.pdf');
  await expect(results.locator('.import-item.failed')).toContainText(/damaged or is not a PDF/);
  await expect(page.getByRole('list', { name: 'Sources in this project' }).getByRole('listitem')).toHaveCount(8);

  // Nothing from the web page ran or came along: no script text, no navigation, title untouched.
  await page.getByRole('button', { name: /Council SEND update/ }).click();
  const reader = page.locator('.reader-text');
  await expect(reader).toContainText('joint commissioning arrangements');
  await expect(reader).not.toContainText('hacked');
  await expect(reader).not.toContainText('Cookie settings');
  await expect(page).toHaveTitle(/Consultation Workbench/);
  expect((await workbench.project.sources.list()).length).toBe(8);
});

test('drop files on the sources pane, then search and open a hit at the passage', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await expect(page.getByRole('list', { name: 'Sources in this project' })).toBeVisible();
  await dropFiles(page, [
    { name: 'forum-notes.txt', type: 'text/plain', base64: Buffer.from(NOTES).toString('base64') },
    { name: 'council-update.html', type: 'text/html', base64: Buffer.from(ARTICLE).toString('base64') },
  ]);
  await expect(page.locator('.import-results')).toContainText('Imported 2 of 2 files');

  await page.getByRole('searchbox', { name: 'Search all sources' }).fill('"joint commissioning"');
  const hit = page.getByRole('list', { name: 'Search results' }).getByRole('button', { name: /Council SEND update/ });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark')).toHaveText(['joint commissioning']);
  await hit.click();
  const focused = page.locator('.reader-text mark.in-focus');
  await expect(focused).toHaveText('joint commissioning');
  await expect(focused).toBeInViewport();

  await page.getByRole('searchbox', { name: 'Search all sources' }).fill('"respite care"');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('button')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Search results' })).toContainText('forum notes');
});

test('find within the open source with Ctrl+F, next and previous', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await openSource(page, /SEND Review, an update/); // waits till the reader shows it: Ctrl+F acts on the shown source
  await page.locator('.reader-text').click();
  await page.keyboard.press('Control+F');
  const find = page.getByRole('searchbox', { name: 'Find in this source' });
  await expect(find).toBeFocused();
  await find.fill('system');
  const count = page.locator('.find-count');
  await expect(count).toHaveText(/^1 of \d+$/);
  const total = Number((await count.textContent())!.split(' of ')[1]);
  expect(total).toBeGreaterThan(3);
  await find.press('Enter');
  await expect(count).toHaveText(`2 of ${total}`);
  await find.press('Shift+Enter');
  await find.press('Shift+Enter');
  await expect(count).toHaveText(`${total} of ${total}`);
  await expect(page.locator('.reader-text mark.in-focus')).toHaveText(/system/i);
  await find.press('Escape');
  await expect(page.locator('.reader-text mark.in-focus')).toHaveCount(0);
});

test('narrow a search by kind of source and by date', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await page.getByRole('searchbox', { name: 'Search all sources' }).fill('SEND');
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('button');
  await expect(results).toHaveCount(5);
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Written answer' });
  await expect(results).toHaveCount(2);
  await page.getByLabel('From', { exact: true }).fill('2024-02-01');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Joined-up services for children with SEND');
  await expect(page.getByRole('status').filter({ hasText: 'source matches' })).toHaveText('1 source matches “SEND”');
});
