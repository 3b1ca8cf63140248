import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import type { QuoteId, SourceId } from '../../../../shared/ids.ts';
import { useQuoteNavigation } from '../../quoteNavigation.ts';

type Props = { nodeKey: NodeKey; quoteId: QuoteId; sourceId: SourceId; text: string; citation: string };

export function SourceQuoteBlock({ nodeKey, quoteId, sourceId, text, citation }: Props) {
  const [editor] = useLexicalComposerContext();
  const { showQuoteInSource, quoteExists } = useQuoteNavigation();
  const exists = quoteExists(quoteId);
  const remove = () => editor.update(() => $getNodeByKey(nodeKey)?.remove());
  return (
    <figure className="source-quote-block" data-quote-id={quoteId}>
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
          <button type="button" className="link-button" onClick={remove} aria-label={`Remove quotation from ${citation}`}>
            Remove
          </button>
        </span>
      </figcaption>
    </figure>
  );
}
