import { draftToDocument } from '../../shared/draft/documentModel.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { checkReadiness, type Readiness } from '../../shared/readiness/readiness.ts';
import type { DraftsService } from './draftsService.ts';
import type { ProjectDetailsService } from './projectDetailsService.ts';
import type { QuotesService } from './quotesService.ts';
import type { ThemesService } from './themesService.ts';

/** Whether the response is ready to send: the saved draft, the quotes' integrity and the details, checked together. */
export function createReadinessService(
  drafts: DraftsService,
  themes: ThemesService,
  details: ProjectDetailsService,
  quotes: QuotesService,
) {
  return {
    /** `today` is YYYY-MM-DD; it defaults to today in UTC. */
    async check(today: string = new Date().toISOString().slice(0, 10)): Promise<Readiness> {
      const consultation = await themes.getConsultation();
      const draft = await drafts.get();
      const d = details.get();
      const { blocks } = draftToDocument(draft.content ?? initialDraftState(consultation), d.name, consultation.title);
      const mismatches = await quotes.check();
      return checkReadiness({
        blocks,
        questions: consultation.chapters.flatMap((c) => c.questions),
        mismatchedQuoteIds: new Set(mismatches.map((m) => m.quoteId as number)),
        respondent: d,
        closingDate: consultation.deadline,
        today,
      });
    },
  };
}
export type ReadinessService = ReturnType<typeof createReadinessService>;
