import { createContext, useContext } from 'react';
import type { Source } from '../../../shared/domain/source.ts';
import type { DraftEditorHandle } from '../editor/DraftEditor.tsx';
import type { DialogStore } from './dialogStore.ts';
import type { DraftStatsStore } from './draftStatsStore.ts';
import type { NoticeStore } from './noticeStore.ts';
import type { ProjectStore } from './projectStore.ts';
import type { SelectionStore } from './selectionStore.ts';
import type { PlaceMemory } from './placeMemory.ts';

/** Every store of the open project's window. The stores never change identity, so the context never re-renders. */
export type Workbench = {
  project: ProjectStore;
  selection: SelectionStore;
  notices: NoticeStore;
  draftStats: DraftStatsStore;
  dialogs: DialogStore;
  /** Where the writer was: source, question, scroll positions and caret, kept for the next time. */
  place: PlaceMemory;
  /** The draft editor, for inserting quotes and showing an answer; null until it is mounted. */
  editor: { current: DraftEditorHandle | null };
  /** The open source's text as read with the first screen, for the reader's first render; null once taken. */
  takeFirstSource: () => Source | null;
};

export const WorkbenchContext = createContext<Workbench | null>(null);

export function useWorkbench(): Workbench {
  const workbench = useContext(WorkbenchContext);
  if (!workbench) throw new Error('useWorkbench is used outside the WorkbenchContext provider');
  return workbench;
}
