import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import { test, expect } from './fixtures.ts';

const SOURCES = 2_000;

/** Fills the sample project (five dated sources) up to SOURCES with undated ones, which the list shows after them. */
async function addSources(project: ProjectServices): Promise<void> {
  for (let n = 1; n <= SOURCES - 5; n++) {
    const metadata = {
      title: `Generated source ${n}`,
      author: null,
      publishedOn: null,
      url: null,
      kind: 'report' as const,
    };
    await project.sources.importText(metadata, `Marker${n} is the word only generated source ${n} contains.`);
  }
}

test.describe('a project with 2,000 sources', () => {
  test.beforeEach(async ({ workbench }) => addSources(workbench.project));

  test('renders only the rows in view, each saying where it stands; End reaches the 2,000th and Enter opens it', async ({
    page,
    workbench,
  }) => {
    await page.goto(workbench.url);
    const list = page.getByRole('list', { name: 'Sources in this project' });
    const rows = list.getByRole('listitem');
    await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
    await expect(rows.first()).toHaveAttribute('aria-setsize', String(SOURCES));
    expect(await rows.count()).toBeLessThan(60);

    await page.getByRole('searchbox', { name: 'Search all sources' }).focus();
    await page.keyboard.press('Tab');
    await expect(list.getByRole('button').first()).toBeFocused();
    await page.keyboard.press('End');
    const last = list.getByRole('button', { name: /^Generated source 1995\b/ });
    await expect(last).toBeFocused();
    await expect(last).toBeInViewport();
    await expect(list.locator('li:has(:focus)')).toHaveAttribute('aria-posinset', String(SOURCES));
    await page.keyboard.press('Enter');
    await expect(last).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('.reader-title')).toHaveText('Generated source 1995');

    await page.keyboard.press('ArrowUp');
    await expect(list.getByRole('button', { name: /^Generated source 1994\b/ })).toBeFocused();
    await page.keyboard.press('PageUp');
    await expect(list.locator('li:has(:focus)')).not.toHaveAttribute('aria-posinset', '1999');
    await page.keyboard.press('Home');
    await expect(list.getByRole('button').first()).toBeFocused();
    await expect(list.locator('li:has(:focus)')).toHaveAttribute('aria-posinset', '1');
    // Still one Tab stop: Tab leaves the list; Shift+Tab comes back to the open source, far out of view until then.
    await expect(list.locator('[tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(list.locator(':focus')).toHaveCount(0);
    await page.keyboard.press('Shift+Tab');
    await expect(last).toBeFocused();
    await expect(last).toBeInViewport();
  });

  test('the open source is scrolled into view when chosen from a search hit, and after a reload', async ({
    page,
    workbench,
  }) => {
    await page.goto(workbench.url);
    const search = page.getByRole('searchbox', { name: 'Search all sources' });
    await search.fill('marker1500');
    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('button', { name: /Generated source 1500/ })
      .click();
    await expect(page.locator('.reader-title')).toHaveText('Generated source 1500');
    await search.fill('');

    const list = page.getByRole('list', { name: 'Sources in this project' });
    const open = list.getByRole('button', { name: /^Generated source 1500\b/ });
    await expect(open).toHaveAttribute('aria-current', 'true');
    await expect(open).toBeInViewport();
    await expect(list.locator('li:has([aria-current="true"])')).toHaveAttribute('aria-posinset', '1505');

    await page.reload();
    await expect(page.locator('.reader-title')).toHaveText('Generated source 1500');
    await expect(list.getByRole('button', { name: /^Generated source 1500\b/ })).toBeInViewport();
  });
});
