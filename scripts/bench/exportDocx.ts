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
import { percentile, since, type Figure, type Measurement } from './figures.ts';

async function medianMs(times: number, work: () => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await work();
    ms.push(since(t0));
  }
  return percentile(ms, 50);
}

/** The docx library packing the same text as bare paragraphs: what any .docx writer pays for these words. */
async function plainDocxMs(paragraphs: string[], times: number): Promise<number> {
  return medianMs(times, () =>
    Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] })),
  );
}

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
        const response = await project.export.buildDocx({ citationStyle: 'footnotes' });
        const responseMs = await medianMs(times, () => project.export.buildDocx({ citationStyle: 'footnotes' }));
        const pack = await project.export.buildEvidencePack();
        const packMs = await medianMs(times, () => project.export.buildEvidencePack());
        const [responseFloor, packFloor] = [
          await plainDocxMs(await documentText(response.bytes), times),
          await plainDocxMs(await documentText(pack.bytes), times),
        ];
        const figures: Figure[] = [
          {
            name: `response to .docx (${paragraphs} paragraphs, ${quotes} quotations)`,
            value: responseMs / 1000,
            unit: 's',
            against: { name: 'docx library, same words', value: responseFloor / 1000 },
            target: { text: '< 2 s', met: responseMs < 2000 },
          },
          {
            name: `evidence pack (${quotes} quotations)`,
            value: packMs / 1000,
            unit: 's',
            against: { name: 'docx library, same words', value: packFloor / 1000 },
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
