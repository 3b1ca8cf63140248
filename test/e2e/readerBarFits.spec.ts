import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { chooseQuestion, openSource, selectInReader, screenshotEachSize, SHOTS_DIR } from './pageHelpers.ts';

const PASSAGE = 'Management of the EHCP Process: Streamlining and modernising the EHCP process';

/** True when the element's own text is not cut short and it lies wholly inside its clipping parent. */
async function wholeInside(element: Locator, box: Locator): Promise<boolean> {
  const [e, b] = [await element.boundingBox(), await box.boundingBox()];
  const cut = await element.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  return !cut && e!.x >= b!.x - 1 && e!.x + e!.width <= b!.x + b!.width + 1 && e!.y + e!.height <= b!.y + b!.height + 1;
}

async function expectAllShown(page: Page) {
  const suggestions = page.getByRole('group', { name: 'Suggested questions for this passage' });
  await expect(suggestions.getByRole('button')).toHaveCount(3);
  const label = suggestions.locator('.suggestions-label');
  await expect(label).toHaveText('Suggested:');
  expect(await wholeInside(label, suggestions)).toBe(true);
  for (const chip of await suggestions.getByRole('button').all())
    expect(await wholeInside(chip, suggestions)).toBe(true);
}

test('with a passage selected at 1280×720, the reader bar shows its label and every suggested question whole', async ({
  page,
  workbench,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(workbench.url);
  await openSource(page, /SEND Review, an update/);
  await chooseQuestion(page, 12);
  await selectInReader(page, PASSAGE);
  await expectAllShown(page);
  await screenshotEachSize(page, 'reader-bar', () => expectAllShown(page));
  // 200% zoom: the same window with half the CSS pixels.
  await page.setViewportSize({ width: 640, height: 360 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: `${SHOTS_DIR}/reader-bar-1280x720-zoom200.png` });
});
