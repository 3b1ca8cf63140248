import { test, expect } from './fixtures.ts';

test('on opening, the open source is asked for before the quote check, which reads every quoted text', async ({
  page,
  workbench,
}) => {
  const calls: string[] = [];
  page.on('request', (request) => {
    const method = /\/api\/(\w+)$/.exec(request.url())?.[1];
    if (method) calls.push(method);
  });
  await page.goto(workbench.url);
  await expect.poll(() => calls.includes('checkQuotes') && calls.includes('getSource')).toBe(true);
  expect(calls.indexOf('getSource')).toBeLessThan(calls.indexOf('checkQuotes'));
});
