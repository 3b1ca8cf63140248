import { test } from './fixtures.ts';
test('look', async ({ page, workbench }) => {
  page.on('console', (m) => console.log('console:', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(workbench.url);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/look.png' });
});
