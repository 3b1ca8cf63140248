import type { Method } from '../../../shared/ipc/channels.ts';
import type { ExportResult, OutputOf, ParsedInputOf } from '../../../shared/ipc/contract.ts';
import type { ProjectServices } from '../project/projectServices.ts';
import type { TemplateLibrary } from '../project/templateLibrary.ts';
import { basename, extname } from 'node:path';
import { AppError } from '../../../shared/ipc/result.ts';
import { parseTemplate } from '../../../shared/templates/parseTemplate.ts';
import { createProjectFromRefiQda } from '../refiQda/newProjectFromRefiQda.ts';

/** What differs between the desktop app and the test bridge: how a finished file reaches the user, and where the shipped templates are. */
export type AppHost = {
  deliverFile(file: { fileName: string; bytes: Uint8Array }): Promise<ExportResult>;
  templates: TemplateLibrary;
  /** Where to put a new project (the desktop app asks with a save dialog); null if the user cancelled. */
  chooseNewProjectPath?(suggestedName: string): Promise<string | null>;
};

export type Handlers = { [M in Method]: (input: ParsedInputOf<M>) => Promise<OutputOf<M>> };

/** One function per channel; inputs arrive already validated by `dispatch`. */
export function createHandlers(project: ProjectServices, host: AppHost): Handlers {
  return {
    getProject: async () => ({ name: project.name(), path: project.path, details: project.details.get() }),
    updateProject: async ({ details }) => {
      await project.details.update(details);
      return { name: project.name(), path: project.path, details: project.details.get() };
    },
    listSources: (filter) => project.sources.list(filter),
    getSource: ({ id }) => project.sources.get(id),
    importSource: ({ fileName, bytes }) => project.imports.importFile({ fileName, bytes }),
    // Answers at once: the reader gets ready in the background while the user chooses files.
    prepareImport: async () => {
      void project.imports.prepare();
      return null;
    },
    updateSource: ({ id, metadata }) => project.sources.updateMetadata(id, metadata),
    searchSources: (request) => project.search.find(request),
    deleteSource: ({ id }) => project.sources.remove(id),
    restoreSource: ({ deleted }) => project.sources.restore(deleted),
    updateSourceVersion: async ({ id, fileName, bytes, force }) => {
      const { doc, format } = await project.imports.extract({ fileName, bytes });
      return project.versions.update({
        sourceId: id,
        doc,
        format,
        fileName: basename(fileName),
        force: force ?? false,
      });
    },
    listSourceVersions: ({ id }) => project.versions.versions(id),
    getSourceVersionText: ({ id, version }) => project.versions.text(id, version),
    getSourceVersion: ({ id, version }) => project.versions.read(id, version),
    diffSourceVersions: ({ id, from, to }) => project.versions.diff(id, from, to),
    listQuoteReviews: (filter) => project.versions.reviewQueue(filter),
    decideQuoteReview: ({ updateId, quoteId, decision }) => project.versions.decide(updateId, quoteId, decision),
    undoQuoteReview: ({ updateId, quoteId }) => project.versions.undoDecision(updateId, quoteId),
    undoSourceUpdate: ({ updateId }) => project.versions.undoUpdate(updateId),
    getConsultation: () => project.consultation.getConsultation(),
    setQuestionWording: ({ id, title }) => project.consultation.setQuestionWording(id, title),
    addQuestion: ({ chapterId, title, answerType }) => project.consultation.addQuestion(chapterId, title, answerType),
    moveQuestion: ({ id, direction }) => project.consultation.moveQuestion(id, direction),
    setAnswerType: ({ id, answerType, wordLimit }) => project.consultation.setAnswerType(id, answerType, wordLimit),
    removeQuestion: ({ id }) => project.consultation.removeQuestion(id),
    restoreQuestion: ({ removed }) => project.consultation.restoreQuestion(removed),
    setConsultationDetails: ({ details }) => project.consultation.setDetails(details),
    placeQuestion: ({ id, chapterId, index }) => project.consultation.placeQuestion(id, chapterId, index),
    addChapter: ({ title }) => project.consultation.addChapter(title),
    renameChapter: ({ id, title }) => project.consultation.renameChapter(id, title),
    removeChapter: ({ id }) => project.consultation.removeChapter(id),
    restoreChapter: ({ chapter }) => project.consultation.restoreChapter(chapter),
    listTemplates: async () => host.templates.list(),
    replaceConsultation: async ({ origin }) => {
      const template =
        origin.kind === 'template'
          ? host.templates.load(origin.id)
          : parseTemplate(origin.fileName, origin.text, (await project.consultation.getConsultation()).title);
      return project.consultation.replaceWithTemplate(template, { unfileQuotes: true });
    },
    restoreConsultation: ({ previous }) => project.consultation.restoreSnapshot(previous),
    exportConsultation: async ({ format }) => host.deliverFile(await project.export.buildConsultationFile(format)),
    setQuoteNote: ({ id, note }) => project.quotes.setNote(id, note),
    createQuote: (input) => project.quotes.create(input),
    listQuotes: (filter) => project.quotes.list(filter),
    checkQuotes: () => project.quotes.check(),
    setQuoteQuestions: ({ id, questionIds }) => project.quotes.setQuestions(id, questionIds),
    addQuoteFragment: ({ id, start, end }) => project.quotes.addFragment(id, start, end),
    deleteQuote: ({ id }) => project.quotes.remove(id),
    restoreQuote: ({ quote }) => project.quotes.restore(quote),
    suggestQuestions: ({ text, limit }) => project.suggestions.forText(text, limit),
    getDraft: () => project.drafts.get(),
    saveDraftChanges: async ({ project: madeIn, base, shell, blocks }) => {
      if (madeIn !== project.path) {
        throw new AppError(
          'conflict',
          `These changes were typed in ${basename(madeIn)}, which is no longer open, so they were not saved into ${basename(project.path)}.`,
        );
      }
      return project.drafts.saveChanges(base, shell, blocks);
    },
    importDraft: ({ fileName, bytes, overwrite }) =>
      project.draftImport.importDraft({ fileName, bytes }, { overwrite }),
    listDraftVersions: () => project.drafts.versions(),
    createDraftVersion: ({ name }) => project.drafts.createVersion(name),
    restoreDraftVersion: ({ id }) => project.drafts.restoreVersion(id),
    exportDocx: async (input) => host.deliverFile(await project.export.buildDocx(input)),
    exportEvidencePack: async () => host.deliverFile(await project.export.buildEvidencePack()),
    exportQuotesCsv: async () => host.deliverFile(await project.export.buildQuotesCsv()),
    checkReadiness: () => project.readiness.check(),
    getUnansweredChoice: async () => project.formSettings.unansweredChoice(),
    setUnansweredChoice: async ({ unanswered }) => project.formSettings.setUnansweredChoice(unanswered),
    listFormAnswers: () => project.form.answers(),
    getFullFormText: ({ questionId }) => project.form.fullText(questionId),
    listFormSettings: () => project.formSettings.list(),
    setQuestionSkipped: ({ questionId, skipped }) => project.formSettings.setSkipped(questionId, skipped),
    setShortVersion: ({ questionId, text }) => project.formSettings.setShortVersion(questionId, text),
    setCharacterLimit: ({ questionId, characterLimit }) =>
      project.formSettings.setCharacterLimit(questionId, characterLimit),
    searchShortVersions: ({ query }) => project.formSettings.searchShortVersions(query),
    exportRefiQda: async ({ format }) =>
      host.deliverFile(
        format === 'qdpx' ? await project.refiQda.buildProjectArchive() : await project.refiQda.buildCodebook(),
      ),
    newProjectFromRefiQda: async ({ fileName, bytes }) => {
      if (!host.chooseNewProjectPath) throw new AppError('forbidden', 'New projects cannot be made from here.');
      const path = await host.chooseNewProjectPath(basename(fileName, extname(fileName)));
      if (!path) return { status: 'cancelled' };
      return { status: 'created', path, report: await createProjectFromRefiQda(path, { fileName, bytes }) };
    },
  };
}
