import { MAX_DRAFT_CHARS, type DraftImportReport } from '../../shared/ipc/contract.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { matchQuestions, plainText } from '../../shared/draftImport/matchQuestions.ts';
import { placeAnswers } from '../../shared/draftImport/placeAnswers.ts';
import { questionLabel } from '../../shared/domain/consultationLabels.ts';
import { AppError } from '../../shared/ipc/result.ts';
import type { DraftsService } from './draftsService.ts';
import type { ConsultationService } from './consultationService.ts';
import type { ImportFile } from './importers/importer.ts';
import { readDraftFile } from './draftImport/readDraftFile.ts';

/** Brings a draft written elsewhere (Word, a shared document saved as Markdown) into the response, question by question. */
export function createDraftImportService(
  drafts: DraftsService,
  consultationService: ConsultationService,
  now: () => Date = () => new Date(),
) {
  return {
    /**
     * All or nothing: an answer already written in the draft is a conflict that stops the import (nothing changes)
     * unless `overwrite`. Before anything changes the draft is kept as a version, so the import can be undone.
     */
    async importDraft(file: ImportFile, options: { overwrite: boolean }): Promise<DraftImportReport> {
      const blocks = await readDraftFile(file);
      const consultation = await consultationService.getConsultation();
      const questions = consultation.chapters.flatMap((c) => c.questions);
      const match = matchQuestions(
        blocks,
        questions.map((q) => ({ id: q.id, number: q.number, title: q.title })),
      );
      if (match.sections.length === 0) {
        throw new AppError(
          'invalid-input',
          `"${file.fileName}" is not laid out by questions: no heading such as "Question 5", "Q5", "5." or a question's wording was found above an answer, so nothing was imported.`,
        );
      }
      const label = (id: number) => questionLabel(questions.find((q) => q.id === id) ?? { number: null });
      const current = (await drafts.get()).content ?? initialDraftState(consultation);
      const placement = placeAnswers(current, match.sections, options.overwrite);
      const report = {
        matched: placement.placed.map(label),
        unmatched: [
          ...match.unmatched,
          ...placement.missing.map((id) => ({
            summary: `${label(id)} has no heading in the draft`,
            text: plainText(match.sections.find((s) => s.questionId === id)?.blocks ?? []),
          })),
        ],
        conflicts: placement.conflicts.map(label),
      };
      if (placement.conflicts.length > 0 || placement.placed.length === 0)
        return { imported: false, ...report, keptAs: null, content: null };
      if (placement.content.length > MAX_DRAFT_CHARS)
        throw new AppError(
          'invalid-input',
          `"${file.fileName}" would make the draft too long, so nothing was imported.`,
        );
      const stamp = now().toISOString().slice(0, 16).replace('T', ' ');
      const kept = await drafts.replace(placement.content, current, `Before importing ${file.fileName} (${stamp})`);
      return {
        imported: true,
        ...report,
        keptAs: { id: kept.id, name: kept.name, createdAt: kept.createdAt },
        content: placement.content,
      };
    },
  };
}
export type DraftImportService = ReturnType<typeof createDraftImportService>;
