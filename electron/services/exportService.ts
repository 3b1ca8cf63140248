import type { Database } from 'better-sqlite3';
import type { QuoteId, SourceId } from '../../shared/ids.ts';
import type { SourceSummary } from '../../shared/domain/source.ts';
import { chapterLabel, questionLabel } from '../../shared/domain/consultationLabels.ts';
import { quoteText } from '../../shared/domain/quoteText.ts';
import { formatLongDate, fullCitation, versionedCitation } from '../../shared/citation.ts';
import { findVersion } from './repositories/sourceVersionsRepository.ts';
import { authorDateCitation } from '../../shared/citationForms.ts';
import { toCsv } from '../../shared/csv.ts';
import { draftToDocument, type DocBlock } from '../../shared/draft/documentModel.ts';
import { initialDraftState, questionTitleText } from '../../shared/draft/initialDraft.ts';
import { sendable, type UnansweredChoice } from '../../shared/draft/sendable.ts';
import type { DraftsService } from './draftsService.ts';
import type { ConsultationService } from './consultationService.ts';
import type { ProjectDetailsService } from './projectDetailsService.ts';
import type { FormSettingsService } from './formSettingsService.ts';
import { findSourcesByIds, listSources } from './repositories/sourcesRepository.ts';
import { listQuotes } from './repositories/quotesRepository.ts';
import { listSourceBlocks } from './repositories/sourceBlocksRepository.ts';
import { pageAt } from '../../shared/sources/sourceStructure.ts';
import { writeDocx, type ExportOptions } from './export/docxWriter.ts';
import { templateToCsv } from '../../shared/templates/templateCsv.ts';

export type ExportedFile = { fileName: string; bytes: Uint8Array };

