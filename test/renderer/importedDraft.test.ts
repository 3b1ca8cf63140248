import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { $isLinkNode } from '@lexical/link';
import { $isListNode } from '@lexical/list';
import { describe, expect, it } from 'vitest';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { placeAnswers } from '../../shared/draftImport/placeAnswers.ts';
import { consultation, draftEditor, inSections, json, outline, sectionsWellFormed } from './testDraft.ts';

const run = (text: string, more = {}) => ({ text, bold: false, italic: false, underline: false, ...more });

function all(node: LexicalNode): LexicalNode[] {
  return [node, ...($isElementNode(node) ? node.getChildren().flatMap(all) : [])];
}

describe('an imported draft in the editor', () => {
  it('opens with its paragraphs, links, lists and sub-headings, and groups into sections', () => {
    const { content } = placeAnswers(
      initialDraftState(consultation),
      [
        {
          questionId: 11,
          number: 1,
          blocks: [
            {
              kind: 'paragraph',
              runs: [
                run('We '),
                run('agree', { bold: true }),
                run(' (see '),
                run('this', { link: 'https://example.org/' }),
                run(').'),
              ],
            },
            { kind: 'heading', level: 2, text: 'Funding' },
            { kind: 'list', ordered: true, items: [[run('First')], [run('Second')]] },
          ],
        },
      ],
      false,
    );
    const editor = inSections(draftEditor(content));
    editor.update(() => {}, { discrete: true });
    expect(sectionsWellFormed(editor)).toBe(true);
    expect(outline(editor)).toContain('paragraph:We agree (see this).');
    expect(outline(editor)).toContain('h4:Funding');
    editor.getEditorState().read(() => {
      const nodes = all($getRoot());
      expect(nodes.filter($isLinkNode).map((l) => l.getURL())).toEqual(['https://example.org/']);
      expect(nodes.filter($isListNode).map((l) => [l.getListType(), l.getTextContent()])).toContainEqual([
        'number',
        'First\n\nSecond',
      ]);
    });
    // Saved again by the editor, the imported answer reads the same.
    expect(json(editor)).toContain('"text":"agree"');
  });
});
