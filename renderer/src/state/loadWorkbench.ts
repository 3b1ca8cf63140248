import { initialDraftState } from '../../../shared/draft/initialDraft.ts';
import type { SourceId } from '../../../shared/ids.ts';
import { call } from '../api/workbench.ts';
import { createDialogStore } from './dialogStore.ts';
import { createDraftStatsStore } from './draftStatsStore.ts';
import { readFirstScreen } from './firstScreen.ts';
import { createNoticeStore } from './noticeStore.ts';
import { createProjectStore } from './projectStore.ts';
import { createSelectionStore } from './selectionStore.ts';
import { createPlaceMemory, readPlace } from './placeMemory.ts';
import type { Workbench } from './workbench.ts';

/**
 * Reads what the open project's first screen shows and makes the window's stores, back where the writer was (or at
 * the first source and question). In a large project the rest of the sources and quotes follow (readRest.ts).
 */
export async function loadWorkbench(): Promise<Workbench> {
  const about = Promise.all([call('getProject', {}), call('getConsultation', {})]);
  const remembered = about.then(([info, consultation]) => ({
    consultation,
    place: readPlace(window.localStorage, info.path),
  }));
  const [
    [info, consultation],
    { place },
    draft,
    { sources, quotes, sourceId, questionId, stillReading },
    placedSource,
  ] = await Promise.all([
    about,
    remembered,
    call('getDraft', {}),
    // Back where the writer was, if that source and question are still there.
    readFirstScreen(remembered),
    // The remembered source's text, with the first batch, so the reader shows it in the first render. If it cannot
    // be read here, the reader asks again and says why (useOpenSource.ts).
    remembered.then(({ place }) =>
      place?.sourceId == null ? null : call('getSource', { id: place.sourceId as SourceId }).catch(() => null),
    ),
  ]);
  const selection = createSelectionStore({ sourceId, questionId, focusQuoteId: null });
  const memory = createPlaceMemory(window.localStorage, info.path, place);
  memory.follow(selection);
  return {
    project: createProjectStore({
      info,
      sources,
      quotes,
      consultation,
      stillReading,
      quotesReadFor: questionId,
      draft: { content: draft.content ?? initialDraftState(consultation), generation: 0 },
    }),
    selection,
    place: memory,
    notices: createNoticeStore(),
    draftStats: createDraftStatsStore(),
    dialogs: createDialogStore(),
    editor: { current: null },
    takeFirstSource: takeOnce(placedSource?.id === sourceId ? placedSource : null),
  };
}

/** Hands `value` over once, then null: held no longer than needed, and never handed over stale. */
function takeOnce<T>(value: T | null): () => T | null {
  let held = value;
  return () => {
    const taken = held;
    held = null;
    return taken;
  };
}
