import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, CLICK_COMMAND, COMMAND_PRIORITY_LOW, type NodeKey } from 'lexical';
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { QuoteId, SourceId } from '../../../../shared/ids.ts';
import { useQuoteNavigation } from '../../quoteNavigation.ts';
import { quoteSelection, selectQuote } from '../selectedQuotes.ts';

type Props = { nodeKey: NodeKey; quoteId: QuoteId; sourceId: SourceId; text: string; citation: string };

export function SourceQuoteBlock({ nodeKey, quoteId, sourceId, text, citation }: Props) {
  const [editor] = useLexicalComposerContext();
  const { showQuoteInSource, quoteExists } = useQuoteNavigation();
  const exists = quoteExists(quoteId);
  const remove = () => editor.update(() => $getNodeByKey(nodeKey)?.remove());
  const figure = useRef<HTMLElement>(null);
  const selection = useMemo(() => quoteSelection(editor, nodeKey), [editor, nodeKey]);
  const isSelected = useSyncExternalStore(selection.subscribe, selection.isSelected);
  // A click on the quotation (not on its buttons) selects it whole, so the keys that follow act beside it.
  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          const target = event.target as Node | null;
          if (!figure.current?.contains(target) || (target instanceof Element && target.closest('button')))
            return false;
          selectQuote(editor, nodeKey, event.shiftKey);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, nodeKey],
  );
  return (
    <figure
      ref={figure}
      className={isSelected ? 'source-quote-block is-selected' : 'source-quote-block'}
      data-quote-id={quoteId}
    >
      <blockquote>“{text}”</blockquote>
      {exists ? null : (
        <p className="quote-warning" role="note">
          This quote has been deleted from the project. The words are kept here exactly as pulled.
        </p>
      )}
      <figcaption>
        <span className="citation">— {citation}</span>
        <span className="source-quote-actions">
          {exists ? (
            <button type="button" className="link-button" onClick={() => showQuoteInSource(sourceId, quoteId)}>
              Show in source
            </button>
          ) : null}
          <button
            type="button"
            className="link-button"
            onClick={remove}
            aria-label={`Remove quotation from ${citation}`}
          >
            Remove
          </button>
        </span>
      </figcaption>
    </figure>
  );
}
