// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { WorkbenchContext, type Workbench } from '../../../renderer/src/state/workbench.ts';
import { createProjectStore } from '../../../renderer/src/state/projectStore.ts';
import { createSelectionStore } from '../../../renderer/src/state/selectionStore.ts';
import { createNoticeStore } from '../../../renderer/src/state/noticeStore.ts';
import { createDraftStatsStore } from '../../../renderer/src/state/draftStatsStore.ts';
import { createDialogStore } from '../../../renderer/src/state/dialogStore.ts';
import { createPlaceMemory } from '../../../renderer/src/state/placeMemory.ts';
import { useSelectedQuestion, useDescribeQuote } from '../../../renderer/src/state/hooks.ts';
import type { QuestionId, QuoteId } from '../../../shared/ids.ts';
import { projectData, quote, recordingReader } from './fixtures.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function workbench(): Workbench {
  return {
    project: createProjectStore(projectData({ quotes: [quote(1, [11])] }), recordingReader({}).reader),
    selection: createSelectionStore({ sourceId: null, questionId: 11 as QuestionId, focusQuoteId: null }),
    notices: createNoticeStore(),
    draftStats: createDraftStatsStore(),
    dialogs: createDialogStore(),
    place: createPlaceMemory({ setItem: () => {} }, '/tmp/test.cwproj', null),
    editor: { current: null },
    takeFirstSource: () => null,
  };
}

function ChosenQuestion() {
  const question = useSelectedQuestion();
  const describe = useDescribeQuote();
  const about = describe(quote(1, [11]));
  return (
    <p>
      {question?.title ?? 'none'} | {about.questions.join(', ')} | {about.placement.inDraft ? 'used' : 'unused'}
    </p>
  );
}

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

describe('store hooks', () => {
  it('re-render a pane when the selection or the draft placements change, with no props passed down', () => {
    const wb = workbench();
    const host = document.createElement('div');
    root = createRoot(host);
    act(() =>
      root!.render(
        <WorkbenchContext.Provider value={wb}>
          <ChosenQuestion />
        </WorkbenchContext.Provider>,
      ),
    );
    expect(host.textContent).toBe('Question text 1 | Question 1 | unused');
    act(() => wb.selection.selectQuestion(12 as QuestionId));
    expect(host.textContent).toBe('Question text 2 | Question 1 | unused');
    act(() => wb.draftStats.setPlacements(new Map([[1 as QuoteId, 11 as QuestionId]])));
    expect(host.textContent).toBe('Question text 2 | Question 1 | used');
  });
});
