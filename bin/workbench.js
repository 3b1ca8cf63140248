#!/usr/bin/env node
// The CLI is built with the app (electron-vite build) into out/main/cli.js.
import { existsSync } from 'node:fs';
const built = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(built)) {
  console.error('workbench: not built yet. Run "npm run build" first.');
  process.exit(1);
}
await import(built.href);
