// `npm test`: type-check, lint, unit and service tests, build, then browser tests through the test bridge.
// Ends with one line "N passed, N failed" counting vitest and Playwright tests together (CI reads it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const OUT = '.test-output';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const steps = [
  ['type-check', 'npx', ['tsc', '-b', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unit and service tests', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['electron-vite', 'build']],
  ['browser tests', 'npx', ['playwright', 'test']],
];

const failedSteps = [];
for (const [name, cmd, args] of steps) {
  if (name === 'browser tests' && failedSteps.includes('build')) {
    failedSteps.push(name);
    continue;
  }
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (status !== 0) failedSteps.push(name);
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

const vitest = readJson(`${OUT}/vitest.json`);
const playwright = readJson(`${OUT}/playwright.json`);
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
let failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0);
// A step that failed without a failing test (type errors, lint, a crashed runner) still counts as a failure.
const testSteps = { 'unit and service tests': vitest?.numFailedTests, 'browser tests': playwright?.stats?.unexpected };
for (const step of failedSteps) if (!testSteps[step]) failed += 1;

if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length || failed ? 1 : 0);
