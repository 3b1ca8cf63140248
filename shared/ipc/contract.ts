import { MAX_DRAFT_FILE_BYTES, MAX_IMPORT_BYTES } from './limits.ts';
import { z } from 'zod';
import { CHANNELS, type Method } from './channels.ts';
import type { IpcResult } from './result.ts';
import {
  ChapterIdSchema,
  QuestionIdSchema,
  QuoteIdSchema,
  SourceIdSchema,
  type QuestionId,
  type SourceId,
} from '../ids.ts';
import { ResponseDetailsSchema, type ProjectInfo } from '../domain/project.ts';
import { SourceMetadataSchema, type Source, type SourceSummary } from '../domain/source.ts';
import { DeletedSourceSchema, type DeletedSource } from '../domain/deletedSource.ts';
import { SearchRequestSchema, type SearchResults } from '../domain/search.ts';
import {
  ReviewDecisionSchema,
  type ReviewItem,
  type SourceUpdateReport,
  type SourceVersionSummary,
  type SourceVersionText,
} from '../domain/sourceVersion.ts';
import type { DiffPassage } from '../sources/versionDiff.ts';
import type { UnmatchedPart } from '../draftImport/matchQuestions.ts';
import { QuoteSchema, type Quote, type QuoteMismatch } from '../domain/quote.ts';
import { AnswerTypeSchema, ConsultationDetailsSchema, type Consultation } from '../domain/consultation.ts';
import { SHELL_START } from '../draft/draftBlocks.ts';
import type { FormAnswer, FormSettings } from '../form/formAnswers.ts';
import type { ReadinessReport } from '../readiness/readiness.ts';
import { FORM_MAX_CHARACTERS } from '../form/formCounts.ts';
import type { SnippetPart } from '../search/ftsQuery.ts';
import type { RefiImportReport } from '../refiQda/refiImportReport.ts';
import {
  RemovedQuestionSchema,
  type RemovedQuestion,
  StoredConsultationItemSchema,
  type StoredConsultationItem,
  ConsultationSnapshotSchema,
  type ReplacedConsultation,
  type TemplateSummary,
} from '../domain/consultationSnapshot.ts';

/** Phantom marker: carries a channel's result type without any runtime value. */
function returns<T>(): T {
  return undefined as T;
}

const NoInput = z.object({}).strict();

const ChapterTitle = z.string().trim().min(1).max(500);

/** Where a replacement consultation comes from: one shipped with the app (or blank), or a file the user chose. */
export const ConsultationOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('template'), id: z.string().regex(/^[a-z0-9-]{1,80}$/) }).strict(),
  z
    .object({ kind: z.literal('file'), fileName: z.string().min(1).max(500), text: z.string().min(1).max(5_000_000) })
    .strict(),
]);

/** A saved Lexical editor state; large answers are fine, a runaway payload is not. */
export const MAX_DRAFT_CHARS = 20_000_000;

export type ImportResult = { source: SourceSummary; format: string };

export type Draft = { content: string | null; updatedAt: string | null };

/** What a save gives back: when it was stored, and the revision the next changes are made to. */
export type SavedDraft = { updatedAt: string; revision: string };

export type DraftVersion = { id: number; name: string; createdAt: string };

/** A question's settings for the online form. */
export type QuestionFormSettings = FormSettings & { questionId: QuestionId };

/** A change to a question's form settings, with what they were, so it can be undone by setting them back. */
export type FormSettingsChange = { previous: QuestionFormSettings; settings: QuestionFormSettings };

/** The longest short version kept: a few times the form's own cap, so a long paste is saved, then flagged. */
export const MAX_SHORT_VERSION_CHARS = 4 * FORM_MAX_CHARACTERS;

const UnansweredChoiceSchema = z.enum(['omit', 'mark']);

/** What importing a draft did: which questions got an answer, what did not match, and what was already written. */
export type DraftImportReport = {
  imported: boolean;
  /** Questions given an answer, as "Question 5". */
  matched: string[];
  /** Parts of the file that match no question: described for the user, with their text to copy by hand. */
  unmatched: UnmatchedPart[];
  /** Questions whose answer in the draft already has writing; any conflict stops the import unless overwriting. */
  conflicts: string[];
  /** The version of the draft kept before the import, to go back to. */
  keptAs: DraftVersion | null;
  /** The draft after the import, for the editor to load. */
  content: string | null;
};

