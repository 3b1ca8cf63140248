import { describe, expect, it } from 'vitest';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type LexicalEditor,
} from 'lexical';
import type { QuoteId, SourceId } from '../../shared/ids.ts';
import { $draftSections, $insertQuoteInSection } from '../../renderer/src/editor/draftSections.ts';
import { createDraftSerializer } from '../../renderer/src/editor/draftSerializer.ts';
import { composeDraft } from '../../shared/draft/draftBlocks.ts';
import { draftEditor } from './testDraft.ts';

const exact = (editor: LexicalEditor) => JSON.stringify(editor.getEditorState().toJSON());

function edit(editor: LexicalEditor, change: () => void) {
  editor.update(change, { discrete: true });
}

describe('saving only the blocks that changed', () => {
  it('always gives exactly what serialising the whole draft gives, through typing, quotes, deletions and undo-like restores', () => {
    const editor = draftEditor();
    const serializer = createDraftSerializer();
    const serialize = (state: ReturnType<LexicalEditor['getEditorState']>) => composeDraft(serializer(state));
    expect(serialize(editor.getEditorState())).toBe(exact(editor));
    const steps: (() => void)[] = [
      // typing into an answer, letter by letter (a text node changes; its paragraph object does not)
      () => $draftSections()[0]!.body[0]!.replace($createParagraphNode().append($createTextNode('F'))),
      () => {
        const text = $draftSections()[0]!.body[0]!;
        if ($isElementNode(text)) {
          const leaf = text.getFirstChild();
          if ($isTextNode(leaf)) leaf.setTextContent('Families wait $& "too" long\\n');
        }
      },
      () =>
        void $insertQuoteInSection(12, {
          quoteId: 7 as QuoteId,
          sourceId: 3 as SourceId,
          text: 'We will publish national standards',
          citation: 'Green Paper',
        }),
      () => $getRoot().getChildren().at(-1)!.remove(),
      () => $getRoot().append($createParagraphNode().append($createTextNode('A new last paragraph'))),
    ];
    const saved = editor.getEditorState();
    for (const step of steps) {
      edit(editor, step);
      expect(serialize(editor.getEditorState())).toBe(exact(editor));
    }
    // Going back to an older state (undo, or a kept version) is serialised as that state.
    editor.setEditorState(saved);
    expect(serialize(editor.getEditorState())).toBe(exact(editor));
    expect(JSON.parse(serialize(editor.getEditorState()))).toEqual(editor.getEditorState().toJSON());
  });
});
