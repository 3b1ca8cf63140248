import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
} from 'docx';
import type { DocBlock, DocumentModel, Run } from '../../../shared/draft/documentModel.ts';
import type { QuoteId, SourceId } from '../../../shared/ids.ts';

export type CitationMode = 'footnotes' | 'author-date' | 'none';

export type ExportOptions = {
  /** How a quotation names its source: a Word footnote, "(Author, 2024)" in the text, or not at all. */
  citationMode: CitationMode;
  /**
   * Full citation of a source, e.g. "Department for Education, ‘Title’, 25 March 2024, URL"; the quote is given so the
   * citation can say which version of the source it cites.
   */
  fullCitation: (sourceId: SourceId, fallback: string, quoteId?: QuoteId) => string;
  /** Author-date form, e.g. "Department for Education, 2024". */
  authorDate: (sourceId: SourceId, fallback: string, quoteId?: QuoteId) => string;
  /** Every cited source's full citation, listed at the end; empty for none. */
  references: string[];
  /** Lines under the title: respondent, contact, date, publication permission. */
  titleBlock: { label: string; value: string }[];
  /** Shown in the page header (the respondent organisation). */
  headerText: string | null;
  tableOfContents: boolean;
  creator: string;
};

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;
const NUMBERED = 'numbered-list';
const BULLETED = 'bulleted-list';
// Indented, the number or bullet hanging, as Word's own lists: a long item's next lines start under its words.
const HANGING = { paragraph: { indent: { left: 720, hanging: 360 } } };

function textRun(r: Run): TextRun {
  return new TextRun({
    text: r.text === '\n' ? '' : r.text,
    break: r.text === '\n' ? 1 : undefined,
    bold: r.bold || undefined,
    italics: r.italic || undefined,
    underline: r.underline || r.link ? {} : undefined,
    color: r.link ? '1D4F91' : undefined,
  });
}

/** Runs as Word runs; the words of a web link become a real hyperlink. */
function textRuns(runs: Run[]): (TextRun | ExternalHyperlink)[] {
  const out: (TextRun | ExternalHyperlink)[] = [];
  for (let i = 0; i < runs.length;) {
    const link = runs[i]!.link;
    if (!link) {
      out.push(textRun(runs[i]!));
      i++;
      continue;
    }
    const group: Run[] = [];
    while (i < runs.length && runs[i]!.link === link) group.push(runs[i++]!);
    out.push(new ExternalHyperlink({ link, children: group.map(textRun) }));
  }
  return out;
}

function quoteParagraph(block: Extract<DocBlock, { kind: 'quote' }>, options: ExportOptions): Paragraph {
  // A quotation spanning paragraphs keeps its line breaks: Word would show a raw \n as a space.
  const runs: (TextRun | FootnoteReferenceRun)[] = `“${block.text}”`
    .split('\n')
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));
  if (options.citationMode === 'footnotes') {
    runs.push(
      new FootnoteReferenceRun({
        // A space after the footnote's number, as Word puts one: "¹ Department…", not "¹Department…".
        children: [
          new Paragraph({
            children: [
              new TextRun(' '),
              new TextRun(options.fullCitation(block.sourceId, block.citation, block.quoteId)),
            ],
          }),
        ],
      }),
    );
  } else if (options.citationMode === 'author-date') {
    runs.push(
      new TextRun({ text: ` (${options.authorDate(block.sourceId, block.citation, block.quoteId)})`, italics: false }),
    );
  }
  return new Paragraph({ style: 'Quote', children: runs });
}

function blockParagraphs(block: DocBlock, options: ExportOptions, listInstance: number): Paragraph[] {
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
      return [
        new Paragraph({ children: [new TextRun({ text: 'Our position: ', bold: true }), new TextRun(block.value)] }),
      ];
    case 'quote':
      return [quoteParagraph(block, options)];
    case 'note':
      return [new Paragraph({ style: 'SourceNote', children: [new TextRun(block.text)] })];
  }
}

export async function writeDocx(model: DocumentModel, options: ExportOptions): Promise<Uint8Array> {
  const head: (Paragraph | TableOfContents)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
  ];
  if (model.subtitle) head.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(model.subtitle)] }));
  for (const line of options.titleBlock) {
    const label = /[?:]$/.test(line.label) ? `${line.label} ` : `${line.label}: `;
    head.push(
      new Paragraph({
        spacing: { after: 60 },
        children: [new TextRun({ text: label, bold: true }), new TextRun(line.value)],
      }),
    );
  }
  if (options.tableOfContents)
    head.push(new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3' }));
  const body: Paragraph[] = [];
  model.blocks.forEach((block, i) => body.push(...blockParagraphs(block, options, i + 1)));
  if (options.references.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('References')] }));
    for (const ref of options.references) {
      body.push(
        new Paragraph({ numbering: { reference: NUMBERED, level: 0, instance: 0 }, children: [new TextRun(ref)] }),
      );
    }
  }

  const doc = new Document({
    title: model.title,
    creator: options.creator,
    description: model.subtitle ?? undefined,
    // Word fills in the table of contents when the file is opened.
    features: { updateFields: options.tableOfContents },
    styles: {
      // Real heading styles with room around them: Word's navigation pane and contents use them.
      default: {
        document: {
          run: { font: 'Arial', size: 24, language: { value: 'en-GB' } },
          paragraph: { spacing: { after: 160, line: 276 } },
        },
        title: { run: { font: 'Arial', size: 52, color: '1F3864' }, paragraph: { spacing: { after: 120 } } },
        heading1: {
          run: { font: 'Arial', size: 34, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: 'Arial', size: 30, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 320, after: 120 }, keepNext: true },
        },
        heading3: {
          run: { font: 'Arial', size: 26, bold: true, color: '2F5496' },
          paragraph: { spacing: { before: 240, after: 100 }, keepNext: true },
        },
        heading4: {
          run: { font: 'Arial', size: 24, bold: true, color: '2F5496' },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
        },
      },
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
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 28, color: '595959' },
        },
        {
          id: 'SourceNote',
          name: 'Source note',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 20, color: '505050' },
          paragraph: { indent: { left: 720 }, spacing: { after: 200 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: HANGING },
          ],
        },
        {
          reference: BULLETED,
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START, style: HANGING }],
        },
      ],
    },
    sections: [
      {
        headers: options.headerText
          ? {
              default: new Header({
                children: [
                  new Paragraph({
                    alignment: AlignmentType.RIGHT,
                    children: [new TextRun({ text: options.headerText, color: '595959' })],
                  }),
                ],
              }),
            }
          : undefined,
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: [...head, ...body],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
