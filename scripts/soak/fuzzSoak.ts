// Part of `npm run soak`: 1,000 damaged sample files (fixed seeds) through the real import pipeline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openOrCreateSampleProject } from '../../electron/services/project/sampleProject.ts';
import { fuzzOne } from '../../test/support/importFuzz.ts';

const cases = Number(process.env['FUZZ_CASES'] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'cw-fuzz-'));
const project = await openOrCreateSampleProject(join(dir, 'fuzz.cwproj'), 'resources');
const counts = { imported: 0, refused: 0, problems: 0 };
const started = performance.now();
for (let seed = 1; seed <= cases; seed++) {
  const result = await fuzzOne(project, seed);
  if ('problem' in result) {
    counts.problems++;
    console.log(result.problem);
  } else counts[result.outcome]++;
}
project.close();
rmSync(dir, { recursive: true, force: true });
console.log(
  `import fuzz: ${cases} cases, ${counts.imported} imported, ${counts.refused} refused clearly, ${counts.problems} problems, ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
process.exitCode = counts.problems ? 1 : 0;
