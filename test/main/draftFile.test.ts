import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDraftFile } from '../../electron/main/draftFile.ts';
import { MAX_DRAFT_FILE_BYTES } from '../../shared/ipc/limits.ts';

const dir = mkdtempSync(join(tmpdir(), 'cw-draft-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a draft file chosen in File › Import a Draft…', () => {
  it('is read whole when within the limit', async () => {
    const path = join(dir, 'draft.md');
    writeFileSync(path, '## Q1\n\nOur answer.\n');
    const file = await readDraftFile(path);
    expect(file).toEqual({ fileName: 'draft.md', bytes: new TextEncoder().encode('## Q1\n\nOur answer.\n') });
  });

  it('is read only to one byte over the limit when larger, so the import can refuse it as too large', async () => {
    const path = join(dir, 'huge.md');
    writeFileSync(path, Buffer.alloc(MAX_DRAFT_FILE_BYTES + 1000, 0x61));
    const file = await readDraftFile(path);
    expect('bytes' in file && file.bytes.length).toBe(MAX_DRAFT_FILE_BYTES + 1);
  });

  it('that has gone is reported, not thrown', async () => {
    expect(await readDraftFile(join(dir, 'gone.docx'))).toEqual({
      fileName: 'gone.docx',
      message: '"gone.docx" was not imported: it is not there any more.',
    });
  });
});
