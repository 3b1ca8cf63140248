import { afterEach, describe, expect, it } from 'vitest';
import { fuzzOne } from '../support/importFuzz.ts';
import { cleanUp, openSample } from './helpers.ts';

afterEach(cleanUp);

// A small fixed-seed sample; `npm run soak` runs 1,000 cases.
describe('imports of damaged files', () => {
  it(
    'never crash: every mutated file imports or is refused clearly, leaving the project unchanged',
    { timeout: 120_000 },
    async () => {
      const { project } = await openSample();
      const problems: string[] = [];
      const outcomes = { imported: 0, refused: 0 };
      for (let seed = 1; seed <= 60; seed++) {
        const result = await fuzzOne(project, seed);
        if ('problem' in result) problems.push(result.problem);
        else outcomes[result.outcome]++;
      }
      expect(problems).toEqual([]);
      // Both paths are exercised: some damage is survivable, some is not.
      expect(outcomes.imported).toBeGreaterThan(0);
      expect(outcomes.refused).toBeGreaterThan(0);
    },
  );
});
