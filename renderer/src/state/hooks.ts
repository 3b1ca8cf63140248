import { useCallback, useMemo } from 'react';
import type { Quote } from '../../../shared/domain/quote.ts';
import { questionLabel, type QuestionNode } from '../../../shared/domain/consultation.ts';
import { shortCitation } from '../../../shared/citation.ts';
import type { QuestionId } from '../../../shared/ids.ts';
import { useValueStore } from '../valueStore.ts';
import { useStore } from './useStore.ts';
import { useWorkbench } from './workbench.ts';
import type { ProjectData } from './projectStore.ts';
import type { WorkbenchSelection } from './selectionStore.ts';
import { placementOf, type Placement } from './quotePlacement.ts';

export function useProject<S>(select: (project: ProjectData) => S): S {
  return useStore(useWorkbench().project, select);
}
export const useSources = () => useProject((p) => p.sources);
export const useQuotes = () => useProject((p) => p.quotes);
export const useConsultation = () => useProject((p) => p.consultation);
export const useProjectInfo = () => useProject((p) => p.info);

export function useSelection<S>(select: (selection: WorkbenchSelection) => S): S {
  return useStore(useWorkbench().selection, select);
}

/** The consultation's questions in order, across its chapters. */
export function useQuestions(): QuestionNode[] {
  const consultation = useConsultation();
  return useMemo(() => consultation.chapters.flatMap((c) => c.questions), [consultation]);
}

export function useSelectedQuestion(): QuestionNode | null {
  const questions = useQuestions();
  const id = useSelection((s) => s.questionId);
  return questions.find((q) => q.id === id) ?? null;
}

export const useSay = () => useWorkbench().notices.say;

/** A quote's short citation, from its source's details as they are now. */
export function useCitationOf(): (quote: Quote) => string {
  const sources = useSources();
  const byId = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  return useCallback(
    (quote: Quote) => {
      const source = byId.get(quote.sourceId);
      return source ? shortCitation(source) : 'Unknown source';
    },
    [byId],
  );
}

/** "Question 4", or what to say for a question no longer in the consultation. */
export function useQuestionName(): (id: QuestionId) => string {
  const questions = useQuestions();
  return useCallback(
    (id: QuestionId) => {
      const question = questions.find((q) => q.id === id);
      return question ? questionLabel(question) : 'a question no longer in the consultation';
    },
    [questions],
  );
}

export function usePlacementOf(): (quote: Quote) => Placement {
  const placements = useValueStore(useWorkbench().draftStats.placements);
  return useCallback((quote: Quote) => placementOf(placements, quote.id), [placements]);
}

/** Which chapter's colour a quote takes in the reader: its first question's chapter. */
export function useChapterIndexOf(): (quote: Quote) => number | null {
  const consultation = useConsultation();
  return useCallback(
    (quote: Quote) => {
      const first = quote.questionIds[0];
      if (first === undefined) return null;
      const index = consultation.chapters.findIndex((c) => c.questions.some((q) => q.id === first));
      return index < 0 ? null : index;
    },
    [consultation],
  );
}

/** A quote's questions by name and where the draft uses it, for the evidence list and the reader's quote details. */
export function useDescribeQuote(): (quote: Quote) => { questions: string[]; placement: Placement } {
  const questionName = useQuestionName();
  const placementOf = usePlacementOf();
  return useCallback(
    (quote: Quote) => ({
      questions: quote.questionIds.map((id) => questionName(id as QuestionId)),
      placement: placementOf(quote),
    }),
    [questionName, placementOf],
  );
}
