import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createParagraphNode, $getNearestNodeFromDOMNode, $getRoot } from 'lexical';
import { draggedQuoteId, isQuoteDrag } from '../../quoteDrag.ts';
import { $createSourceQuoteNode } from '../nodes/SourceQuoteNode.tsx';
import { useQuoteActions } from '../../state/quoteActions.ts';
import { useSay } from '../../state/hooks.ts';
import { $topBlocks } from '../draftGrouping.ts';
import { $isEmptyParagraph } from '../draftSections.ts';
import { caretAfterInsertedQuote } from '../caretAfterQuote.ts';
import { $isDraftSectionNode } from '../nodes/DraftSectionNode.ts';

/** Dropping a quote from the evidence list puts it after the block it was dropped on. */
export function QuoteDropPlugin() {
  const [editor] = useLexicalComposerContext();
  const { payloadFor } = useQuoteActions();
  const say = useSay();
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!isQuoteDrag(event.dataTransfer)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!isQuoteDrag(event.dataTransfer)) return;
      event.preventDefault();
      const quoteId = draggedQuoteId(event.dataTransfer);
      const payload = quoteId === null ? null : payloadFor(quoteId);
      if (!payload || quoteId === null) return;
      const target = event.target instanceof Node ? event.target : null;
      let quoteKey: string | null = null;
      editor.update(
        () => {
          const near = target ? $getNearestNodeFromDOMNode(target) : null;
          // Dropped between blocks, on a section itself: after that section's last block.
          const block = $isDraftSectionNode(near)
            ? near.getLastChild()
            : (near?.getTopLevelElement() ?? near ?? $topBlocks().at(-1) ?? null);
          const quote = $createSourceQuoteNode(payload);
          if (block) block.insertAfter(quote);
          else $getRoot().append(quote);
          // Writing carries on on a line of its own right after the quote.
          const after = quote.getNextSibling();
          const line = $isEmptyParagraph(after) ? after : $createParagraphNode();
          if (line !== after) quote.insertAfter(line);
          line.selectStart();
          quoteKey = quote.getKey();
        },
        { discrete: true },
      );
      if (quoteKey !== null) caretAfterInsertedQuote(editor, quoteKey);
      say('info', 'Quote inserted where it was dropped.');
    };
    // The editable element can be replaced, so listen on whichever is current.
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('dragover', onDragOver);
      previous?.removeEventListener('drop', onDrop);
      root?.addEventListener('dragover', onDragOver);
      root?.addEventListener('drop', onDrop);
    });
  }, [editor, payloadFor, say]);
  return null;
}
