// `npm run bridge`: serves the built renderer against a sample project in a temp folder, for a look in a browser.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openOrCreateSampleProject } from '../../electron/services/project/sampleProject.ts';
import { startBridge } from './bridgeServer.ts';

const dir = mkdtempSync(join(tmpdir(), 'workbench-bridge-'));
const project = await openOrCreateSampleProject(
  process.env['WORKBENCH_PROJECT'] ?? join(dir, 'Sample project.cwproj'),
  'resources',
);
const bridge = await startBridge({ project, rendererDir: 'out/renderer' });
console.log(`Consultation Workbench (test bridge) at ${bridge.url}  project: ${project.path}`);
