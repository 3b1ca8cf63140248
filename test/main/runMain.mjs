// Loads the built out/main/index.js with `electron` mapped to the stand-in, fires ready, prints what it recorded.
import { registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const fakeUrl = new URL('./fakeElectron.mjs', import.meta.url).href;
registerHooks({
  resolve: (spec, ctx, next) => (spec === 'electron' ? { url: fakeUrl, shortCircuit: true } : next(spec, ctx)),
});
const fake = await import(fakeUrl);
await import(pathToFileURL(resolve('out/main/index.js')).href);
fake.fireReady();
const settle = () => new Promise((r) => setTimeout(r, 300));
await settle();
process.stdout.write(`\n@@RECORD${JSON.stringify(fake.record)}\n`);
process.exit(0);
