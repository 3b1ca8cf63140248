import { basename, extname } from 'node:path';
import { SourceMetadataSchema, type SourceMetadata } from '../../../shared/domain/source.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { codesToTemplate } from '../../../shared/refiQda/codebookMapping.ts';
import { CanonicalText } from '../../../shared/refiQda/positions.ts';
import { isAppOrigin, type RefiSelection, type RefiSource } from '../../../shared/refiQda/refiModel.ts';
import type { Skipped } from '../../../shared/refiQda/refiImportReport.ts';
import { readRefiProject } from '../../../shared/refiQda/readRefiXml.ts';
import { codebookTemplate } from '../../../shared/refiQda/codebookTemplate.ts';
import type { ConsultationTemplate } from '../../../shared/templates/consultationTemplate.ts';
import { plainTextDocument } from '../../../shared/sources/plainTextDocument.ts';
import type { ExtractedDocument } from '../../../shared/sources/sourceStructure.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportFile, type ImportLimits } from '../importers/importer.ts';
import { importPdf } from '../importers/pdf/importPdf.ts';
import { metadataFor } from '../importService.ts';
import { decodeXml } from './decodeXml.ts';
import { planQuotes, type PlannedQuote } from './planQuotes.ts';
import { planNotes, unsupportedParts, withNotes } from './planNotes.ts';
import { readSourceText } from './readSourceText.ts';
import { titleOf } from './titleOf.ts';
import {
  DEFAULT_REFI_ARCHIVE_LIMITS,
  openRefiArchive,
  type RefiArchive,
  type RefiArchiveLimits,
} from './refiArchive.ts';
import { countOf } from '../../../shared/text/plural.ts';

export type PlannedSource = {
  metadata: SourceMetadata;
  doc: ExtractedDocument;
  format: 'txt' | 'pdf';
  fileName: string;
  quotes: PlannedQuote[];
};

/** Everything a new project will hold, worked out and checked before a byte of it is written. */
export type RefiImportPlan = { template: ConsultationTemplate; sources: PlannedSource[]; skipped: Skipped[] };

export type RefiImportLimits = RefiArchiveLimits & Pick<ImportLimits, 'maxTextChars'>;

type StatedSource = Extract<RefiSource, { kind: 'text' | 'pdf' }>;

const MAX_CODEBOOK_BYTES = 20 * 1024 * 1024;

