// Generated projects of N sources for the scale and opening measurements, made once per bench run under a temp
// folder (never committed) by a separate process, so its peak memory is the service side's alone.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export type GeneratedProject = {
  path: string;
  sources: number;
  docx: number;
  bytes: number;
  chars: number;
  importSeconds: number;
  fileBytes: number;
  peakRssBytes: number;
};

const dir = mkdtempSync(join(tmpdir(), 'cw-bench-projects-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const made = new Map<number, Promise<GeneratedProject>>();

export function generatedProject(sources: number): Promise<GeneratedProject> {
  if (!made.has(sources)) {
    const path = join(dir, `generated-${sources}.cwproj`);
    const child = promisify(execFile)(process.execPath, ['scripts/bench/importCorpus.ts', path, String(sources)], {
      maxBuffer: 16 * 1024 * 1024,
    });
    made.set(
      sources,
      child.then(
        ({ stdout }) => ({ path, ...(JSON.parse(stdout.trim().split('\n').at(-1)!) as object) }) as GeneratedProject,
      ),
    );
  }
  return made.get(sources)!;
}
