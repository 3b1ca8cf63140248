import type { Quote } from '../../../shared/domain/quote.ts';
import type { SourceSummary } from '../../../shared/domain/source.ts';
import type { Consultation } from '../../../shared/domain/consultation.ts';
import type { QuestionId, SourceId } from '../../../shared/ids.ts';
import { call } from '../api/workbench.ts';
import type { ListSlice } from './projectStore.ts';

// More rows than any screen shows; a project with no more than these is read in full at once.
export const FIRST_SOURCES = 200;
export const FIRST_QUOTES = 500;

export type FirstScreen = {
  sources: SourceSummary[];
  quotes: Quote[];
  sourceId: SourceId | null;
  questionId: QuestionId | null;
  stillReading: ListSlice[];
};

const byId = <T extends { id: number }>(lists: T[][]): T[] => [...new Map(lists.flat().map((x) => [x.id, x])).values()];

/**
 * What the first screen shows of the project's sources and quotes: the top of the source list, the first quotes,
 * and, in a project with more than that, the open source and the chosen question with their quotes and the sources
 * those cite (`where`: the consultation and the place the writer was, read meanwhile). The rest is read after the first
 * screen is up (readRest.ts).
 */
export async function readFirstScreen(
  where: Promise<{ consultation: Consultation; place: { sourceId: number | null; questionId: number | null } | null }>,
): Promise<FirstScreen> {
  const [topSources, firstQuotes, { consultation, place }] = await Promise.all([
    call('listSources', { offset: 0, limit: FIRST_SOURCES }),
    call('listQuotes', { limit: FIRST_QUOTES }),
    where,
  ]);
  const stillReading: ListSlice[] = [];
  if (topSources.length === FIRST_SOURCES) stillReading.push('sources');
  if (firstQuotes.length === FIRST_QUOTES) stillReading.push('quotes');

  const questions = consultation.chapters.flatMap((c) => c.questions);
  const questionId = (questions.find((q) => q.id === place?.questionId) ?? questions[0])?.id ?? null;
  const placed = place?.sourceId ?? null;
  // Is the source the writer had open still there? The top of the list may not say.
  const [placedSource, questionQuotes, sourceQuotes] = await Promise.all([
    placed === null || topSources.some((s) => s.id === placed) || !stillReading.includes('sources')
      ? []
      : call('listSources', { ids: [placed as SourceId] }),
    questionId === null || !stillReading.includes('quotes') ? [] : call('listQuotes', { questionId }),
    placed === null || !stillReading.includes('quotes') ? [] : call('listQuotes', { sourceId: placed as SourceId }),
  ]);
  // The open and cited sources follow the top of the list until the whole list is read (a moment, at most).
  let sources = byId([topSources, placedSource]);
  const quotes = byId([firstQuotes, questionQuotes, sourceQuotes]).sort((a, b) => a.id - b.id);
  // The sources the shown quotes cite, for their citations.
  const known = new Set(sources.map((s) => s.id));
  const cited = [...new Set(quotes.map((q) => q.sourceId))].filter((id) => !known.has(id));
  if (cited.length && stillReading.includes('sources'))
    sources = byId([sources, await call('listSources', { ids: cited.slice(0, 10_000) })]);
  const sourceId = sources.find((s) => s.id === placed)?.id ?? topSources[0]?.id ?? null;
  return { sources, quotes, sourceId, questionId, stillReading };
}
