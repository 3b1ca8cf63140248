import { describe, expect, it, vi } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isTextNode,
  type LexicalEditor,
} from 'lexical';
import type { QuoteId, SourceId } from '../../shared/ids.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { countWords } from '../../shared/draft/wordCount.ts';
import { DRAFT_NODES } from '../../renderer/src/editor/draftNodes.ts';
import { $draftSections, $insertQuoteInSection } from '../../renderer/src/editor/draftSections.ts';
import { $draftWordCounts, type BlockWordCounts } from '../../renderer/src/editor/draftWordCounts.ts';
import { consultation } from './testDraft.ts';

// Counted calls show which blocks were counted again.
vi.mock('../../shared/draft/wordCount.ts', async (original) => {
  const real = await original<{ countWords: typeof countWords }>();
  return { countWords: vi.fn(real.countWords) };
});

function draft(): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: DRAFT_NODES,
    onError: (e) => {
      throw e;
    },
  });
  editor.setEditorState(editor.parseEditorState(initialDraftState(consultation)));
  editor.update(
    () => {
      $insertQuoteInSection(12, {
        quoteId: 7 as QuoteId,
        sourceId: 3 as SourceId,
        text: 'We will publish national standards',
        citation: 'Green Paper',
      });
      $getSelection()?.insertText('Agreed'); // straight after the quotation
      const heading = $draftSections().find((s) => s.questionId === 11)!.heading;
      heading.insertAfter($createParagraphNode().append($createTextNode('Three short words')));
    },
    { discrete: true },
  );
  return editor;
}

const count = (editor: LexicalEditor, previous: BlockWordCounts) =>
  editor.getEditorState().read(() => $draftWordCounts($draftSections(), previous));
const fromScratch = (editor: LexicalEditor) => count(editor, new Map());

function typeInFirstAnswer(editor: LexicalEditor, extra: string) {
  editor.update(
    () => {
      const paragraph = $draftSections().find((s) => s.questionId === 11)!.body[0]!;
      const text = $isElementNode(paragraph) ? paragraph.getFirstChild() : null;
      if ($isTextNode(text)) text.setTextContent(text.getTextContent() + extra);
    },
    { discrete: true },
  );
}

describe('draft word counts', () => {
  it('counts only what the writer wrote in the whole draft: an empty response has 0 words, not its headings', () => {
    const empty = createHeadlessEditor({
      nodes: DRAFT_NODES,
      onError: (e) => {
        throw e;
      },
    });
    empty.setEditorState(empty.parseEditorState(initialDraftState(consultation)));
    expect(fromScratch(empty).total).toBe(0);
    // Quotation (5) + "Agreed" (1) + "Three short words" (3).
    expect(fromScratch(draft()).total).toBe(9);
  });

  it('counts each answer, and the whole draft as the sum of its written blocks', () => {
    const editor = draft();
    const { sections, total } = fromScratch(editor);
    expect(sections.get(11)).toBe(3);
    expect(sections.get(12)).toBe(6);
    // The quotation's last word and the next block's first are two words, though the root's text runs them together.
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toContain('standardsAgreed');
    expect(total).toBe(sections.get(11)! + sections.get(12)!);
  });

  it("says how many of each answer's words are quotation", () => {
    const { quoted } = fromScratch(draft());
    expect(quoted.get(11)).toBe(0);
    expect(quoted.get(12)).toBe(5);
  });

  it('after an edit counts only the edited block again, and agrees with counting from scratch', () => {
    const editor = draft();
    const first = fromScratch(editor);
    typeInFirstAnswer(editor, ' and two more');
    vi.mocked(countWords).mockClear();
    const next = count(editor, first.blocks);
    expect(vi.mocked(countWords)).toHaveBeenCalledTimes(1);
    expect(next.sections.get(11)).toBe(6);
    expect(next.total).toBe(first.total + 3);
    expect(next).toEqual(fromScratch(editor));
  });

  it('is right after going back to an earlier state with the same blocks (undo)', () => {
    const editor = draft();
    const before = editor.getEditorState();
    const first = fromScratch(editor);
    typeInFirstAnswer(editor, ' and two more');
    const edited = count(editor, first.blocks);
    editor.setEditorState(before);
    expect(count(editor, edited.blocks)).toEqual(first);
  });
});
