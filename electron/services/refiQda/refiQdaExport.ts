import type { Database } from 'better-sqlite3';
import JSZip from 'jszip';
import { fullCitation } from '../../../shared/citation.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import type { Consultation } from '../../../shared/domain/consultation.ts';
import { ANSWER_TYPES } from '../../../shared/domain/answerTypes.ts';
import {
  answerTypeSetName,
  SOURCE_DETAIL_VARIABLES,
  SOURCE_KIND_VARIABLE,
  sourceKindLabel,
  type SourceDetail,
} from '../../../shared/refiQda/appAttributes.ts';
import { consultationToCodes } from '../../../shared/refiQda/codebookMapping.ts';
import { codePointCounter } from '../../../shared/refiQda/positions.ts';
import { APP_ORIGIN } from '../../../shared/refiQda/refiModel.ts';
import { selectionName } from '../../../shared/refiQda/selectionNames.ts';
import {
  writeCodebookXml,
  writeProjectXml,
  type RefiCodeSetOut,
  type RefiSourceOut,
} from '../../../shared/refiQda/writeRefiXml.ts';
import type { ExportedFile } from '../exportService.ts';
import type { ProjectDetailsService } from '../projectDetailsService.ts';
import type { ConsultationService } from '../consultationService.ts';
import { listQuotes } from '../repositories/quotesRepository.ts';
import { findSource, listSources } from '../repositories/sourcesRepository.ts';
import { guidFrom, projectGuid } from './refiGuids.ts';

const ORIGIN = `${APP_ORIGIN} 0.1`;

function fileStem(name: string): string {
  return (
    name
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'Consultation'
  );
}

const DETAIL_DESCRIPTIONS: Record<SourceDetail, string> = {
  author: 'Who wrote or published the source, as its citations name them.',
  publishedOn: 'When the source was published, as YYYY-MM-DD.',
  url: 'Where the source is on the web.',
};

/** Questions with positions to choose, grouped by answer type, so an import gives them their positions again. */
function answerTypeSets(consultation: Consultation, namespace: string): RefiCodeSetOut[] {
  const questions = consultation.chapters.flatMap((c) => c.questions);
  return ANSWER_TYPES.flatMap((type) => {
    const members = questions.filter((q) => q.answerType === type);
    if (type === 'open' || members.length === 0) return [];
    return [
      {
        guid: guidFrom(namespace, 'answer-type', type),
        name: answerTypeSetName(type),
        description: 'Questions answered by choosing a position, then explaining it.',
        codeGuids: members.map((q) => guidFrom(namespace, 'question', q.id)),
      },
    ];
  });
}

/**
 * Exchange with qualitative-analysis tools (NVivo, ATLAS.ti, MAXQDA, QualCoder, Taguette) in the REFI-QDA standard:
 * the consultation as a codebook (.qdc), the whole project as a .qdpx.
 */
export function createRefiQdaExport(
  db: Database,
  consultationService: ConsultationService,
  details: ProjectDetailsService,
  now: () => Date = () => new Date(),
) {
  async function codes(namespace: string) {
    const consultation = await consultationService.getConsultation();
    const tree = consultationToCodes(consultation, (kind, id) => guidFrom(namespace, kind, id));
    if (tree.length === 0)
      throw new AppError('invalid-input', 'The consultation has no chapters or questions to export.');
    return { consultation, tree };
  }

  return {
    /** Chapters as parent codes, questions as codes with their wording as the description. */
    async buildCodebook(): Promise<ExportedFile> {
      const namespace = projectGuid(db);
      const { consultation, tree } = await codes(namespace);
      return {
        fileName: `${fileStem(consultation.title)}.qdc`,
        bytes: new TextEncoder().encode(writeCodebookXml(tree, ORIGIN, answerTypeSets(consultation, namespace))),
      };
    },

    /**
     * project.qde and sources/<guid>.txt: every source as a plain-text source (its stored text exactly), every quote
     * fragment a selection in code points, coded with the quote's questions, its note as the description.
     */
    async buildProjectArchive(): Promise<ExportedFile> {
      const namespace = projectGuid(db);
      const { consultation, tree } = await codes(namespace);
      const userGuid = guidFrom(namespace, 'user');
      const kindVariable = guidFrom(namespace, 'variable', 'source-kind');
      const sourceDetails = Object.keys(SOURCE_DETAIL_VARIABLES) as SourceDetail[];
      const detailVariable = (detail: SourceDetail) => guidFrom(namespace, 'variable', `source-${detail}`);
      const d = details.get();
      const zip = new JSZip();
      const sources: RefiSourceOut[] = [];
      for (const summary of listSources(db).sort((a, b) => a.id - b.id)) {
        const source = findSource(db, summary.id)!;
        const guid = guidFrom(namespace, 'source', source.id);
        const file = `${guid}.txt`;
        zip.file(`sources/${file}`, source.text);
        const codePoints = codePointCounter(source.text);
        const selections = listQuotes(db, { sourceId: source.id }).flatMap((quote) =>
          quote.fragments.map((fragment, i) => ({
            guid: guidFrom(namespace, 'quote', quote.id, i),
            name: selectionName(quote.id, i + 1, quote.fragments.length, fragment.text),
            start: codePoints(fragment.start),
            end: codePoints(fragment.end),
            description: quote.note,
            creationDateTime: quote.createdAt,
            codings: quote.questionIds.map((questionId) => ({
              guid: guidFrom(namespace, 'coding', quote.id, i, questionId),
              codeGuid: guidFrom(namespace, 'question', questionId),
            })),
          })),
        );
        sources.push({
          guid,
          name: source.title,
          description: fullCitation(source),
          plainTextPath: `internal://${file}`,
          creationDateTime: source.importedAt,
          selections,
          variableValues: [
            { variableGuid: kindVariable, text: sourceKindLabel(source.kind) },
            // A detail the source does not have has no value, which is how an import knows it is unset.
            ...sourceDetails.flatMap((detail) => {
              const value = source[detail];
              return value ? [{ variableGuid: detailVariable(detail), text: value }] : [];
            }),
          ],
        });
      }
      const xml = writeProjectXml({
        name: d.name,
        origin: ORIGIN,
        description: consultation.title,
        modifiedDateTime: now().toISOString(),
        user: { guid: userGuid, name: d.contactName || d.organisation || d.name },
        codes: tree,
        variables: sources.length
          ? [
              {
                guid: kindVariable,
                name: SOURCE_KIND_VARIABLE,
                description: 'What the source is: report, speech, web page…',
                type: 'Text' as const,
              },
              ...sourceDetails.map((detail) => ({
                guid: detailVariable(detail),
                name: SOURCE_DETAIL_VARIABLES[detail],
                description: DETAIL_DESCRIPTIONS[detail],
                // A date other tools can sort and filter by; the app stores it as yyyy-mm-dd, xsd:date's own form.
                type: detail === 'publishedOn' ? ('Date' as const) : ('Text' as const),
              })),
            ]
          : [],
        sources,
        sets: answerTypeSets(consultation, namespace),
      });
      zip.file('project.qde', xml);
      const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
      return { fileName: `${fileStem(d.name)}.qdpx`, bytes };
    },
  };
}
export type RefiQdaExport = ReturnType<typeof createRefiQdaExport>;
