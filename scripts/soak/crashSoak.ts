// `npm run soak`: kill an editing process at random moments (200 times by default) and check nothing acknowledged is lost.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSampleProject } from '../../electron/services/project/sampleProject.ts';
import { crashRound } from '../../test/support/crashRound.ts';

const kills = Number(process.env['CRASH_KILLS'] ?? 200);
const dir = mkdtempSync(join(tmpdir(), 'cw-soak-'));
const template = join(dir, 'sample.cwproj');
await createSampleProject(template, 'resources');
let acknowledged = 0;
let failures = 0;
const started = performance.now();
for (let i = 0; i < kills; i++) {
  const delay = 20 + Math.floor(Math.random() * 280);
  const result = await crashRound(template, 5000 + i, delay);
  acknowledged += result.acknowledged;
  if (result.problems.length) {
    failures++;
    console.log(`kill ${i} (after ${delay} ms): ${result.problems.join('; ')}`);
  }
}
rmSync(dir, { recursive: true, force: true });
console.log(
  `crash soak: ${kills} kills, ${acknowledged} acknowledged changes checked, ${failures} kills lost or damaged something, ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
process.exitCode = failures ? 1 : 0;
