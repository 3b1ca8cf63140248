import type { QuestionId } from '../../../shared/ids.ts';
import { createValueStore } from '../valueStore.ts';

/**
 * A question whose wording the writer asked to edit from elsewhere (the readiness check): the Questions pane shows
 * that question's evidence with its wording form open, then clears the request.
 */
export const wordingRequest = createValueStore<QuestionId | null>(null);
