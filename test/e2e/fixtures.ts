import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { openOrCreateSampleProject } from '../../electron/services/project/sampleProject.ts';
import { openProject, type ProjectServices } from '../../electron/services/project/projectServices.ts';
import { startBridge, type Bridge } from '../bridge/bridgeServer.ts';

export type Workbench = {
  /** The project file this test's app is using. */
  projectPath: string;
  project: ProjectServices;
  url: string;
  /** Closes the app's side of the project and opens it again, as quitting and relaunching would. */
  restart: () => Promise<string>;
};

// Each test gets its own sample project file in a fresh temp folder, served through the real services.
export const test = base.extend<{ workbench: Workbench }>({
  workbench: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'workbench-e2e-'));
    const projectPath = join(dir, 'Sample project.cwproj');
    let project = await openOrCreateSampleProject(projectPath, 'resources');
    let bridge: Bridge = await startBridge({ project, rendererDir: 'out/renderer' });
    const workbench: Workbench = {
      projectPath,
      get project() {
        return project;
      },
      get url() {
        return bridge.url;
      },
      restart: async () => {
        const port = Number(new URL(bridge.url).port);
        await bridge.close();
        project.close();
        project = openProject(projectPath);
        bridge = await startBridge({ project, rendererDir: 'out/renderer', port });
        return bridge.url;
      },
    };
    await use(workbench);
    await bridge.close();
    project.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };
