import { initialDraftState } from '../../../shared/draft/initialDraft.ts';
import type { QuestionId } from '../../../shared/ids.ts';
import { call } from '../api/workbench.ts';
import { createDialogStore } from './dialogStore.ts';
import { createDraftStatsStore } from './draftStatsStore.ts';
import { createNoticeStore } from './noticeStore.ts';
import { createProjectStore } from './projectStore.ts';
import { createSelectionStore } from './selectionStore.ts';
import type { Workbench } from './workbench.ts';

/** Reads the open project and makes the window's stores, starting at its first source and first question. */
export async function loadWorkbench(): Promise<Workbench> {
  const [info, consultation, sources, quotes, draft] = await Promise.all([
    call('getProject', {}),
    call('getConsultation', {}),
    call('listSources', {}),
    call('listQuotes', {}),
    call('getDraft', {}),
  ]);
  const firstQuestion = consultation.chapters.flatMap((c) => c.questions)[0];
  return {
    project: createProjectStore({
      info,
      sources,
      quotes,
      consultation,
      draft: { content: draft.content ?? initialDraftState(consultation), generation: 0 },
    }),
    selection: createSelectionStore({
      sourceId: sources[0]?.id ?? null,
      questionId: (firstQuestion?.id as QuestionId | undefined) ?? null,
      focusQuoteId: null,
    }),
    notices: createNoticeStore(),
    draftStats: createDraftStatsStore(),
    dialogs: createDialogStore(),
    editor: { current: null },
  };
}
