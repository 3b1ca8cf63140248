import type { Consultation, Theme } from '../../../../shared/domain/theme.ts';
import type { ThemeId } from '../../../../shared/ids.ts';
import { call } from '../../api/workbench.ts';

/** A change made in the question editor: the result, what to tell the user, and how to take it back. */
export type ConsultationChange = {
  consultation: Consultation;
  message: string;
  undo?: () => Promise<Consultation>;
  /** The change (and its undo) filed or unfiled quotes, so the quote lists must be read again. */
  refiled?: boolean;
};

export type ChangeHandlers = {
  onChange: (change: ConsultationChange) => void;
  onError: (message: string) => void;
};

/**
 * Saves a question's wording, wherever it is edited, as one change: undoable back to the old wording when that was
 * the verified official text (a topic label is not worth going back to).
 */
export async function changeWording(
  question: Pick<Theme, 'id' | 'title' | 'verified'>,
  title: string,
  message: string,
): Promise<ConsultationChange> {
  const id = question.id as ThemeId;
  const consultation = await call('setQuestionWording', { id, title });
  return {
    consultation,
    message,
    ...(question.verified ? { undo: () => call('setQuestionWording', { id, title: question.title }) } : {}),
  };
}
