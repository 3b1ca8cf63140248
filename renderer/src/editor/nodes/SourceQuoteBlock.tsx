import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import type { QuoteId, SourceId } from '../../../../shared/ids.ts';
import { useQuoteNavigation } from '../../quoteNavigation.ts';

type Props = { nodeKey: NodeKey; quoteId: QuoteId; sourceId: SourceId; text: string; citation: string };

export function SourceQuoteBlock({ nodeKey, quoteId, sourceId, text, citation }: Props) {
  const [editor] = useLexicalComposerContext();
  const { showQuoteInSource } = useQuoteNavigation();
  const remove = () => editor.update(() => $getNodeByKey(nodeKey)?.remove());
  return (
    <figure className="source-quote-block" data-quote-id={quoteId}>
      <blockquote>“{text}”</blockquote>
      <figcaption>
        <span className="citation">— {citation}</span>
        <span className="source-quote-actions">
          <button type="button" className="link-button" onClick={() => showQuoteInSource(sourceId, quoteId)}>
            Show in source
          </button>
          <button type="button" className="link-button" onClick={remove} aria-label={`Remove quotation from ${citation}`}>
            Remove
          </button>
        </span>
      </figcaption>
    </figure>
  );
}
