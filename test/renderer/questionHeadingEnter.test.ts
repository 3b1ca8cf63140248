import { describe, expect, it } from 'vitest';
import {
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { $isHeadingNode } from '@lexical/rich-text';
import type { Consultation } from '../../shared/domain/consultation.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { $draftSections } from '../../renderer/src/editor/draftSections.ts';
import { $topBlocks } from '../../renderer/src/editor/draftGrouping.ts';
import { registerQuestionHeadingEnter } from '../../renderer/src/editor/questionHeadingEnter.ts';
import { consultation, draftEditor, inSections, outline, sectionsWellFormed } from './testDraft.ts';

const QUESTION_1 = 'h3:Question 1: Question text 1';

/** Puts the caret `offset` characters into question `questionId`'s heading, presses Enter and types `text`. */
function enterInHeading(
  editor: LexicalEditor,
  questionId: number,
  offset: number,
  text: string,
  shift = false,
): boolean {
  registerQuestionHeadingEnter(editor);
  editor.update(
    () => {
      const wording = $draftSections()
        .find((s) => s.questionId === questionId)!
        .heading.getFirstDescendant();
      if ($isTextNode(wording)) wording.select(offset, offset);
    },
    { discrete: true },
  );
  let handled = false;
  editor.update(
    () =>
      void (handled = shift
        ? editor.dispatchCommand(INSERT_LINE_BREAK_COMMAND, false)
        : editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined)),
    { discrete: true },
  );
  editor.update(
    () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(text);
    },
    { discrete: true },
  );
  return handled;
}

const around = (editor: LexicalEditor, label: string) => {
  const blocks = outline(editor);
  const at = blocks.indexOf(label);
  return blocks.slice(at - 1, at + 3);
};

describe.each([
  ['loose blocks', (editor: LexicalEditor) => editor],
  ['sections', inSections],
])('Enter in a question heading (%s)', (form, arrange) => {
  it('in the middle of the wording, starts the answer instead of splitting the question in two', () => {
    const editor = arrange(draftEditor());
    expect(enterInHeading(editor, 11, 12, 'Our view')).toBe(true);
    expect(around(editor, QUESTION_1).slice(1)).toEqual([
      QUESTION_1,
      'paragraph:Our view',
      'h3:Question 2: Question text 2',
    ]);
    if (form === 'sections') expect(sectionsWellFormed(editor)).toBe(true);
  });

  it("Shift+Enter in the wording also starts the answer, instead of breaking the wording's line", () => {
    const editor = arrange(draftEditor());
    expect(enterInHeading(editor, 11, 12, 'Our view', true)).toBe(true);
    expect(around(editor, QUESTION_1).slice(1)).toEqual([
      QUESTION_1,
      'paragraph:Our view',
      'h3:Question 2: Question text 2',
    ]);
  });

  it('before an answer already written, opens a new first line above it', () => {
    const editor = arrange(draftEditor());
    editor.update(
      () => {
        const answer = $draftSections().find((s) => s.questionId === 11)!;
        answer.body.forEach((n) => n.remove());
        answer.heading.insertAfter($createParagraphNode().append($createTextNode('Written before.')));
      },
      { discrete: true },
    );
    enterInHeading(editor, 11, 'Question 1: Question text 1'.length, 'New start.');
    expect(around(editor, QUESTION_1).slice(1)).toEqual([
      QUESTION_1,
      'paragraph:New start.',
      'paragraph:Written before.',
    ]);
  });

  it("after an agree/disagree question's position control, not between it and the heading", () => {
    const scaled: Consultation = {
      ...consultation,
      chapters: consultation.chapters.map((c) => ({
        ...c,
        questions: c.questions.map((q) => ({ ...q, answerType: 'agree-scale' as const })),
      })),
    };
    const editor = arrange(draftEditor(initialDraftState(scaled)));
    enterInHeading(editor, 11, 3, 'Agreed, with reservations.');
    expect(around(editor, QUESTION_1).slice(1, 4)).toEqual([
      QUESTION_1,
      'question-position:',
      'paragraph:Agreed, with reservations.',
    ]);
  });

  it('at the very start of the heading, opens a line before it for what is typed, and leaves the wording whole', () => {
    const editor = arrange(draftEditor());
    const headingsBefore = editor.getEditorState().read(() => $topBlocks().filter($isHeadingNode).length);
    const sectionOfQuestion2 = () =>
      editor.getEditorState().read(() =>
        $draftSections()
          .find((s) => s.questionId === 12)!
          .heading.getParent()!
          .getKey(),
      );
    const sectionBefore = sectionOfQuestion2();
    enterInHeading(editor, 12, 0, 'A last word on question 1.');
    // Only the new line moves to the section before: question 2's section (and its answer) stays where it was.
    expect(sectionOfQuestion2()).toBe(sectionBefore);
    expect(around(editor, 'h3:Question 2: Question text 2').slice(0, 3)).toEqual([
      'paragraph:A last word on question 1.',
      'h3:Question 2: Question text 2',
      'paragraph:',
    ]);
    expect(editor.getEditorState().read(() => $topBlocks().filter($isHeadingNode).length)).toBe(headingsBefore);
    if (form === 'sections') expect(sectionsWellFormed(editor)).toBe(true);
  });

  it('leaves Enter to the editor outside question headings', () => {
    const editor = arrange(draftEditor());
    registerQuestionHeadingEnter(editor);
    editor.update(
      () =>
        $topBlocks()
          .find((n) => $isHeadingNode(n) && n.getTag() === 'h2')!
          .selectEnd(),
      { discrete: true },
    );
    let handled = true;
    editor.update(() => void (handled = editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined)), {
      discrete: true,
    });
    expect(handled).toBe(false);
  });
});
