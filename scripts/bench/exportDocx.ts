// Export: the 100-page response with 500 quotations to Word, and the evidence pack of those quotations, each beside
// the floor of the docx library writing the same words as plain paragraphs (no footnotes, styles or model).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { createSampleProject } from '../../electron/services/project/sampleProject.ts';
import { openProject } from '../../electron/services/project/projectServices.ts';
import { documentText } from './documentText.ts';
import { longDraft } from './longDraft.ts';
import type { Figure, Measurement } from './figures.ts';
import { sideBySide } from './sideBySide.ts';

/** The docx library packing the same text as bare paragraphs: what any .docx writer pays for these words. */
const plainDocx = (paragraphs: string[]) => () =>
  Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] }));

export const exportDocx: Measurement = {
  name: 'export',
  async run({ quick }) {
    const [paragraphs, quotes, times] = quick ? [300, 150, 1] : [1000, 500, 3];
    const dir = mkdtempSync(join(tmpdir(), 'cw-bench-export-'));
    try {
      const path = join(dir, 'long.cwproj');
      await createSampleProject(path, 'resources');
      const project = openProject(path);
      try {
        await project.drafts.save(await longDraft(project, paragraphs, quotes));
        const response = () => project.export.buildDocx({ citationStyle: 'footnotes' });
        const pack = () => project.export.buildEvidencePack();
        const [responseOurs, responseFloor] = await sideBySide(
          times,
          response,
          plainDocx(await documentText((await response()).bytes)),
        );
        const [packOurs, packFloor] = await sideBySide(
          times,
          pack,
          plainDocx(await documentText((await pack()).bytes)),
        );
        const [responseMs, packMs] = [responseOurs.ms, packOurs.ms];
        const figures: Figure[] = [
          {
            name: `response to .docx (${paragraphs} paragraphs, ${quotes} quotations)`,
            value: responseMs / 1000,
            unit: 's',
            against: { name: 'docx library, same words', value: responseFloor.ms / 1000 },
            target: { text: '< 2 s', met: responseMs < 2000 },
          },
          {
            name: `evidence pack (${quotes} quotations)`,
            value: packMs / 1000,
            unit: 's',
            against: { name: 'docx library, same words', value: packFloor.ms / 1000 },
          },
        ];
        return figures;
      } finally {
        project.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
