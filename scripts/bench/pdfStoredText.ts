// What a project stores from each PDF (text, blocks, metadata), as imported by a given checkout: one line a file with a
// hash of it. Run it for two checkouts and diff the output to check a change to PDF import keeps the stored text
// byte-identical: `node scripts/bench/pdfStoredText.ts <checkout> <file.pdf>...`.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ProjectServicesModule from '../../electron/services/project/projectServices.ts';

const [checkout, ...files] = process.argv.slice(2);
if (!checkout || files.length === 0) {
  console.error('Usage: node scripts/bench/pdfStoredText.ts <checkout> <file.pdf>...');
  process.exit(2);
}
const { openProject } = (await import(
  pathToFileURL(join(checkout, 'electron/services/project/projectServices.ts')).href
)) as typeof ProjectServicesModule;
const dir = mkdtempSync(join(tmpdir(), 'cw-pdf-stored-'));
try {
  for (const [n, file] of files.entries()) {
    const project = openProject(join(dir, `p${n}.cwproj`));
    let line: string;
    try {
      const bytes = new Uint8Array(readFileSync(file));
      const { source } = await project.imports.importFile({ fileName: basename(file), bytes });
      // Everything stored but the id and the time of import, which differ from run to run.
      const { id: _id, importedAt: _importedAt, ...stored } = await project.sources.get(source.id);
      const hash = createHash('sha256').update(JSON.stringify(stored)).digest('hex').slice(0, 16);
      line = `${hash}  ${stored.text.length} characters, ${stored.blocks.length} blocks`;
    } catch (error) {
      line = `refused: ${(error as Error).message}`;
    } finally {
      project.close();
    }
    console.log(`${basename(file)}\t${line}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// The reader thread waits for a next file; nothing more is coming.
process.exit(0);
