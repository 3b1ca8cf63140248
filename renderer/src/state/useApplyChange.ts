import { useCallback } from 'react';
import { applyChange, type Change } from './change.ts';
import { useWorkbench } from './workbench.ts';

/** Shows a saved change: the parts it altered read again, said in words, with Undo where it can be undone. */
export function useApplyChange(): (change: Change) => void {
  const { project, notices } = useWorkbench();
  return useCallback((change: Change) => void applyChange(change, project, notices), [project, notices]);
}
