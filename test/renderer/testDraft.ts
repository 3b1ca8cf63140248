import { buildEditorFromExtensions } from '@lexical/extension';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  defineExtension,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { $isHeadingNode } from '@lexical/rich-text';
import type { ChapterId, QuestionId } from '../../shared/ids.ts';
import type { Consultation } from '../../shared/domain/consultation.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { DraftNodesExtension } from '../../renderer/src/editor/draftExtensions.ts';
import { $draftSections } from '../../renderer/src/editor/draftSections.ts';
import { $startsSection, $topBlocks, registerDraftSections } from '../../renderer/src/editor/draftGrouping.ts';
import { $isDraftSectionNode } from '../../renderer/src/editor/nodes/DraftSectionNode.ts';

function question(id: number, number: number) {
  return {
    id: id as QuestionId,
    parentId: 1 as ChapterId,
    kind: 'question' as const,
    number,
    title: `Question text ${number}`,
    verified: true,
    wordLimit: 250,
    position: number,
    answerType: 'open' as const,
    quoteCount: 0,
  };
}

/** One chapter with questions 1 (id 11) and 2 (id 12). */
export const consultation: Consultation = {
  title: 'Test consultation',
  department: null,
  deadline: null,
  chapters: [
    {
      id: 1 as ChapterId,
      parentId: null,
      kind: 'chapter',
      number: 1,
      title: 'First',
      verified: true,
      wordLimit: null,
      position: 0,
      answerType: 'open',
      quoteCount: 0,
      questions: [question(11, 1), question(12, 2)],
    },
  ],
};

/** A headless editor holding `content`, by default a new response to `consultation`. */
export function draftEditor(content = initialDraftState(consultation)) {
  return buildEditorFromExtensions(
    defineExtension({ name: 'test-draft', dependencies: [DraftNodesExtension], $initialEditorState: content }),
  );
}

/** Groups the editor's blocks into sections and keeps them so, as the app does. */
export function inSections(editor: LexicalEditor): LexicalEditor {
  registerDraftSections(editor); // what DraftSectionsExtension registers in the app
  return editor;
}

/** Each section starts at a heading that starts one (the first may hold the title block), and nothing is loose. */
export function sectionsWellFormed(editor: LexicalEditor): boolean {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .every(
        (node, i) =>
          $isDraftSectionNode(node) &&
          node.getChildrenSize() > 0 &&
          node.getChildren().every((child, j) => (j === 0 ? i === 0 || $startsSection(child) : !$startsSection(child))),
      ),
  );
}

export const json = (editor: LexicalEditor) => JSON.stringify(editor.getEditorState().toJSON());

/** Top-level blocks as short labels: a heading's tag and text, or another block's type and text. */
export const outline = (editor: LexicalEditor) =>
  editor
    .getEditorState()
    .read(() => $topBlocks().map((n) => `${$isHeadingNode(n) ? n.getTag() : n.getType()}:${n.getTextContent()}`));

/** Replaces the answer to question `questionId` with one paragraph per line, the caret left at the start of the first. */
export function writeAnswer(editor: LexicalEditor, questionId: number, lines: string[]) {
  editor.update(
    () => {
      const section = $draftSections().find((s) => s.questionId === questionId)!;
      const paragraphs = lines.map((line) => $createParagraphNode().append($createTextNode(line)));
      section.body.forEach((n) => n.remove());
      let anchor: ElementNode = section.heading;
      for (const p of paragraphs) {
        anchor.insertAfter(p);
        anchor = p;
      }
      paragraphs[0]!.selectStart();
    },
    { discrete: true },
  );
}
