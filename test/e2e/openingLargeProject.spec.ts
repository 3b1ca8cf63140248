import type { Page, Route } from '@playwright/test';
import type { QuestionId, SourceId } from '../../shared/ids.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import { QUOTES_PER_PAGE, SOURCES_PER_PAGE } from '../../renderer/src/state/readRest.ts';
import { test, expect } from './fixtures.ts';

const SOURCES = 2_400;
const QUOTES = 1_200;

/**
 * Fills the sample project (five dated sources) with undated sources, listed after them, and quotes: each the whole
 * text of a generated source; the last one, from a source far down the list, filed under the first question.
 */
async function fill(project: ProjectServices): Promise<void> {
  const ids: SourceId[] = [];
  for (let n = 1; n <= SOURCES; n++) {
    const metadata = {
      title: `Generated source ${n}`,
      author: null,
      publishedOn: null,
      url: null,
      kind: 'report' as const,
    };
    const text = `Marker${n} is the word only generated source ${n} contains.`;
    ids.push(await project.sources.importText(metadata, text));
  }
  const first = (await project.consultation.getConsultation()).chapters.flatMap((c) => c.questions)[0]!;
  for (let q = 1; q <= QUOTES; q++) {
    const n = q === QUOTES ? 2_300 : q;
    const end = `Marker${n} is the word only generated source ${n} contains.`.length;
    const questionIds = q === QUOTES ? [first.id as QuestionId] : [];
    await project.quotes.create({ sourceId: ids[n - 1]!, start: 0, end, questionIds });
  }
}

/** Holds back the calls that read the rest of the lists (the pages read after the first screen) until `release`. */
async function holdTheRest(page: Page) {
  const held: Route[] = [];
  let released = false;
  const hold = (isRest: (input: Record<string, unknown>) => boolean) => async (route: Route) => {
    const input = (route.request().postDataJSON() ?? {}) as Record<string, unknown>;
    if (!released && isRest(input)) held.push(route);
    else await route.continue();
  };
  await page.route(
    '**/api/listSources',
    hold((input) => input['limit'] === SOURCES_PER_PAGE),
  );
  await page.route(
    '**/api/listQuotes',
    hold((input) => input['limit'] === QUOTES_PER_PAGE),
  );
  return {
    held: () => held.length,
    release: async () => {
      released = true;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

test.describe('a project with 2,400 sources and 1,200 quotes', () => {
  test.beforeEach(async ({ workbench }) => fill(workbench.project));

  test('its first screen works before the rest of the lists is read, and what is far down shows when needed', async ({
    page,
    workbench,
  }) => {
    const rest = await holdTheRest(page);
    await page.goto(workbench.url);
    const list = page.getByRole('list', { name: 'Sources in this project' });
    const sourceBrowser = page.locator('.source-browser');

    // The first screen, with the rest held back: the draft, the top of the list, the first question's evidence
    // (a quote from a source far down the list, with its citation).
    await expect(page.locator('[contenteditable="true"]').first()).toBeVisible();
    await expect(list.getByRole('button').first()).toBeVisible();
    await expect(sourceBrowser).toHaveAttribute('aria-busy', 'true');
    await expect.poll(rest.held).toBeGreaterThan(0);
    const evidence = page.locator('.evidence-list');
    await expect(evidence).toContainText('Marker2300 is the word only generated source 2300 contains.');
    await expect(evidence.locator('.citation')).toContainText('Generated source 2300');

    // A search hit far down the list opens in the reader.
    await page.getByRole('searchbox', { name: 'Search all sources' }).fill('marker2350');
    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('button', { name: /Generated source 2350/ })
      .click();
    await expect(page.locator('.reader-title')).toHaveText('Generated source 2350');
    await page.getByRole('searchbox', { name: 'Search all sources' }).fill('');

    // All quotes needs every quote: it waits for them, then lists one far down.
    await page.getByRole('button', { name: 'All quotes' }).click();
    await expect(page.getByText('Loading…')).toBeVisible();
    await expect(page.getByRole('grid', { name: 'All quotes' })).toHaveCount(0);
    await rest.release();
    const rows = page.getByRole('grid', { name: 'All quotes' }).getByRole('row');
    await page.getByLabel('Words', { exact: true }).fill('marker1150');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('generated source 1150 contains');

    // The whole list, once read.
    await expect(sourceBrowser).toHaveAttribute('aria-busy', 'false');
    await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(SOURCES + 5));
  });
});
