import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { ANNEXES, initialDraftState } from '../../shared/draft/initialDraft.ts';
import { draftToDocument } from '../../shared/draft/documentModel.ts';
import { $ensureAnnexes } from '../../renderer/src/editor/annexes.ts';
import { consultation, draftEditor, json, outline, writeAnswer } from './testDraft.ts';

describe('the Annexes part', () => {
  it('ends a new response, with an empty paragraph to write in', () => {
    expect(outline(draftEditor()).slice(-4)).toEqual(['h2:Recommendations', 'list:', `h2:${ANNEXES}`, 'paragraph:']);
    // Empty, it is left out of the export.
    const doc = draftToDocument(initialDraftState(consultation), 'T', null);
    expect(doc.blocks.some((b) => b.kind === 'heading' && b.text === ANNEXES)).toBe(false);
  });

  it('is added at the end of an older draft without it, leaving what was written alone', () => {
    const editor = draftEditor();
    writeAnswer(editor, 11, ['Our answer.']);
    editor.update(
      () => {
        // An older draft: no Annexes, and the writer's own paragraph last.
        $getRoot().getLastChild()!.remove();
        $getRoot().getLastChild()!.remove();
        $getRoot().append($createParagraphNode().append($createTextNode('A closing thought.')));
      },
      { discrete: true },
    );
    const before = outline(editor);
    expect(before).not.toContain(`h2:${ANNEXES}`);

    editor.update($ensureAnnexes, { discrete: true });
    expect(outline(editor)).toEqual([...before, `h2:${ANNEXES}`, 'paragraph:']);
    // Once is enough: opening the draft again adds nothing.
    const once = json(editor);
    editor.update($ensureAnnexes, { discrete: true });
    expect(json(editor)).toBe(once);
  });
});
