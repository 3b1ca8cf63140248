// Builds the peer editors' pages (production mode, as our renderer is built) into a temp folder for the bench.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export const PEERS = ['prosemirror', 'lexical'] as const;
export type Peer = (typeof PEERS)[number];

/** The folder holding prosemirror.html and lexical.html and their scripts. */
export async function buildPeers(): Promise<string> {
  const root = resolve('scripts/bench/peers');
  const outDir = mkdtempSync(join(tmpdir(), 'cw-bench-peers-'));
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    mode: 'production',
    base: './',
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: Object.fromEntries(PEERS.map((p) => [p, join(root, `${p}.html`)])) },
    },
  });
  return outDir;
}
