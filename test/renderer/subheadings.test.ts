import { describe, expect, it } from 'vitest';
import { $getNodeByKeyOrThrow, $getRoot, type ElementNode } from 'lexical';
import { draftToDocument } from '../../shared/draft/documentModel.ts';
import { $currentBlockType, $setBlockType } from '../../renderer/src/editor/blockType.ts';
import { $draftSections } from '../../renderer/src/editor/draftSections.ts';
import { $questionIdOf } from '../../renderer/src/editor/draftGrouping.ts';
import { $draftWordCounts } from '../../renderer/src/editor/draftWordCounts.ts';
import { draftEditor, json, outline, writeAnswer } from './testDraft.ts';

describe('sub-headings in an answer', () => {
  it('stay part of the answer: its word count takes in the sub-heading and the words under it', () => {
    const editor = draftEditor();
    writeAnswer(editor, 11, ['Our view', 'Families wait too long.']);
    editor.update(() => $setBlockType('subheading'), { discrete: true });

    expect(outline(editor)).toContain('h4:Our view');
    expect(editor.getEditorState().read($currentBlockType)).toBe('subheading');
    const counts = editor.getEditorState().read(() => $draftWordCounts($draftSections(), new Map()).sections);
    expect(counts.get(11)).toBe(6);
    expect(counts.get(12)).toBe(0);
    // Still two questions, the sub-heading not mistaken for one.
    expect(editor.getEditorState().read(() => $draftSections().map((s) => s.questionId))).toEqual([11, 12]);

    const doc = draftToDocument(json(editor), 'T', null);
    const at = doc.blocks.findIndex((b) => b.kind === 'heading' && b.questionId === 11);
    expect(doc.blocks[at + 1]).toEqual({ kind: 'heading', level: 4, text: 'Our view' });
    expect(doc.blocks[at + 2]?.kind).toBe('paragraph');
  });

  it('turn back into a paragraph with their words kept', () => {
    const editor = draftEditor();
    writeAnswer(editor, 11, ['Our view']);
    editor.update(() => $setBlockType('subheading'), { discrete: true });
    editor.update(() => $setBlockType('paragraph'), { discrete: true });
    expect(outline(editor)).toContain('paragraph:Our view');
    expect(editor.getEditorState().read($currentBlockType)).toBe('paragraph');
  });

  it('cannot be made from a question heading or a part heading, which keep their markers', () => {
    const editor = draftEditor();
    const before = json(editor);
    const headings = editor.getEditorState().read(() => [
      $getRoot().getFirstChildOrThrow().getKey(), // About us
      $draftSections()
        .find((s) => s.questionId === 11)!
        .heading.getKey(),
    ]);
    for (const key of headings) {
      editor.update(() => $getNodeByKeyOrThrow<ElementNode>(key).selectStart(), { discrete: true });
      expect(editor.getEditorState().read($currentBlockType)).toBeNull();
      editor.update(() => $setBlockType('subheading'), { discrete: true });
    }
    expect(json(editor)).toBe(before);
    expect(
      editor.getEditorState().read(
        () =>
          $getRoot()
            .getChildren()
            .filter((n) => $questionIdOf(n) !== null).length,
      ),
    ).toBe(2);
  });
});
