import {
  $createParagraphNode,
  $getSelection,
  $isElementNode,
  $isNodeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $adjacentBlock } from './draftGrouping.ts';
import { $isSourceQuoteNode, type SourceQuoteNode } from './nodes/SourceQuoteNode.tsx';

function $selectedQuote(): SourceQuoteNode | null {
  const selection = $getSelection();
  if (!$isNodeSelection(selection)) return null;
  const [node] = selection.getNodes();
  return selection.getNodes().length === 1 && $isSourceQuoteNode(node) ? node : null;
}

/** Puts the caret at the near edge of a block reached by an arrow key. */
function $enter(block: LexicalNode, atEnd: boolean): void {
  if ($isSourceQuoteNode(block))
    block.selectNext(); // leave the quote's neighbour logic to Lexical's own selection
  else if ($isElementNode(block) || $isTextNode(block)) {
    if (atEnd) block.selectEnd();
    else block.selectStart();
  }
}

/**
 * Keys while a quotation is selected (a click on it selects it as a whole): the browser's caret is then nowhere in
 * particular, so typing went into the draft's first heading. Typing and Enter start a new paragraph right after the
 * quote, in its answer; the arrow keys move to the block beside it.
 */
export function registerQuoteSelectionKeys(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event) => {
      const quote = $selectedQuote();
      if (!quote || event.ctrlKey || event.metaKey || event.altKey) return false;
      const typed = event.key.length === 1 ? event.key : null;
      if (typed !== null || event.key === 'Enter') {
        const paragraph = $createParagraphNode();
        quote.insertAfter(paragraph);
        paragraph.select();
        if (typed !== null) $getSelection()?.insertText(typed);
      } else if (
        event.key === 'ArrowDown' ||
        event.key === 'ArrowRight' ||
        event.key === 'ArrowUp' ||
        event.key === 'ArrowLeft'
      ) {
        const forward = event.key === 'ArrowDown' || event.key === 'ArrowRight';
        const beside = $adjacentBlock(quote, forward ? 'next' : 'previous');
        if (!beside) return false;
        $enter(beside, !forward);
      } else {
        return false;
      }
      event.preventDefault();
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}
