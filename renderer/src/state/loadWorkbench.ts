import { initialDraftState } from '../../../shared/draft/initialDraft.ts';
import type { QuestionId } from '../../../shared/ids.ts';
import { call } from '../api/workbench.ts';
import { createDialogStore } from './dialogStore.ts';
import { createDraftStatsStore } from './draftStatsStore.ts';
import { createNoticeStore } from './noticeStore.ts';
import { createProjectStore } from './projectStore.ts';
import { createSelectionStore } from './selectionStore.ts';
import { createPlaceMemory, readPlace } from './placeMemory.ts';
import type { Workbench } from './workbench.ts';

/** Reads the open project and makes the window's stores, back where the writer was (or at the first source and question). */
export async function loadWorkbench(): Promise<Workbench> {
  const [info, consultation, sources, quotes, draft] = await Promise.all([
    call('getProject', {}),
    call('getConsultation', {}),
    call('listSources', {}),
    call('listQuotes', {}),
    call('getDraft', {}),
  ]);
  const questions = consultation.chapters.flatMap((c) => c.questions);
  // Back where the writer was, if that source and question are still there.
  const place = readPlace(window.localStorage, info.path);
  const sourceId = sources.find((s) => s.id === place?.sourceId)?.id ?? sources[0]?.id ?? null;
  const question = questions.find((q) => q.id === place?.questionId) ?? questions[0];
  const selection = createSelectionStore({
    sourceId,
    questionId: (question?.id as QuestionId | undefined) ?? null,
    focusQuoteId: null,
  });
  const memory = createPlaceMemory(window.localStorage, info.path, place);
  memory.follow(selection);
  return {
    project: createProjectStore({
      info,
      sources,
      quotes,
      consultation,
      draft: { content: draft.content ?? initialDraftState(consultation), generation: 0 },
    }),
    selection,
    place: memory,
    notices: createNoticeStore(),
    draftStats: createDraftStatsStore(),
    dialogs: createDialogStore(),
    editor: { current: null },
  };
}
