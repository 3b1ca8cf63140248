import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot, $setState, type LexicalEditor } from 'lexical';
import { $createHeadingNode } from '@lexical/rich-text';
import { draftToDocument } from '../../shared/draft/documentModel.ts';
import { $draftSections } from '../../renderer/src/editor/draftSections.ts';
import { $isDraftSectionNode } from '../../renderer/src/editor/nodes/DraftSectionNode.ts';
import { questionState } from '../../renderer/src/editor/nodes/headingState.ts';
import { createDraftSerializer } from '../../renderer/src/editor/draftSerializer.ts';
import { composeDraft } from '../../shared/draft/draftBlocks.ts';
import { draftEditor, inSections, json, outline, sectionsWellFormed, writeAnswer } from './testDraft.ts';

/** The sections as their blocks' labels. */
const sections = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((section) =>
        $isDraftSectionNode(section) ? section.getChildren().map((n) => n.getTextContent() || n.getType()) : ['LOOSE'],
      ),
  );

function edit(editor: LexicalEditor, change: () => void) {
  editor.update(change, { discrete: true });
  expect(sectionsWellFormed(editor)).toBe(true);
}

describe('the draft in sections', () => {
  it('groups a draft saved as loose blocks at each chapter and question heading, and reads and exports the same', () => {
    const loose = draftEditor();
    writeAnswer(loose, 11, ['Families wait too long.', 'Much too long.']);
    const grouped = inSections(draftEditor(json(loose)));
    expect(sectionsWellFormed(grouped)).toBe(true);
    expect(sections(grouped).find((s) => s[0]!.startsWith('Question 1'))).toEqual([
      'Question 1: Question text 1',
      'Families wait too long.',
      'Much too long.',
    ]);
    // The same blocks in the same order, for the app's sections, counts and the Word export.
    expect(outline(grouped)).toEqual(outline(loose));
    expect(draftToDocument(json(grouped), 'T', null)).toEqual(draftToDocument(json(loose), 'T', null));
    expect(grouped.getEditorState().read(() => $draftSections().map((s) => s.body.length))).toEqual(
      loose.getEditorState().read(() => $draftSections().map((s) => s.body.length)),
    );
  });

  it('splits a section where a question heading goes in, joins an answer whose heading went to the one before, and drops an emptied section', () => {
    const editor = inSections(draftEditor());
    writeAnswer(editor, 11, ['First answer.', 'Second paragraph.']);
    const before = sections(editor).length;
    edit(editor, () => {
      const second = $draftSections()[0]!.body[1]!;
      second.insertBefore(
        $setState($createHeadingNode('h3').append($createTextNode('Question 9: inserted')), questionState, 99),
      );
    });
    expect(sections(editor)).toContainEqual(['Question 9: inserted', 'Second paragraph.']);
    expect(sections(editor)).toHaveLength(before + 1);
    edit(editor, () =>
      $draftSections()
        .find((s) => s.questionId === 99)!
        .heading.remove(),
    );
    expect(sections(editor)).toContainEqual(['Question 1: Question text 1', 'First answer.', 'Second paragraph.']);
    expect(sections(editor)).toHaveLength(before);
    edit(editor, () => {
      const { heading, body } = $draftSections().find((s) => s.questionId === 12)!;
      for (const node of [heading, ...body]) node.remove();
    });
    expect(sections(editor)).toHaveLength(before - 1);
    // A block added at the root (as the Annexes part is for an old draft) joins the section before it.
    edit(editor, () => $getRoot().append($createParagraphNode().append($createTextNode('Appended'))));
    expect(sections(editor).at(-1)!.at(-1)).toBe('Appended');
  });

  it('saves sections exactly as the whole state serialises, changing only the section typed in', () => {
    const editor = inSections(draftEditor());
    const serialize = createDraftSerializer();
    const first = serialize(editor.getEditorState());
    writeAnswer(editor, 12, ['Typed into question 2.']);
    const next = serialize(editor.getEditorState());
    expect(composeDraft(next)).toBe(json(editor));
    expect(next.blocks.filter((b, i) => b !== first.blocks[i])).toEqual([
      expect.stringContaining('Typed into question 2.'),
    ]);
  });
});
