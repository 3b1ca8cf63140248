import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import type { DocBlock, DocumentModel, Run } from '../../../shared/draft/documentModel.ts';
import type { SourceId } from '../../../shared/ids.ts';

export type ExportCitations = {
  /** Footnote text for each cited source, e.g. "Department for Education, ‘Title’, 25 March 2024, URL". */
  footnoteFor: (sourceId: SourceId) => string;
  /** Every cited source's full citation, in the order they should be listed. */
  references: string[];
};

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const NUMBERED = 'numbered-list';
const BULLETED = 'bulleted-list';

function textRuns(runs: Run[]): TextRun[] {
  return runs.map(
    (r) =>
      new TextRun({
        text: r.text === '\n' ? '' : r.text,
        break: r.text === '\n' ? 1 : undefined,
        bold: r.bold || undefined,
        italics: r.italic || undefined,
        underline: r.underline ? {} : undefined,
      }),
  );
}

function blockParagraphs(block: DocBlock, citations: ExportCitations, listInstance: number): Paragraph[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [new Paragraph({ children: textRuns(block.runs) })];
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            // Each list is its own instance, so every numbered list starts again at 1.
            numbering: { reference: block.ordered ? NUMBERED : BULLETED, level: 0, instance: listInstance },
            children: textRuns(item),
          }),
      );
    case 'position':
      return [new Paragraph({ children: [new TextRun({ text: 'Our position: ', bold: true }), new TextRun(block.value)] })];
    case 'quote':
      // The quotation itself is verbatim; the citation travels as a real Word footnote.
      return [
        new Paragraph({
          style: 'Quote',
          children: [
            // A quotation spanning paragraphs keeps its line breaks: Word would show a raw \n as a space.
            ...`“${block.text}”`.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })),
            new FootnoteReferenceRun({ children: [new Paragraph(citations.footnoteFor(block.sourceId))] }),
          ],
        }),
      ];
  }
}

export async function writeDocx(model: DocumentModel, citations: ExportCitations): Promise<Uint8Array> {
  const body: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] })];
  if (model.subtitle) body.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(model.subtitle)] }));
  model.blocks.forEach((block, i) => body.push(...blockParagraphs(block, citations, i + 1)));
  if (citations.references.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('References')] }));
    for (const ref of citations.references) {
      body.push(new Paragraph({ numbering: { reference: NUMBERED, level: 0, instance: 0 }, children: [new TextRun(ref)] }));
    }
  }

  const doc = new Document({
    title: model.title,
    creator: 'Consultation Workbench',
    styles: {
      default: { document: { run: { font: 'Arial', size: 24, language: { value: 'en-GB' } } } },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, color: '404040' },
          paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 120 } },
        },
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 28, color: '595959' } },
      ],
    },
    numbering: {
      config: [
        { reference: NUMBERED, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] },
        { reference: BULLETED, levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START }] },
      ],
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT] })] })],
          }),
        },
        children: body,
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer);
}
