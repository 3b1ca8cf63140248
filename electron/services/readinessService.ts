import { draftToDocument } from '../../shared/draft/documentModel.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { signalFlags } from '../../shared/evidence/signals.ts';
import { checkReadiness, type ReadinessReport } from '../../shared/readiness/readiness.ts';
import type { DraftsService } from './draftsService.ts';
import type { FormService } from './formService.ts';
import type { ProjectDetailsService } from './projectDetailsService.ts';
import type { QuotesService } from './quotesService.ts';
import type { ConsultationService } from './consultationService.ts';

/** Whether the response is ready to send: the saved draft, the quotes' integrity and the details, checked together. */
export function createReadinessService(
  drafts: DraftsService,
  consultationService: ConsultationService,
  details: ProjectDetailsService,
  quotes: QuotesService,
  form: FormService,
) {
  return {
    /** `today` is YYYY-MM-DD; it defaults to today in UTC. */
    async check(today: string = new Date().toISOString().slice(0, 10)): Promise<ReadinessReport> {
      const consultation = await consultationService.getConsultation();
      const draft = await drafts.get();
      const d = details.get();
      const { blocks } = draftToDocument(draft.content ?? initialDraftState(consultation), d.name, consultation.title);
      const mismatches = await quotes.check();
      const answers = await form.answers();
      const readiness = checkReadiness({
        blocks,
        questions: consultation.chapters.flatMap((c) => c.questions),
        mismatchedQuoteIds: new Set(mismatches.map((m) => m.quoteId as number)),
        respondent: d,
        closingDate: consultation.deadline,
        today,
        form: new Map(answers.map((a) => [a.questionId, { skipped: a.status === 'skipped', overLimit: a.overLimit }])),
      });
      return {
        ...readiness,
        answers: answers.map((a) => ({
          question: a.number === null ? '' : String(a.number),
          status: a.status,
          signals: signalFlags(a.signals),
        })),
      };
    },
  };
}
export type ReadinessService = ReturnType<typeof createReadinessService>;
