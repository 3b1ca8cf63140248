import { readFileSync } from 'node:fs';
import { AppError } from '../../shared/ipc/result.ts';
import { rng } from './seededRandom.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';

/** The real sample files the fuzzer starts from, one of each format. */
export const FUZZ_SEEDS: { fileName: string; bytes: Uint8Array }[] = [
  'test/fixtures/pdf/multicolumn.pdf',
  'test/fixtures/pdf/google-doc-document.pdf',
  'test/fixtures/docx/footnotes.docx',
  'test/fixtures/docx/tables.docx',
  'resources/sample/written-answer-joined-up-services-2024-03.txt',
].map((path) => ({ fileName: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(path)) }));

const HTML_SEED = new TextEncoder().encode(
  '<html><head><title>Update</title><script>alert(1)</script></head><body><main><h1>SEND</h1><p onclick="x()">Joint <b>commissioning</b>.</p><table><tr><td>a</td></tr></table></main></body></html>',
);
FUZZ_SEEDS.push({ fileName: 'page.html', bytes: HTML_SEED });

/** One damaged copy: flipped bytes, a cut, a spliced-in run of junk, or a repeated block. */
export function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  const out = new Uint8Array(bytes);
  const kind = Math.floor(random() * 4);
  const at = Math.floor(random() * bytes.length);
  if (kind === 0) {
    for (let i = 0; i < 1 + Math.floor(random() * 20); i++)
      out[Math.floor(random() * out.length)] = Math.floor(random() * 256);
    return out;
  }
  if (kind === 1) return out.subarray(0, at);
  const junk = Uint8Array.from({ length: 1 + Math.floor(random() * 200) }, () => Math.floor(random() * 256));
  if (kind === 2) return new Uint8Array([...out.subarray(0, at), ...junk, ...out.subarray(at)]);
  const block = out.subarray(at, Math.min(out.length, at + 1 + Math.floor(random() * 500)));
  return new Uint8Array([...out.subarray(0, at), ...block, ...block, ...out.subarray(at)]);
}

function fingerprint(project: ProjectServices): string {
  return ['sources', 'source_blocks', 'quotes', 'themes', 'drafts']
    .map((t) => JSON.stringify(project.db.prepare(`SELECT count(*) AS n, max(rowid) AS m FROM ${t}`).get()))
    .join();
}

export type FuzzOutcome = 'imported' | 'refused';

/**
 * Imports one mutated file. It must either import, or be refused with a clear AppError naming the file and
 * leave the project exactly as it was; anything else (a crash, a raw error) is returned as a problem.
 */
export async function fuzzOne(
  project: ProjectServices,
  seed: number,
): Promise<{ outcome: FuzzOutcome } | { problem: string }> {
  const random = rng(seed);
  const original = FUZZ_SEEDS[seed % FUZZ_SEEDS.length]!;
  const file = { fileName: `fuzz-${seed}-${original.fileName}`, bytes: mutate(original.bytes, random) };
  const before = fingerprint(project);
  try {
    await project.imports.importFile(file);
    return { outcome: 'imported' };
  } catch (error) {
    if (!(error instanceof AppError)) return { problem: `${file.fileName}: ${String(error)}` };
    if (!error.message.includes(file.fileName) || error.message.length < 20)
      return { problem: `${file.fileName}: unclear message "${error.message}"` };
    if (fingerprint(project) !== before) return { problem: `${file.fileName}: refused but the project changed` };
    return { outcome: 'refused' };
  }
}
