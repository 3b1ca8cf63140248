// `node scripts/bench/searchProject.ts <project file> [rounds] [--compare-with <label>=<dir>,...]`: the scale
// measurement's search figures for a project already made (e.g. by `node scripts/bench/importCorpus.ts /tmp/g.cwproj
// 20000`), to iterate on search without generating 20,000 sources each time. `--compare-with` times other checkouts'
// search (an earlier commit, say) on the same file in the same run, taking turns with this one.
import { parseArgs } from 'node:util';
import { openProject } from '../../electron/services/project/projectServices.ts';
import { parseCompareWith } from './otherBuild.ts';
import { openOtherSearch } from './otherSearch.ts';
import { searchLatency } from './searchLatency.ts';

const { values, positionals } = parseArgs({ options: { 'compare-with': { type: 'string' } }, allowPositionals: true });
const [path, rounds] = [positionals[0], Number(positionals[1] ?? 10)];
if (!path)
  throw new Error('usage: node scripts/bench/searchProject.ts <project file> [rounds] [--compare-with <label>=<dir>]');
const project = openProject(path);
const others = await Promise.all(
  parseCompareWith(values['compare-with']).map(({ label, dir }) => openOtherSearch(label, dir, path)),
);
try {
  for (const f of await searchLatency(project, rounds, others))
    console.log(
      `${f.name}: ${f.value.toFixed(1)} ms${f.against ? ` (${f.against.name} ${f.against.value.toFixed(1)} ms)` : ''}`,
    );
} finally {
  for (const other of others) other.close();
  project.close();
}
