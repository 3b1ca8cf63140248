// Another checkout of the app (an earlier commit, say, in a `git worktree`, with its own `out/` built), opened with
// its own services, sample project and test bridge, so the typing measurement can type into it in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as SampleProject from '../../electron/services/project/sampleProject.ts';
import type * as ProjectServicesModule from '../../electron/services/project/projectServices.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import type * as BridgeServer from '../../test/bridge/bridgeServer.ts';
import type { Bridge } from '../../test/bridge/bridgeServer.ts';

export type OtherBuild = { label: string; project: ProjectServices; bridge: Bridge; close: () => Promise<void> };

/** `label=dir` (or a bare dir, labelled by its path) for each of `--compare-with`'s comma-separated entries. */
export function parseCompareWith(value: string | undefined): { label: string; dir: string }[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.indexOf('=');
      return at === -1
        ? { label: entry, dir: resolve(entry) }
        : { label: entry.slice(0, at), dir: resolve(entry.slice(at + 1)) };
    });
}

/** Opens the checkout at `dir` on a new sample project, served by its own bridge from its own `out/renderer`. */
export async function openOtherBuild(label: string, dir: string): Promise<OtherBuild> {
  const load = <T>(path: string) => import(pathToFileURL(join(dir, path)).href) as Promise<T>;
  const { createSampleProject } = await load<typeof SampleProject>('electron/services/project/sampleProject.ts');
  const { openProject } = await load<typeof ProjectServicesModule>('electron/services/project/projectServices.ts');
  const { startBridge } = await load<typeof BridgeServer>('test/bridge/bridgeServer.ts');
  const temp = mkdtempSync(join(tmpdir(), 'cw-bench-other-'));
  await createSampleProject(join(temp, 'long.cwproj'), join(dir, 'resources'));
  const project = openProject(join(temp, 'long.cwproj'));
  const bridge = await startBridge({ project, rendererDir: join(dir, 'out', 'renderer') });
  return {
    label,
    project,
    bridge,
    async close() {
      await bridge.close();
      project.close();
      rmSync(temp, { recursive: true, force: true });
    },
  };
}
