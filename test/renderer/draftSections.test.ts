import { describe, expect, it } from 'vitest';
import { $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import type { QuoteId, SourceId } from '../../shared/ids.ts';
import { draftToDocument } from '../../shared/draft/documentModel.ts';
import { $draftSections, $insertQuoteInSection, $selectEndOfPart } from '../../renderer/src/editor/draftSections.ts';
import { $draftWordCounts } from '../../renderer/src/editor/draftWordCounts.ts';
import { draftEditor } from './testDraft.ts';

const $sectionWordCounts = () => $draftWordCounts($draftSections(), new Map()).sections;

const quote = {
  quoteId: 7 as QuoteId,
  sourceId: 3 as SourceId,
  text: 'We will publish national standards',
  citation: 'Green Paper, 29 March 2022',
};

describe('draft sections', () => {
  it("puts a quotation in the chosen question's answer, not the next one", () => {
    const editor = draftEditor();
    let inserted = false;
    editor.update(
      () => {
        inserted = $insertQuoteInSection(11, quote) !== null;
      },
      { discrete: true },
    );
    expect(inserted).toBe(true);

    const doc = draftToDocument(JSON.stringify(editor.getEditorState().toJSON()), 'T', null);
    const kinds = doc.blocks.map((b) => (b.kind === 'heading' ? b.text : b.kind));
    const at = kinds.indexOf('Question 1: Question text 1');
    expect(kinds.slice(at, at + 3)).toEqual(['Question 1: Question text 1', 'quote', 'Question 2: Question text 2']);
    const block = doc.blocks[at + 1];
    expect(block?.kind === 'quote' && block.text).toBe(quote.text);
  });

  it('puts the caret under a fixed part of the response, found by its heading, and refuses one the draft lacks', () => {
    const editor = draftEditor();
    let placed: boolean[] = [];
    let under: string | null = null;
    editor.update(
      () => {
        placed = [$selectEndOfPart('Other comments'), $selectEndOfPart('Nowhere')];
        const selection = $getSelection();
        const block = $isRangeSelection(selection) ? selection.anchor.getNode().getTopLevelElement() : null;
        under = block?.getPreviousSibling()?.getTextContent() ?? null;
      },
      { discrete: true },
    );
    expect(placed).toEqual([true, false]);
    expect(under).toBe('Other comments');
  });

  it('refuses a question the draft has no heading for', () => {
    const editor = draftEditor();
    let inserted = true;
    editor.update(
      () => {
        inserted = $insertQuoteInSection(999, quote) !== null;
      },
      { discrete: true },
    );
    expect(inserted).toBe(false);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).not.toContain(quote.text);
  });

  it("counts a quotation's words in its answer and keeps other answers at zero", () => {
    const editor = draftEditor();
    editor.update(
      () => {
        $insertQuoteInSection(12, quote);
      },
      { discrete: true },
    );
    const counts = editor.getEditorState().read(() => $sectionWordCounts());
    expect(counts.get(12)).toBe(5);
    expect(counts.get(11)).toBe(0);
  });

  it('keeps the quotation block, its ids and its question markers through save and reload', () => {
    const editor = draftEditor();
    editor.update(
      () => {
        $insertQuoteInSection(11, quote);
      },
      { discrete: true },
    );
    const saved = JSON.stringify(editor.getEditorState().toJSON());

    const reopened = draftEditor(saved);
    expect(JSON.stringify(reopened.getEditorState().toJSON())).toBe(saved);
    expect(saved).toContain('"quoteId":7');
    expect(reopened.getEditorState().read(() => $sectionWordCounts().get(11))).toBe(5);
  });
});
