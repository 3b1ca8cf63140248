import { describe, expect, it } from 'vitest';
import { $getNodeByKey, $isElementNode, type NodeKey } from 'lexical';
import type { QuoteId, SourceId } from '../../shared/ids.ts';
import { $insertQuoteInSection } from '../../renderer/src/editor/draftSections.ts';
import { quoteSelection, registerSelectedQuotes, selectQuote } from '../../renderer/src/editor/selectedQuotes.ts';
import { draftEditor, writeAnswer } from './testDraft.ts';

const payload = (id: number) => ({
  quoteId: id as QuoteId,
  sourceId: 3 as SourceId,
  text: `Quotation ${id}`,
  citation: 'Green Paper',
});

/** A draft with answers to questions 11 and 12, each ending in a quotation; the quotations' keys. */
function draftWithQuotes() {
  const editor = draftEditor();
  writeAnswer(editor, 12, ['Second answer.']);
  writeAnswer(editor, 11, ['First answer.']);
  const keys: NodeKey[] = [];
  editor.update(
    () => {
      for (const [i, question] of [11, 12].entries()) keys.push($insertQuoteInSection(question, payload(i + 1))!);
    },
    { discrete: true },
  );
  registerSelectedQuotes(editor);
  // Each quotation's block, as React would watch it: is it shown selected, and how often was it told to look again.
  const blocks = keys.map((key) => {
    const selection = quoteSelection(editor, key);
    const block = { key, told: 0, selected: selection.isSelected };
    selection.subscribe(() => block.told++);
    return block;
  });
  return { editor, blocks };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('selected quotations', () => {
  it('shows a clicked quotation selected and tells only the quotations whose state changed', async () => {
    const { editor, blocks } = draftWithQuotes();
    const [first, second] = blocks as [(typeof blocks)[0], (typeof blocks)[0]];
    expect([first.selected(), second.selected()]).toEqual([false, false]);

    selectQuote(editor, first.key, false);
    await settled();
    expect([first.selected(), second.selected(), first.told, second.told]).toEqual([true, false, 1, 0]);

    selectQuote(editor, second.key, false);
    await settled();
    expect([first.selected(), second.selected(), first.told, second.told]).toEqual([false, true, 2, 1]);

    selectQuote(editor, first.key, true); // shift-click: both
    await settled();
    expect([first.selected(), second.selected(), first.told, second.told]).toEqual([true, true, 3, 1]);
  });

  it('leaves the quotations alone while the writer types elsewhere, and counts those a range selection covers', async () => {
    const { editor, blocks } = draftWithQuotes();
    const [first, second] = blocks as [(typeof blocks)[0], (typeof blocks)[0]];
    editor.update(
      () => {
        const paragraph = $getNodeByKey(first.key)!.getPreviousSibling()!;
        if ($isElementNode(paragraph)) paragraph.selectEnd();
      },
      { discrete: true },
    );
    for (const ch of 'More.')
      editor.update(() => $getNodeByKey(first.key)!.getPreviousSibling()!.selectEnd().insertText(ch), {
        discrete: true,
      });
    await settled();
    expect([first.told, second.told, first.selected(), second.selected()]).toEqual([0, 0, false, false]);

    // From the first answer's text to the second's: the first quotation lies inside, the second after it.
    editor.update(
      () => {
        const selection = $getNodeByKey(first.key)!.getPreviousSibling()!.selectStart();
        const end = $getNodeByKey(second.key)!.getPreviousSibling()!;
        if ($isElementNode(end)) selection.focus.set(end.getKey(), end.getChildrenSize(), 'element');
      },
      { discrete: true },
    );
    await settled();
    expect([first.selected(), second.selected(), first.told, second.told]).toEqual([true, false, 1, 0]);
  });
});
