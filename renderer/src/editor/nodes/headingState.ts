import { createState } from 'lexical';
import { CHAPTER_STATE_KEY, QUESTION_STATE_KEY } from '../../../../shared/draft/draftSchema.ts';

/** A heading's link to a question or chapter: its id, or null on any other heading. */
const headingIdState = (key: string) =>
  createState(key, {
    parse: (value: unknown): number | null =>
      typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null,
  });

/** On a heading: the question whose answer follows it (saved as `$.themeId`). */
export const questionState = headingIdState(QUESTION_STATE_KEY);

/** On a chapter's heading: the chapter, so it follows renames and renumbering (saved as `$.chapterId`). */
export const chapterState = headingIdState(CHAPTER_STATE_KEY);
