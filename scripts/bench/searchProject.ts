// `node scripts/bench/searchProject.ts <project file> [rounds]`: the scale measurement's search figures for a project
// already made (e.g. by `node scripts/bench/importCorpus.ts /tmp/g.cwproj 20000`), to iterate on search without
// generating 20,000 sources each time.
import { openProject } from '../../electron/services/project/projectServices.ts';
import { searchLatency } from './searchLatency.ts';

const [path, rounds] = [process.argv[2], Number(process.argv[3] ?? 10)];
if (!path) throw new Error('usage: node scripts/bench/searchProject.ts <project file> [rounds]');
const project = openProject(path);
try {
  for (const f of await searchLatency(project, rounds))
    console.log(`${f.name}: ${f.value.toFixed(1)} ms (${f.against!.name} ${f.against!.value.toFixed(1)} ms)`);
} finally {
  project.close();
}
