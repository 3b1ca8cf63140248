import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleProject } from '../../electron/services/project/sampleProject.ts';
import { crashRound } from '../support/crashRound.ts';
import { RESOURCES_DIR, tempDir, cleanUp } from './helpers.ts';

// 20 kills here; `npm run soak` runs 200 (CRASH_KILLS) and prints the figures.
const KILLS = 20;
let template = '';

beforeAll(async () => {
  template = join(tempDir(), 'sample.cwproj');
  await createSampleProject(template, RESOURCES_DIR);
});
afterAll(cleanUp);

describe('a crash loses nothing that was acknowledged', () => {
  it(`survives ${KILLS} SIGKILLs in the middle of quoting, drafting and importing`, { timeout: 120_000 }, async () => {
    let acknowledged = 0;
    const problems: string[] = [];
    for (let i = 0; i < KILLS; i++) {
      const result = await crashRound(template, 1000 + i, 20 + ((i * 37) % 280));
      acknowledged += result.acknowledged;
      problems.push(...result.problems.map((p) => `kill ${i}: ${p}`));
    }
    expect(problems).toEqual([]);
    expect(acknowledged).toBeGreaterThan(KILLS * 3);
  });
});