function safeFileName(name: string, extension: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${cleaned || 'Consultation response'}.${extension}`;
}

const PUBLISH_LABELS = { yes: 'Yes', no: 'No, please do not publish this response', 'not-said': '' } as const;

export function createExportService(
  db: Database,
  drafts: DraftsService,
  consultationService: ConsultationService,
  details: ProjectDetailsService,
  formSettings: FormSettingsService,
) {
  function sourcesById(ids: readonly SourceId[]): Map<number, SourceSummary> {
    return new Map(findSourcesByIds(db, ids).map((s) => [s.id, s]));
  }

  /**
   * Says which version of a source each quotation cites, where the response quotes more than one version of it
   * (a quote kept from the first version beside one accepted from an update): "…, updated 3 April 2024".
   */
  function citedVersions(blocks: readonly { sourceId: SourceId; quoteId: QuoteId }[]) {
    const quotes = new Map(listQuotes(db, { ids: blocks.map((b) => b.quoteId) }).map((q) => [q.id as number, q]));
    const versionsBySource = new Map<number, Set<number>>();
    for (const b of blocks) {
      const q = quotes.get(b.quoteId);
      if (!q) continue;
      versionsBySource.set(b.sourceId, (versionsBySource.get(b.sourceId) ?? new Set()).add(q.sourceVersion));
    }
    return (sourceId: SourceId, quoteId: QuoteId | undefined, citation: string): string => {
      const q = quoteId === undefined ? undefined : quotes.get(quoteId);
      if (!q || (versionsBySource.get(sourceId)?.size ?? 0) < 2) return citation;
      return versionedCitation(citation, {
        version: q.sourceVersion,
        dated: findVersion(db, sourceId, q.sourceVersion)?.dated ?? null,
      });
    };
  }

  function titleBlock(): ExportOptions['titleBlock'] {
    const d = details.get();
    const lines = [
      { label: 'Response from', value: d.organisation },
      { label: 'Contact', value: [d.contactName, d.contactEmail].filter(Boolean).join(', ') },
      { label: 'Date', value: d.responseDate ? formatLongDate(d.responseDate) : '' },
      { label: 'May this response be published?', value: PUBLISH_LABELS[d.mayPublish] },
    ];
    return lines.filter((l) => l.value !== '');
  }

  return {
    /**
     * The response as a Word document, fit to send: the saved draft without the writer's notes or empty parts, each
     * quotation cited as the project's settings say, and unanswered questions left out or marked as the project last
     * chose (a choice given here is remembered). The full answers go to Word; short versions are for the online form.
     */
    async buildDocx(
      overrides: { citationStyle?: 'footnotes' | 'author-date'; unanswered?: UnansweredChoice } = {},
    ): Promise<ExportedFile> {
      const consultation = await consultationService.getConsultation();
      const draft = await drafts.get();
      const d = details.get();
      const drafted = draftToDocument(draft.content ?? initialDraftState(consultation), d.name, consultation.title);
      if (overrides.unanswered) formSettings.setUnansweredChoice(overrides.unanswered);
      const skipped = new Set((await formSettings.list()).filter((s) => s.skipped).map((s) => s.questionId as number));
      const model = { ...drafted, blocks: sendable(drafted.blocks, formSettings.unansweredChoice(), skipped) };
      const quoteBlocks = model.blocks.flatMap((b) => (b.kind === 'quote' ? [b] : []));
      const cited = [...new Set(quoteBlocks.map((b) => b.sourceId))];
      const sources = sourcesById(cited);
      const versionOf = citedVersions(quoteBlocks);
      const full = (id: SourceId, fallback: string, quoteId?: QuoteId) => {
        const s = sources.get(id);
        return s ? versionOf(id, quoteId, fullCitation(s)) : fallback;
      };
      const bytes = await writeDocx(model, {
        citationMode: overrides.citationStyle ?? d.citationStyle,
        fullCitation: full,
        authorDate: (id, fallback, quoteId) => {
          const s = sources.get(id);
          return s ? versionOf(id, quoteId, authorDateCitation(s)) : fallback;
        },
        references: [...new Set(quoteBlocks.map((b) => full(b.sourceId, '', b.quoteId)).filter(Boolean))],
        titleBlock: titleBlock(),
        headerText: d.organisation || null,
        tableOfContents: d.tableOfContents,
        creator: d.organisation || 'Consultation Workbench',
      });
      return { fileName: safeFileName(d.name, 'docx'), bytes };
    },

    /** Every quote grouped by question, each with its full citation and page: the evidence behind the response. */
    async buildEvidencePack(): Promise<ExportedFile> {
      const consultation = await consultationService.getConsultation();
      const d = details.get();
      const quotes = listQuotes(db);
      const sources = sourcesById([...new Set(quotes.map((q) => q.sourceId))]);
      const blocksOf = new Map<number, ReturnType<typeof listSourceBlocks>>();
      const citationWithPage = (q: (typeof quotes)[number]) => {
        const source = sources.get(q.sourceId);
        if (!blocksOf.has(q.sourceId)) blocksOf.set(q.sourceId, listSourceBlocks(db, q.sourceId));
        const page = q.fragments[0]?.page ?? pageAt(blocksOf.get(q.sourceId) ?? [], q.fragments[0]?.start ?? 0);
        const base = source ? fullCitation(source) : 'Unknown source';
        return page ? `${base}, page ${page}` : base;
      };
      const blocks: DocBlock[] = [];
      const quoteBlocks = (list: typeof quotes): DocBlock[] =>
        list.flatMap((q) => [
          { kind: 'quote', quoteId: q.id, sourceId: q.sourceId, text: quoteText(q), citation: '' } as DocBlock,
          { kind: 'note', text: q.note ? `${citationWithPage(q)}. Note: ${q.note}` : citationWithPage(q) } as DocBlock,
        ]);
      for (const chapter of consultation.chapters) {
        const withQuotes = chapter.questions.filter((qn) => quotes.some((q) => q.questionIds.includes(qn.id)));
        if (withQuotes.length === 0) continue;
        blocks.push({ kind: 'heading', level: 1, text: chapterLabel(chapter) });
        for (const question of withQuotes) {
          blocks.push({ kind: 'heading', level: 2, text: questionTitleText(question) });
          blocks.push(...quoteBlocks(quotes.filter((q) => q.questionIds.includes(question.id))));
        }
      }
      const unfiled = quotes.filter((q) => q.questionIds.length === 0);
      if (unfiled.length) {
        blocks.push({ kind: 'heading', level: 1, text: 'Not yet filed under a question' }, ...quoteBlocks(unfiled));
      }
      if (quotes.length === 0)
        blocks.push({
          kind: 'paragraph',
          runs: [{ text: 'No quotes have been pulled yet.', bold: false, italic: false, underline: false }],
        });
      const bytes = await writeDocx(
        { title: `Evidence pack: ${d.name}`, subtitle: consultation.title, blocks },
        {
          citationMode: 'none',
          fullCitation: (_id, fallback) => fallback,
          authorDate: (_id, fallback) => fallback,
          references: [],
          titleBlock: titleBlock().filter((l) => l.label === 'Response from'),
          headerText: d.organisation || null,
          tableOfContents: false,
          creator: d.organisation || 'Consultation Workbench',
        },
      );
      return { fileName: safeFileName(`${d.name} - evidence pack`, 'docx'), bytes };
    },

    /** All quotes as a spreadsheet, one row each, with the questions they support and their full source details. */
    async buildQuotesCsv(): Promise<ExportedFile> {
      const consultation = await consultationService.getConsultation();
      const labels = new Map(
        consultation.chapters.flatMap((c) => c.questions).map((q) => [q.id as number, questionLabel(q)]),
      );
      const quotes = listQuotes(db);
      const sources = new Map(listSources(db).map((s) => [s.id as number, s]));
      const rows: (string | number | null)[][] = [
        [
          'Quote',
          'Questions',
          'Text',
          'Source',
          'Author',
          'Date',
          'Web address',
          'Page',
          'Start',
          'End',
          'Note',
          'Pulled at',
        ],
        ...quotes.map((q) => {
          const s = sources.get(q.sourceId);
          return [
            q.id,
            q.questionIds
              .map((id) => labels.get(id) ?? '')
              .filter(Boolean)
              .join('; '),
            quoteText(q),
            s?.title ?? '',
            s?.author ?? '',
            s?.publishedOn ?? '',
            s?.url ?? '',
            q.fragments[0]?.page ?? null,
            q.fragments[0]?.start ?? null,
            q.fragments.at(-1)?.end ?? null,
            q.note,
            q.createdAt,
          ];
        }),
      ];
      return {
        fileName: safeFileName(`${details.get().name} - quotes`, 'csv'),
        bytes: new TextEncoder().encode(toCsv(rows)),
      };
    },

    /** The consultation's chapters and questions, as JSON or CSV, to edit elsewhere or start another project from. */
    async buildConsultationFile(format: 'json' | 'csv'): Promise<ExportedFile> {
      const template = await consultationService.exportTemplate();
      const text = format === 'csv' ? templateToCsv(template) : `${JSON.stringify(template, null, 2)}\n`;
      return { fileName: safeFileName(`${template.title} (questions)`, format), bytes: new TextEncoder().encode(text) };
    },
  };
}
export type ExportService = ReturnType<typeof createExportService>;
