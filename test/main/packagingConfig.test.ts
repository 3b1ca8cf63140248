// The packaging config as electron-builder itself reads and checks it, without building (that needs Electron's
// binary from the network). Uses electron-builder's own loader, schema validation and .deb metadata check.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const builderLib = (path: string) => require(require.resolve(`app-builder-lib/out/${path}`)) as Record<string, unknown>;
const { getConfig, validateConfiguration } = builderLib('util/config/config.js') as {
  getConfig: (projectDir: string, configPath: string | null, fromOptions: null) => Promise<Record<string, unknown>>;
  validateConfiguration: (config: Record<string, unknown>, logger: unknown) => Promise<void>;
};
const { readPackageJson } = builderLib('util/packageMetadata.js') as {
  readPackageJson: (file: string) => Promise<Record<string, unknown>>;
};
const { AppInfo } = builderLib('appInfo.js') as { AppInfo: new (info: unknown, buildVersion: null) => unknown };
const FpmTarget = (builderLib('targets/FpmTarget.js') as { default: { prototype: Record<string, unknown> } }).default;
const { getNodeModuleFileMatcher } = builderLib('fileMatcher.js') as {
  getNodeModuleFileMatcher: (
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformOptions: Record<string, unknown>,
    packager: { config: Record<string, unknown>; debugLogger: unknown },
  ) => { createFilter: () => (file: string, stat: { isDirectory: () => boolean }) => boolean };
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const root = resolve(import.meta.dirname, '../..');
const loadConfig = () => getConfig(root, resolve(root, 'electron-builder.yml'), null);

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(await loadConfig(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('gives the .deb a maintainer with an email and a homepage (electron-builder refuses to build it otherwise)', async () => {
    const config = await loadConfig();
    const metadata = await readPackageJson(resolve(root, 'package.json'));
    const appInfo = new AppInfo(
      { metadata, devMetadata: metadata, config, repositoryInfo: Promise.resolve(null) },
      null,
    );
    const debTarget = { packager: { appInfo, info: { metadata } }, options: config['deb'] ?? {} };
    const computeMeta = FpmTarget.prototype['computeFpmMetaInfoOptions'] as (this: unknown) => Promise<unknown>;
    const meta = (await computeMeta.call(debTarget)) as { maintainer: string; url: string };
    expect(meta.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(meta.url).toMatch(/^https:\/\//);
  });

  it("keeps electron-builder's default .deb dependencies (GTK, NSS, xdg-utils…)", async () => {
    const deb = (await loadConfig())['deb'] as { depends?: unknown } | undefined;
    expect(deb?.depends).toBeUndefined();
  });

  it('sets the fuses through electron-builder, which flips them before signing, not in an afterPack hook', async () => {
    const config = await loadConfig();
    expect(config['afterPack']).toBeUndefined();
    expect(existsSync(resolve(root, 'build/setFuses.cjs'))).toBe(false);
    expect(config['electronFuses']).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('leaves the canvas library pdf.js never loads out of the installers, and keeps the modules the app runs on', async () => {
    const config = await loadConfig();
    const matcher = getNodeModuleFileMatcher(
      root,
      '/app',
      (pattern) => pattern,
      {},
      {
        config,
        debugLogger: new DebugLogger(false),
      },
    );
    const packs = matcher.createFilter();
    const file = { isDirectory: () => false };
    const packed = (path: string) => packs(resolve(root, path), file);
    expect(packed('node_modules/@napi-rs/canvas-linux-x64-gnu/skia.linux-x64-gnu.node')).toBe(false);
    expect(packed('node_modules/@napi-rs/canvas/index.js')).toBe(false);
    expect(packed('node_modules/pdfjs-dist/legacy/build/pdf.mjs')).toBe(true);
    expect(packed('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
  });
});
