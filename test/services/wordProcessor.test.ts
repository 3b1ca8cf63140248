import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, openSample, tempDir } from './helpers.ts';

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const hasPdfToText = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

afterEach(cleanUp);

// A real word processor opening our file: LibreOffice converts the export to PDF, and the PDF has the questions.
describe.skipIf(!hasSoffice || !hasPdfToText)('the exported .docx in LibreOffice', () => {
  it(
    'converts to PDF with every question heading (unanswered ones kept and marked) and the title block',
    { timeout: 120_000 },
    async () => {
      const { project } = await openSample();
      await project.details.update({ ...project.details.get(), organisation: 'Anytown Parent Carer Forum' });
      const dir = tempDir();
      const docx = join(dir, 'response.docx');
      writeFileSync(docx, (await project.export.buildDocx({ unanswered: 'mark' })).bytes);
      execFileSync(
        'soffice',
        ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, docx],
        {
          stdio: 'ignore',
          timeout: 110_000,
        },
      );
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'response.pdf'), '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        ' ',
      );
      expect(text).toContain('SEND Green Paper 2022 response');
      expect(text).toContain('Response from: Anytown Parent Carer Forum');
      for (let n = 1; n <= 22; n++) expect(text).toContain(`Question ${n}:`);
      expect(readFileSync(join(dir, 'response.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    },
  );
});