function refuse(fileName: string, why: string): AppError {
  return new AppError('invalid-input', `"${fileName}" was not imported: ${why}`);
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A .qdc: its code tree as the consultation, nothing else. */
export function planCodebook(file: ImportFile): RefiImportPlan {
  if (file.bytes.length > MAX_CODEBOOK_BYTES) throw refuse(file.fileName, 'it is far larger than any codebook.');
  const title = basename(file.fileName, extname(file.fileName));
  const xml = decodeXml(file.bytes);
  return { template: codebookTemplate(file.fileName, xml, title), sources: [], skipped: [] };
}

function planText(
  sourceName: string,
  raw: string,
  selections: readonly RefiSelection[],
  questionByCode: ReadonlyMap<string, number>,
  skipped: Skipped[],
  limits: RefiImportLimits,
): { doc: ExtractedDocument; quotes: PlannedQuote[] } | null {
  if (raw.length > limits.maxTextChars) {
    skipped.push({ item: `"${sourceName}"`, reason: 'it has more text than one source can hold' });
    return null;
  }
  const canonical = new CanonicalText(raw);
  if (canonical.text.trim() === '') {
    skipped.push({ item: `"${sourceName}"`, reason: 'it has no text' });
    return null;
  }
  const quotes = planQuotes(sourceName, canonical, selections, questionByCode, skipped);
  return { doc: plainTextDocument(canonical.text), quotes };
}

const UNSUPPORTED: Record<string, string> = {
  AudioSource: 'audio',
  VideoSource: 'video',
  PictureSource: 'a picture',
};

/**
 * A .qdpx: codes become questions, plain-text and PDF sources become sources (a PDF by its plain-text representation,
 * whose selections are in it; without one, by reading the PDF itself), coded selections become quotes. Audio,
 * video, pictures, areas of PDF pages and selections whose words do not match are listed in `skipped`.
 */
export async function planProject(
  file: ImportFile,
  limits: RefiImportLimits = { ...DEFAULT_REFI_ARCHIVE_LIMITS, maxTextChars: DEFAULT_IMPORT_LIMITS.maxTextChars },
): Promise<RefiImportPlan> {
  const archive = openRefiArchive(file, limits);
  const project = readRefiProject(archive.qdeName, archive.qde);
  const used = new Set(
    project.sources.flatMap((s) =>
      s.kind === 'text'
        ? s.selections.flatMap((x) => x.codeGuids)
        : s.kind === 'pdf'
          ? (s.representation?.selections ?? []).flatMap((x) => x.codeGuids)
          : [],
    ),
  );
  const ours = isAppOrigin(project.origin);
  const title = (ours ? project.description : project.name) || basename(file.fileName, extname(file.fileName));
  const { template, questionByCode } = codesToTemplate(project.codes, {
    title,
    origin: project.origin,
    used,
    answerTypes: project.answerTypes,
  });
  const skipped: Skipped[] = [];
  const sources: PlannedSource[] = [];
  const notes = planNotes(archive, file.fileName, project);
  skipped.push(...notes.skipped, ...unsupportedParts(project.unsupported));

  for (const source of [...project.sources, ...notes.asSources]) {
    const name = source.name || 'Untitled source';
    if (source.kind === 'unsupported') {
      skipped.push({
        item: `"${name}"`,
        reason: `it is ${UNSUPPORTED[source.element] ?? 'not text'}, which cannot be quoted as text`,
      });
      continue;
    }
    if (source.sourceCodings > 0)
      skipped.push({
        item: `${countOf(source.sourceCodings, 'coding')} of the whole of "${name}"`,
        reason: 'only passages can be filed under questions',
      });
    if (source.kind === 'pdf' && source.areaSelections > 0)
      skipped.push({
        item: `${countOf(source.areaSelections, 'area')} of pages in "${name}"`,
        reason: 'an area of a page has no words to quote',
      });

    const text = source.kind === 'text' ? source.text : (source.representation?.text ?? null);
    const selections = withNotes(
      source.kind === 'text' ? source.selections : (source.representation?.selections ?? []),
      notes.comments,
    );
    let planned: { doc: ExtractedDocument; quotes: PlannedQuote[] } | null = null;
    if (source.kind === 'pdf' && !source.representation) {
      planned = await readPdf(archive, file.fileName, name, source.path, skipped);
    } else {
      const raw = readSourceText(archive, file.fileName, name, text);
      if (typeof raw !== 'string') {
        skipped.push(raw);
        continue;
      }
      planned = planText(name, raw, selections, questionByCode, skipped, limits);
    }
    if (!planned) continue;
    const format = source.kind === 'pdf' ? 'pdf' : 'txt';
    const titled = { ...planned.doc, stated: { ...planned.doc.stated, title: titleOf(name) || name } };
    // The same text twice is one source; the second's quotes are kept with the first.
    const twin = sources.find((s) => s.doc.text === planned.doc.text);
    if (twin) {
      twin.quotes.push(...planned.quotes);
      skipped.push({
        item: `"${name}"`,
        reason: `it has the same text as "${twin.metadata.title}"; its quotes are kept there`,
      });
      continue;
    }
    sources.push({
      metadata: statedMetadata(metadataFor(titled, name, format), source, ours),
      doc: planned.doc,
      format,
      fileName: name,
      quotes: planned.quotes,
    });
  }
  return { template, sources, skipped };
}

/**
 * What the file states about a source (the app's own variables: kind, author, date, web address) over what was guessed
 * from its text. A file the app wrote states everything: its title is the source's name exactly, and a detail with no
 * value is one the source did not have. Other tools' files keep the guesses for what they do not state.
 */
function statedMetadata(guessed: SourceMetadata, source: StatedSource, ours: boolean): SourceMetadata {
  const stated: Partial<SourceMetadata> = ours ? { author: null, publishedOn: null, url: null } : {};
  const claims = { ...source.details, ...(ours ? { title: source.name } : {}) };
  // Each value checked on its own: a malformed date in another tool's file leaves the rest of what it states.
  for (const [key, value] of Object.entries(claims) as [keyof SourceMetadata, string][]) {
    const checked = SourceMetadataSchema.shape[key].safeParse(value);
    if (checked.success) Object.assign(stated, { [key]: checked.data });
  }
  if (source.sourceKind) stated.kind = source.sourceKind;
  return { ...guessed, ...stated };
}

/** A PDF with no plain-text representation: its text read as any imported PDF is; its page areas cannot be quotes. */
async function readPdf(
  archive: RefiArchive,
  fileName: string,
  name: string,
  path: string | null,
  skipped: Skipped[],
): Promise<{ doc: ExtractedDocument; quotes: PlannedQuote[] } | null> {
  if (!path || !/^internal:\/\//i.test(path)) {
    skipped.push({ item: `"${name}"`, reason: 'the PDF is kept outside the .qdpx and has no text in it' });
    return null;
  }
  const bytes = archive.readInternal(path);
  if (!bytes) throw refuse(fileName, `the PDF "${name}" (${path}) is missing from it.`);
  try {
    return { doc: await importPdf({ fileName: name, bytes }, DEFAULT_IMPORT_LIMITS), quotes: [] };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    skipped.push({ item: `"${name}"`, reason: error.message });
    return null;
  }
}
