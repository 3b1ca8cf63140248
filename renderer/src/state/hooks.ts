import { use, useCallback, useMemo } from 'react';
import type { Quote } from '../../../shared/domain/quote.ts';
import type { SourceSummary } from '../../../shared/domain/source.ts';
import type { QuestionNode } from '../../../shared/domain/consultation.ts';
import { questionLabel } from '../../../shared/domain/consultationLabels.ts';
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

/** Waits (suspends) till every source and quote is read: a large project's first screen holds only part of them. */
function useWholeProject(): void {
  const { project } = useWorkbench();
  if (!project.isComplete()) use(project.complete);
}
/** Every source; suspends till all are read. */
export function useSources() {
  useWholeProject();
  return useProject((p) => p.sources);
}
/** Every quote; suspends till all are read. */
export function useQuotes() {
  useWholeProject();
  return useProject((p) => p.quotes);
}
/** The sources read so far: all of them, or, while a large project is opening, those its first screen shows. */
export const useLoadedSources = () => useProject((p) => p.sources);
/** The quotes read so far: all of them, or, while a large project is opening, those its first screen shows. */
export const useLoadedQuotes = () => useProject((p) => p.quotes);
/** One source's summary (null if not read or not there); re-renders only when that summary changes, not the list. */
export const useSourceSummary = (id: number | null): SourceSummary | null =>
  useProject((p) => (id === null ? null : (p.sources.find((s) => s.id === id) ?? null)));
/** True once every source and quote is read. */
export const useProjectComplete = () => useProject((p) => (p.stillReading ?? []).length === 0);

/** The quotes filed under a question; suspends till all are read unless the first screen read that question's. */
export function useQuestionQuotes(id: QuestionId): Quote[] {
  const { project } = useWorkbench();
  const read = useProject((p) => !(p.stillReading ?? []).includes('quotes') || p.quotesReadFor === id);
  if (!read) use(project.complete);
  const quotes = useLoadedQuotes();
  return useMemo(() => quotes.filter((q) => q.questionIds.includes(id)), [quotes, id]);
}
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

// One lookup per list of sources, shared by every row that cites (an evidence list has hundreds, a project 20,000
// sources: a lookup built per row took seconds).
const sourcesById = new WeakMap<readonly SourceSummary[], Map<number, SourceSummary>>();
function lookupOf(sources: readonly SourceSummary[]): Map<number, SourceSummary> {
  let byId = sourcesById.get(sources);
  if (!byId) sourcesById.set(sources, (byId = new Map(sources.map((s) => [s.id, s]))));
  return byId;
}

/**
 * A quote's short citation, from its source's details as they are now. While a large project opens, the sources read
 * so far include those the first screen's quotes cite.
 */
export function useCitationOf(): (quote: Quote) => string {
  const byId = lookupOf(useLoadedSources());
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
