import { createState } from 'lexical';
import { CHAPTER_STATE_KEY } from '../../../../shared/draft/draftSchema.ts';

/** On a chapter's heading: the id of the consultation chapter (saved as `$.chapterId`). */
export const chapterState = createState(CHAPTER_STATE_KEY, {
  parse: (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null),
});
