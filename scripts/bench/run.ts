// `npm run bench [-- --quick] [-- --json <file>] [-- --only <name>,<name>] [-- --compare-with <label>=<dir>,...]`: every
// measurement in one run, printed as one table, and saved with the machine and the commit so runs can be compared.
// `--compare-with` names other checkouts of the app, each with its `out/` built (e.g. an earlier commit in a
// `git worktree`), that the typing and import measurements (and the scale measurement's search) run in the same run,
// taking turns with this one.
// Asserts nothing; not part of npm test.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { ratio, type Figure } from './figures.ts';
import { MEASUREMENTS } from './measurements.ts';
import { parseCompareWith } from './otherBuild.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
    only: { type: 'string' },
    'compare-with': { type: 'string' },
  },
});
const quick = values.quick ?? false;
const compareWith = parseCompareWith(values['compare-with']);
const only = values.only?.split(',').map((s) => s.trim());
const chosen = only ? MEASUREMENTS.filter((m) => only.includes(m.name)) : MEASUREMENTS;

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGB: Number((totalmem() / 1024 ** 3).toFixed(1)),
  loadAtStart: loadavg().map((l) => Number(l.toFixed(2))),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
};
const commit = { hash: git('rev-parse', 'HEAD'), changed: git('status', '--porcelain', '--untracked-files=no') !== '' };
const startedAt = new Date().toISOString();
console.log(
  `bench${quick ? ' --quick' : ''}: ${chosen.map((m) => m.name).join(', ')} on ${machine.cores} cores, ` +
    `${machine.memoryGB} GB, load ${machine.loadAtStart.join(' ')}, commit ${commit.hash.slice(0, 10)}${commit.changed ? ' (changed)' : ''}`,
);

type Result = { measurement: string; seconds: number; figures: Figure[]; error?: string };
const results: Result[] = [];
for (const measurement of chosen) {
  const t0 = performance.now();
  console.log(`\n— ${measurement.name}`);
  try {
    const figures = await measurement.run({ quick, compareWith });
    results.push({ measurement: measurement.name, seconds: (performance.now() - t0) / 1000, figures });
  } catch (error) {
    console.error(error);
    results.push({
      measurement: measurement.name,
      seconds: (performance.now() - t0) / 1000,
      figures: [],
      error: String(error),
    });
  }
}

const number = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));
const rows = results.flatMap((r) =>
  r.error
    ? [[r.measurement, 'FAILED', r.error.slice(0, 80), '', '', '']]
    : r.figures.map((f) => {
        const x = ratio(f);
        return [
          r.measurement,
          f.name,
          `${number(f.value)} ${f.unit}`,
          f.against ? `${f.against.name} ${number(f.against.value)} ${f.unit}` : '',
          x === null ? '' : `${x.toFixed(2)}×`,
          f.target ? `${f.target.met ? 'met' : 'MISSED'}: ${f.target.text}` : '',
        ];
      }),
);
const header = ['measurement', 'figure', 'value', 'beside', 'ratio', 'target'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
for (const row of rows) console.log(line(row));
const seconds = (Date.now() - Date.parse(startedAt)) / 1000;
console.log(`\n${results.length} measurements in ${seconds.toFixed(0)} s`);

if (values.json) {
  const report = {
    startedAt,
    quick,
    seconds,
    machine,
    commit,
    results: results.map((r) => ({
      ...r,
      figures: r.figures.map((f) => ({ ...f, ratio: ratio(f) })),
    })),
  };
  writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`figures written to ${values.json}`);
}
if (results.some((r) => r.error)) process.exitCode = 1;
