import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { fullCitation } from '../../shared/citation.ts';
import { plainTextDocument } from '../../shared/sources/plainTextDocument.ts';
import { cleanUp, draftWith, openSample } from './helpers.ts';
import { docxPart } from './docxPart.ts';

afterEach(cleanUp);

async function textOf(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

describe('citing more than one version of a source', () => {
  async function setUp() {
    const { project } = await openSample();
    const { id } = await project.sources.importDocument({
      metadata: { title: 'Funding note', author: 'DfE', publishedOn: '2024-03-25', url: null, kind: 'report' },
      doc: plainTextDocument('Funding will rise by £440 million.\n\nPlans will be published locally.'),
      format: 'txt',
      fileName: 'note.txt',
    });
    const source = await project.sources.get(id);
    const figure = await project.quotes.create({ sourceId: id, start: 0, end: 34, questionIds: [] });
    const plans = await project.quotes.create({ sourceId: id, start: 36, end: 67, questionIds: [] });
    await draftWith(project, [figure, plans]);
    const report = await project.versions.update({
      sourceId: id,
      doc: plainTextDocument('Funding will rise by £400 million.\n\nPlans will be published locally.'),
      format: 'txt',
      fileName: 'note-corrected.txt',
      dated: '2024-04-03',
    });
    if (report.status !== 'updated') throw new Error('not updated');
    return { project, source, figure, plans, updateId: report.updateId };
  }

  it('names the update in citations and references when quotes cite different versions', async () => {
    const { project, source, figure, updateId } = await setUp();
    await project.versions.decide(updateId, figure.id, 'kept');
    const { bytes } = await project.export.buildDocx({ citationStyle: 'footnotes' });
    const text = await textOf(bytes);
    const base = fullCitation(source);
    // Each quotation's footnote names the version it cites.
    const footnotes = docxPart(bytes, 'word/footnotes.xml') ?? '';
    expect(footnotes).toContain(`${base}, updated 3 April 2024`);
    expect(footnotes.replaceAll(`${base}, updated 3 April 2024`, '')).toContain(base);
    // The references list both versions: the kept quote cites the first, as it always was.
    const references = text.slice(text.lastIndexOf('References'));
    expect(references).toContain(`${base}, updated 3 April 2024`);
    expect(references.replaceAll(`${base}, updated 3 April 2024`, '')).toContain(base);
  });

  it('cites a source plainly when every quote cites the same version', async () => {
    const { project, source, figure, updateId } = await setUp();
    await project.versions.decide(updateId, figure.id, 'accepted');
    const text = await textOf((await project.export.buildDocx({})).bytes);
    expect(text).toContain(fullCitation(source));
    expect(text).not.toContain('updated 3 April 2024');
    expect(text).toContain('£400 million');
  });
});
