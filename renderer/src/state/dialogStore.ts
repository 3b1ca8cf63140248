import type { SourceSummary } from '../../../shared/domain/source.ts';
import { createValueStore } from '../valueStore.ts';

/** The one modal dialog open, if any. */
export type OpenDialog =
  | { kind: 'shortcuts' }
  | { kind: 'response-details' }
  | { kind: 'versions' }
  /** `questionId`: a question to show in the form, with its "Not answering" box focused. */
  | { kind: 'form'; questionId?: number }
  /** `focusFirstProblem`: coming from the export screen's "Fix problems", to work through the problems in turn. */
  | { kind: 'readiness'; focusFirstProblem?: boolean }
  | { kind: 'export-options' }
  | { kind: 'insert-quote' }
  | { kind: 'delete-source'; source: SourceSummary }
  | null;

export function createDialogStore() {
  const store = createValueStore<OpenDialog>(null);
  return {
    get: store.get,
    subscribe: store.subscribe,
    open: (dialog: OpenDialog) => store.set(dialog),
    close: () => store.set(null),
  };
}

export type DialogStore = ReturnType<typeof createDialogStore>;