export type ExportResult =
  | { status: 'saved'; path: string }
  | { status: 'cancelled' }
  | { status: 'download'; fileName: string; base64: string };

/** A new project made from a REFI-QDA file: where it was saved and what it holds, or nothing if the user cancelled. */
export type NewProjectFromRefiQdaResult =
  { status: 'created'; path: string; report: RefiImportReport } | { status: 'cancelled' };

export const contract = {
  getProject: { channel: CHANNELS.getProject, input: NoInput, output: returns<ProjectInfo>() },
  updateProject: {
    channel: CHANNELS.updateProject,
    input: z.object({ details: ResponseDetailsSchema }).strict(),
    output: returns<ProjectInfo>(),
  },
  /** Every source, newest first; or a page of that list (`offset`, `limit`), or the ones with these `ids`. */
  listSources: {
    channel: CHANNELS.listSources,
    input: z
      .object({
        ids: z.array(SourceIdSchema).max(10_000).optional(),
        offset: z.number().int().nonnegative().optional(),
        limit: z.number().int().positive().max(10_000).optional(),
      })
      .strict(),
    output: returns<SourceSummary[]>(),
  },
  getSource: {
    channel: CHANNELS.getSource,
    input: z.object({ id: SourceIdSchema }).strict(),
    output: returns<Source>(),
  },
  importSource: {
    channel: CHANNELS.importSource,
    input: z
      .object({
        fileName: z.string().trim().min(1).max(1000),
        // 1 byte over the limit still arrives, so the importer can say the file is too large in words.
        bytes: z
          .instanceof(Uint8Array)
          .refine((b) => b.length <= MAX_IMPORT_BYTES + 1, 'The file is too large to import.'),
      })
      .strict(),
    output: returns<ImportResult>(),
  },
  /** The user is choosing files to import: readers that are slow to start (PDF) get ready meanwhile. */
  prepareImport: { channel: CHANNELS.prepareImport, input: NoInput, output: returns<null>() },
  updateSource: {
    channel: CHANNELS.updateSource,
    input: z.object({ id: SourceIdSchema, metadata: SourceMetadataSchema.strict() }).strict(),
    output: returns<SourceSummary>(),
  },
  deleteSource: {
    channel: CHANNELS.deleteSource,
    input: z.object({ id: SourceIdSchema }).strict(),
    output: returns<DeletedSource>(),
  },
  restoreSource: {
    channel: CHANNELS.restoreSource,
    input: z.object({ deleted: DeletedSourceSchema }).strict(),
    output: returns<SourceSummary>(),
  },
  /** A new file for an existing source: it becomes the current version and every quote is re-anchored onto it. */
  updateSourceVersion: {
    channel: CHANNELS.updateSourceVersion,
    input: z
      .object({
        id: SourceIdSchema,
        fileName: z.string().trim().min(1).max(1000),
        bytes: z
          .instanceof(Uint8Array)
          .refine((b) => b.length <= MAX_IMPORT_BYTES + 1, 'The file is too large to import.'),
        // Given only after the user confirmed that a file with almost nothing in common is the new version.
        force: z.boolean().optional(),
      })
      .strict(),
    output: returns<SourceUpdateReport>(),
  },
  listSourceVersions: {
    channel: CHANNELS.listSourceVersions,
    input: z.object({ id: SourceIdSchema }).strict(),
    output: returns<SourceVersionSummary[]>(),
  },
  getSourceVersionText: {
    channel: CHANNELS.getSourceVersionText,
    input: z.object({ id: SourceIdSchema, version: z.number().int().positive() }).strict(),
    output: returns<string>(),
  },
  /** An earlier version as the reader shows it, for a quote that still cites it. */
  getSourceVersion: {
    channel: CHANNELS.getSourceVersion,
    input: z.object({ id: SourceIdSchema, version: z.number().int().positive() }).strict(),
    output: returns<SourceVersionText>(),
  },
  diffSourceVersions: {
    channel: CHANNELS.diffSourceVersions,
    input: z
      .object({ id: SourceIdSchema, from: z.number().int().positive(), to: z.number().int().positive() })
      .strict(),
    output: returns<DiffPassage[]>(),
  },
  listQuoteReviews: {
    channel: CHANNELS.listQuoteReviews,
    input: z.object({ sourceId: SourceIdSchema.optional(), pendingOnly: z.boolean().optional() }).strict(),
    output: returns<ReviewItem[]>(),
  },
  decideQuoteReview: {
    channel: CHANNELS.decideQuoteReview,
    input: z
      .object({ updateId: z.number().int().positive(), quoteId: QuoteIdSchema, decision: ReviewDecisionSchema })
      .strict(),
    output: returns<{ draftChanged: boolean }>(),
  },
  undoQuoteReview: {
    channel: CHANNELS.undoQuoteReview,
    input: z.object({ updateId: z.number().int().positive(), quoteId: QuoteIdSchema }).strict(),
    output: returns<{ draftChanged: boolean }>(),
  },
  undoSourceUpdate: {
    channel: CHANNELS.undoSourceUpdate,
    input: z.object({ updateId: z.number().int().positive() }).strict(),
    output: returns<{ draftChanged: boolean; sourceId: SourceId; version: number }>(),
  },
  searchSources: { channel: CHANNELS.searchSources, input: SearchRequestSchema, output: returns<SearchResults>() },
  getConsultation: { channel: CHANNELS.getConsultation, input: NoInput, output: returns<Consultation>() },
  setQuestionWording: {
    channel: CHANNELS.setQuestionWording,
    input: z.object({ id: QuestionIdSchema, title: z.string().trim().min(1).max(2000) }).strict(),
    output: returns<Consultation>(),
  },
  addQuestion: {
    channel: CHANNELS.addQuestion,
    input: z
      .object({ chapterId: ChapterIdSchema, title: z.string().trim().min(1).max(2000), answerType: AnswerTypeSchema })
      .strict(),
    output: returns<Consultation>(),
  },
  moveQuestion: {
    channel: CHANNELS.moveQuestion,
    input: z.object({ id: QuestionIdSchema, direction: z.enum(['up', 'down']) }).strict(),
    output: returns<Consultation>(),
  },
  setAnswerType: {
    channel: CHANNELS.setAnswerType,
    input: z
      .object({
        id: QuestionIdSchema,
        answerType: AnswerTypeSchema,
        wordLimit: z.number().int().positive().max(100_000).nullable(),
      })
      .strict(),
    output: returns<Consultation>(),
  },
  removeQuestion: {
    channel: CHANNELS.removeQuestion,
    input: z.object({ id: QuestionIdSchema }).strict(),
    output: returns<RemovedQuestion>(),
  },
  restoreQuestion: {
    channel: CHANNELS.restoreQuestion,
    input: z.object({ removed: RemovedQuestionSchema }).strict(),
    output: returns<Consultation>(),
  },
  setConsultationDetails: {
    channel: CHANNELS.setConsultationDetails,
    input: z.object({ details: ConsultationDetailsSchema }).strict(),
    output: returns<Consultation>(),
  },
  placeQuestion: {
    channel: CHANNELS.placeQuestion,
    input: z
      .object({ id: QuestionIdSchema, chapterId: ChapterIdSchema, index: z.number().int().nonnegative().max(100_000) })
      .strict(),
    output: returns<Consultation>(),
  },
  addChapter: {
    channel: CHANNELS.addChapter,
    input: z.object({ title: ChapterTitle }).strict(),
    output: returns<Consultation>(),
  },
  renameChapter: {
    channel: CHANNELS.renameChapter,
    input: z.object({ id: ChapterIdSchema, title: ChapterTitle }).strict(),
    output: returns<Consultation>(),
  },
  removeChapter: {
    channel: CHANNELS.removeChapter,
    input: z.object({ id: ChapterIdSchema }).strict(),
    output: returns<{ removed: StoredConsultationItem; consultation: Consultation }>(),
  },
  restoreChapter: {
    channel: CHANNELS.restoreChapter,
    input: z.object({ chapter: StoredConsultationItemSchema }).strict(),
    output: returns<Consultation>(),
  },
  listTemplates: { channel: CHANNELS.listTemplates, input: NoInput, output: returns<TemplateSummary[]>() },
  replaceConsultation: {
    channel: CHANNELS.replaceConsultation,
    input: z.object({ origin: ConsultationOriginSchema }).strict(),
    output: returns<ReplacedConsultation>(),
  },
  restoreConsultation: {
    channel: CHANNELS.restoreConsultation,
    input: z.object({ previous: ConsultationSnapshotSchema }).strict(),
    output: returns<Consultation>(),
  },
  exportConsultation: {
    channel: CHANNELS.exportConsultation,
    input: z.object({ format: z.enum(['json', 'csv']) }).strict(),
    output: returns<ExportResult>(),
  },
  setQuoteNote: {
    channel: CHANNELS.setQuoteNote,
    input: z.object({ id: QuoteIdSchema, note: z.string().max(20_000) }).strict(),
    output: returns<Quote>(),
  },
  createQuote: {
    channel: CHANNELS.createQuote,
    input: z
      .object({
        sourceId: SourceIdSchema,
        start: z.number().int().nonnegative(),
        end: z.number().int().positive(),
        questionIds: z.array(QuestionIdSchema).max(200),
      })
      .strict()
      .refine((q) => q.end > q.start, { message: 'A quote must end after it starts', path: ['end'] }),
    output: returns<Quote>(),
  },
  listQuotes: {
    channel: CHANNELS.listQuotes,
    input: z
      .object({
        sourceId: SourceIdSchema.optional(),
        questionId: QuestionIdSchema.optional(),
        ids: z.array(QuoteIdSchema).max(10_000).optional(),
        // A page at a time, in id order: the quotes after `afterId`, at most `limit` of them.
        afterId: QuoteIdSchema.optional(),
        limit: z.number().int().positive().max(10_000).optional(),
      })
      .strict(),
    output: returns<Quote[]>(),
  },
  suggestQuestions: {
    channel: CHANNELS.suggestQuestions,
    input: z.object({ text: z.string().max(100_000), limit: z.number().int().positive().max(22).optional() }).strict(),
    output: returns<{ questionId: QuestionId; score: number }[]>(),
  },
  setQuoteQuestions: {
    channel: CHANNELS.setQuoteQuestions,
    input: z.object({ id: QuoteIdSchema, questionIds: z.array(QuestionIdSchema).max(200) }).strict(),
    output: returns<Quote>(),
  },
  addQuoteFragment: {
    channel: CHANNELS.addQuoteFragment,
    input: z
      .object({ id: QuoteIdSchema, start: z.number().int().nonnegative(), end: z.number().int().positive() })
      .strict()
      .refine((q) => q.end > q.start, { message: 'A passage must end after it starts', path: ['end'] }),
    output: returns<Quote>(),
  },
  deleteQuote: {
    channel: CHANNELS.deleteQuote,
    input: z.object({ id: QuoteIdSchema }).strict(),
    output: returns<Quote>(),
  },
  restoreQuote: {
    channel: CHANNELS.restoreQuote,
    input: z.object({ quote: QuoteSchema.strict() }).strict(),
    output: returns<Quote>(),
  },
  checkQuotes: { channel: CHANNELS.checkQuotes, input: NoInput, output: returns<QuoteMismatch[]>() },
  getDraft: { channel: CHANNELS.getDraft, input: NoInput, output: returns<Draft>() },
  /** Autosave: the blocks changed since the save with revision `base`; with no base, every block. */
  saveDraftChanges: {
    channel: CHANNELS.saveDraftChanges,
    input: z
      .object({
        // The path of the project the page was showing when the writer typed: a save that reaches another
        // project (a late flush from the page of the project just closed) is refused, never applied.
        project: z.string().min(1).max(4096),
        base: z.string().min(1).max(100).nullable(),
        shell: z.string().startsWith(SHELL_START).max(100_000),
        blocks: z
          .array(
            z.union([
              z.string().min(2).max(MAX_DRAFT_CHARS),
              z.tuple([z.number().int().min(0), z.number().int().min(1)]),
            ]),
          )
          .max(1_000_000)
          .refine(
            (blocks) =>
              blocks.reduce((chars, b) => chars + (typeof b === 'string' ? b.length : 0), 0) <= MAX_DRAFT_CHARS,
            'The draft is too long.',
          ),
      })
      .strict(),
    output: returns<SavedDraft>(),
  },
  importDraft: {
    channel: CHANNELS.importDraft,
    input: z
      .object({
        fileName: z.string().trim().min(1).max(1000),
        // 1 byte over the limit still arrives, so the reader can say the file is too large in words.
        bytes: z
          .instanceof(Uint8Array)
          .refine((b) => b.length <= MAX_DRAFT_FILE_BYTES + 1, 'The file is too large to import as a draft.'),
        overwrite: z.boolean(),
      })
      .strict(),
    output: returns<DraftImportReport>(),
  },
  listDraftVersions: { channel: CHANNELS.listDraftVersions, input: NoInput, output: returns<DraftVersion[]>() },
  createDraftVersion: {
    channel: CHANNELS.createDraftVersion,
    input: z.object({ name: z.string().trim().min(1).max(200) }).strict(),
    output: returns<DraftVersion>(),
  },
  restoreDraftVersion: {
    channel: CHANNELS.restoreDraftVersion,
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: returns<{ content: string; updatedAt: string }>(),
  },
  exportDocx: {
    channel: CHANNELS.exportDocx,
    // Unanswered questions are left out of the response unless the user asks for them to be marked.
    input: z.object({ unanswered: z.enum(['omit', 'mark']).optional() }).strict(),
    output: returns<ExportResult>(),
  },
  exportEvidencePack: { channel: CHANNELS.exportEvidencePack, input: NoInput, output: returns<ExportResult>() },
  exportQuotesCsv: { channel: CHANNELS.exportQuotesCsv, input: NoInput, output: returns<ExportResult>() },
  /** What to put right before sending, question by question and for the response, as of today. */
  checkReadiness: { channel: CHANNELS.checkReadiness, input: NoInput, output: returns<ReadinessReport>() },
  getUnansweredChoice: {
    channel: CHANNELS.getUnansweredChoice,
    input: NoInput,
    output: returns<z.infer<typeof UnansweredChoiceSchema>>(),
  },
  setUnansweredChoice: {
    channel: CHANNELS.setUnansweredChoice,
    input: z.object({ unanswered: UnansweredChoiceSchema }).strict(),
    output: returns<z.infer<typeof UnansweredChoiceSchema>>(),
  },
  listFormAnswers: { channel: CHANNELS.listFormAnswers, input: NoInput, output: returns<FormAnswer[]>() },
  getFullFormText: {
    channel: CHANNELS.getFullFormText,
    input: z.object({ questionId: QuestionIdSchema }).strict(),
    output: returns<string>(),
  },
  listFormSettings: { channel: CHANNELS.listFormSettings, input: NoInput, output: returns<QuestionFormSettings[]>() },
  setQuestionSkipped: {
    channel: CHANNELS.setQuestionSkipped,
    input: z.object({ questionId: QuestionIdSchema, skipped: z.boolean() }).strict(),
    output: returns<FormSettingsChange>(),
  },
  setShortVersion: {
    channel: CHANNELS.setShortVersion,
    input: z.object({ questionId: QuestionIdSchema, text: z.string().max(MAX_SHORT_VERSION_CHARS) }).strict(),
    output: returns<FormSettingsChange>(),
  },
  setCharacterLimit: {
    channel: CHANNELS.setCharacterLimit,
    input: z
      .object({
        questionId: QuestionIdSchema,
        characterLimit: z.number().int().positive().max(FORM_MAX_CHARACTERS).nullable(),
      })
      .strict(),
    output: returns<FormSettingsChange>(),
  },
  searchShortVersions: {
    channel: CHANNELS.searchShortVersions,
    input: z.object({ query: z.string().max(1000) }).strict(),
    output: returns<{ questionId: QuestionId; snippet: SnippetPart[] }[]>(),
  },
  /** For NVivo, ATLAS.ti, MAXQDA, QualCoder and Taguette: the whole project (.qdpx) or the questions (.qdc). */
  exportRefiQda: {
    channel: CHANNELS.exportRefiQda,
    input: z.object({ format: z.enum(['qdpx', 'qdc']) }).strict(),
    output: returns<ExportResult>(),
  },
  newProjectFromRefiQda: {
    channel: CHANNELS.newProjectFromRefiQda,
    input: z
      .object({
        fileName: z.string().trim().min(1).max(1000),
        bytes: z
          .instanceof(Uint8Array)
          .refine((b) => b.length <= MAX_IMPORT_BYTES + 1, 'The file is too large to import.'),
      })
      .strict(),
    output: returns<NewProjectFromRefiQdaResult>(),
  },
} satisfies Record<Method, { channel: string; input: z.ZodType; output: unknown }>;

export type Contract = typeof contract;
export type InputOf<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends Method> = z.output<Contract[M]['input']>;
export type OutputOf<M extends Method> = Contract[M]['output'];

/** What the preload (and the test bridge) put on `window.workbench`: one method per channel. */
export type WorkbenchApi = { [M in Method]: (input: InputOf<M>) => Promise<IpcResult<OutputOf<M>>> };
