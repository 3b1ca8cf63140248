import type { Consultation } from '../../../../shared/domain/theme.ts';

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
