// Loads the built out/main/index.js (or MAIN_JS) with `electron` mapped to the stand-in, fires ready, plays the
// scenario named on the command line as a user and the system would, and prints what it recorded.
import { registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const fakeUrl = new URL('./fakeElectron.mjs', import.meta.url).href;
registerHooks({
  resolve: (spec, ctx, next) => (spec === 'electron' ? { url: fakeUrl, shortCircuit: true } : next(spec, ctx)),
});
const fake = await import(fakeUrl);
const { FakePage } = await import('./fakePage.mjs');
const { scenarios } = await import('./scenarios.mjs');
const scenario = scenarios[process.argv[2] ?? 'start'];
if (!scenario) throw new Error(`No scenario "${process.argv[2]}"`);

Object.assign(fake.record, { saves: [], probes: {} });
fake.pages.create = (contents) => new FakePage(contents);
// Electron only warns about an unhandled rejection in main; the process lives on. So does this one.
process.on('unhandledRejection', (error) => fake.record.unhandled.push(String(error?.stack ?? error)));
// The app's command line: the executable, then what the scenario passes (a project, a file:// URI).
process.argv = [process.execPath, ...JSON.parse(process.env.FAKE_ARGS ?? '[]')];

const later = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(condition, ms = 10_000) {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await later(10);
}
const contents = [];
fake.app.on('web-contents-created', (_event, c) => contents.push(c));
/** The page in the app window now (a switch replaces it). */
const currentPage = () => contents.at(-1)?.page ?? null;
const ctx = { fake, later, until, page: currentPage, contents, env: process.env };

await import(pathToFileURL(resolve(process.env.MAIN_JS ?? 'out/main/index.js')).href);
await scenario.beforeReady?.(ctx);
fake.fireReady();
await until(() => (currentPage()?.project ?? null) !== null || fake.record.exitCode !== null || fake.record.quit);
await currentPage()?.loaded;
await scenario.run?.(ctx);
await later(100);
process.stdout.write(`\n@@RECORD${JSON.stringify(fake.record)}\n`);
process.exit(0);
