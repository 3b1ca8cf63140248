import type { QuestionNode } from '../../../../shared/domain/consultation.ts';
import type { QuestionId } from '../../../../shared/ids.ts';
import { useMemo } from 'react';
import { call } from '../../api/workbench.ts';
import { useSay } from '../../state/hooks.ts';
import { useApplyChange } from '../../state/useApplyChange.ts';
import type { Change } from '../../state/change.ts';
import type { Slice } from '../../state/projectStore.ts';

/** A change to the consultation alters only it, unless it filed or unfiled quotes (removing a question does). */
export const CONSULTATION: readonly Slice[] = ['consultation'];
export const afterRefiling = (refiled: boolean): readonly Slice[] =>
  refiled ? ['consultation', 'quotes'] : ['consultation'];

export type ChangeHandlers = {
  onChange: (change: Change) => void;
  onError: (message: string) => void;
};

/** The question editor's parts report a saved change (shown, with its undo) or an error the same way. */
export function useChangeHandlers(): ChangeHandlers {
  const onChange = useApplyChange();
  const say = useSay();
  return useMemo(() => ({ onChange, onError: (message: string) => say('error', message) }), [onChange, say]);
}

/**
 * Saves a question's wording, wherever it is edited, as one change: undoable back to the old wording when that was
 * the verified official text (a topic label is not worth going back to).
 */
export async function changeWording(
  question: Pick<QuestionNode, 'id' | 'title' | 'verified'>,
  title: string,
  message: string,
): Promise<Change> {
  const id: QuestionId = question.id;
  await call('setQuestionWording', { id, title });
  return {
    message,
    refresh: CONSULTATION,
    ...(question.verified ? { undo: () => call('setQuestionWording', { id, title: question.title }) } : {}),
  };
}
