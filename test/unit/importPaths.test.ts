import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../electron/main/importPaths.ts';
import { MAX_IMPORT_BYTES } from '../../shared/ipc/limits.ts';
import type { ImportProgress } from '../../shared/ipc/events.ts';

const dir = mkdtempSync(join(tmpdir(), 'import-paths-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('File › Import Sources… in the desktop app', () => {
  it('imports each chosen file through the contract call and tells the page every step', async () => {
    writeFileSync(join(dir, 'Parent survey.txt'), 'What parents told us.');
    writeFileSync(join(dir, 'Bad.docx'), 'not a zip');
    const huge = join(dir, 'Huge.pdf');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_IMPORT_BYTES + 1);
    const sent: string[] = [];
    const steps: ImportProgress[] = [];
    await importPaths(
      [join(dir, 'Parent survey.txt'), join(dir, 'Bad.docx'), huge, join(dir, 'Gone.pdf')],
      async ({ fileName, bytes }) => {
        sent.push(`${fileName}:${bytes.length}`);
        return fileName === 'Bad.docx'
          ? { ok: false, error: { code: 'invalid-input', message: '"Bad.docx" is not a Word document.' } }
          : { ok: true, value: { format: 'text', source: { id: 1, title: 'Parent survey' } } };
      },
      (step) => steps.push(step),
    );
    // The huge file is refused before it is read; the missing one is reported, not thrown.
    expect(sent).toEqual(['Parent survey.txt:21', 'Bad.docx:9']);
    const last = new Map(steps.map((s) => [s.key, s]));
    expect([...last.values()].map((s) => [s.fileName, s.status, s.message])).toEqual([
      ['Parent survey.txt', 'imported', 'Imported as “Parent survey”'],
      ['Bad.docx', 'failed', '"Bad.docx" is not a Word document.'],
      ['Huge.pdf', 'failed', '"Huge.pdf" is larger than 200 MB, the most one file can be.'],
      ['Gone.pdf', 'failed', '"Gone.pdf" was not imported: it is not there any more.'],
    ]);
    expect(steps.filter((s) => s.status === 'importing')).toHaveLength(4);
    expect(last.get(steps[0]!.key)!.result?.source.title).toBe('Parent survey');
  });
});
