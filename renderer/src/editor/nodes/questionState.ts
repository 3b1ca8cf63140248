import { createState } from 'lexical';
import { QUESTION_STATE_KEY } from '../../../../shared/draft/draftSchema.ts';

/** On a heading: the id of the consultation question whose answer follows it (saved as `$.themeId`). */
export const questionState = createState(QUESTION_STATE_KEY, {
  parse: (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null),
});
