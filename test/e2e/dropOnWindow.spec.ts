import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

async function dropOn(page: Page, selector: string, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content!], fileName!, { type: 'application/octet-stream' }));
      return dt;
    },
    [name, text],
  );
  const target = page.locator(selector).first();
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

test('a project file dropped on the window is never imported as a source; documents dropped off the Sources pane are pointed there', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  const sources = page.getByRole('list', { name: 'Sources in this project' }).getByRole('listitem');
  await expect(sources).toHaveCount(5);

  // On the Sources pane itself, where documents are imported, a project file is still a project file.
  await dropOn(page, '.sources-pane', 'Last year.cwproj', 'SQLite format 3');
  await expect(page.getByRole('alert')).toContainText(
    '“Last year.cwproj” is a project: open it with File › Open Project',
  );
  await dropOn(page, '.editor-content', 'Other.cwproj', 'SQLite format 3');
  await expect(page.getByRole('alert')).toContainText('“Other.cwproj” is a project');

  await dropOn(page, '.questions-pane', 'notes.txt', 'Some notes about SEND provision.');
  await expect(
    page.getByRole('status').filter({ hasText: 'To import documents, drop them on the Sources pane' }),
  ).toBeVisible();
  await expect(sources).toHaveCount(5);
  expect(await workbench.project.sources.list()).toHaveLength(5);
});
