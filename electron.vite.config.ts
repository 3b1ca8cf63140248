import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      // The command-line tool is built alongside the app; it uses the services, never Electron.
      rolldownOptions: { input: { index: resolve('electron/main/index.ts'), cli: resolve('electron/cli/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages or ES modules: bundle it into one CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react()],
    build: {
      // electron-vite leaves the renderer unminified; minified, the first screen's script parses in half the time.
      minify: true,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
