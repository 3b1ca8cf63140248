import type { JSX } from 'react';
import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMExportOutput,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
} from 'lexical';
import {
  SOURCE_QUOTE_TYPE,
  parseSourceQuote,
  type SerializedSourceQuote,
} from '../../../../shared/draft/draftSchema.ts';
import type { QuoteId, SourceId } from '../../../../shared/ids.ts';
import { SourceQuoteBlock } from './SourceQuoteBlock.tsx';

export type SourceQuotePayload = { quoteId: QuoteId; sourceId: SourceId; text: string; citation: string };

/**
 * A quotation pulled from a source. Its text is a snapshot that the editor cannot change,
 * so what reaches the response is exactly what was pulled.
 */
export class SourceQuoteNode extends DecoratorNode<JSX.Element> {
  __quoteId: QuoteId;
  __sourceId: SourceId;
  __text: string;
  __citation: string;

  static override getType(): string {
    return SOURCE_QUOTE_TYPE;
  }

  static override clone(node: SourceQuoteNode): SourceQuoteNode {
    return new SourceQuoteNode(
      { quoteId: node.__quoteId, sourceId: node.__sourceId, text: node.__text, citation: node.__citation },
      node.__key,
    );
  }

  static override importJSON(json: SerializedSourceQuote): SourceQuoteNode {
    return $createSourceQuoteNode(parseSourceQuote(json)).updateFromJSON(
      json as LexicalUpdateJSON<SerializedSourceQuote>,
    );
  }

  constructor(payload: SourceQuotePayload, key?: NodeKey) {
    super(key);
    this.__quoteId = payload.quoteId;
    this.__sourceId = payload.sourceId;
    this.__text = payload.text;
    this.__citation = payload.citation;
  }

  override exportJSON(): SerializedSourceQuote {
    return {
      ...super.exportJSON(),
      type: SOURCE_QUOTE_TYPE,
      version: 1,
      quoteId: this.__quoteId,
      sourceId: this.__sourceId,
      text: this.__text,
      citation: this.__citation,
    };
  }

  override createDOM(): HTMLElement {
    const div = document.createElement('div');
    div.className = 'source-quote';
    div.contentEditable = 'false';
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const blockquote = document.createElement('blockquote');
    blockquote.textContent = this.__text;
    const cite = document.createElement('cite');
    cite.textContent = this.__citation;
    blockquote.append(document.createElement('br'), cite);
    return { element: blockquote };
  }

  /** Counted in the answer's words, as the consultation form counted pasted quotations. */
  override getTextContent(): string {
    return this.getLatest().__text;
  }

  override isInline(): false {
    return false;
  }

  getQuoteId(): QuoteId {
    return this.getLatest().__quoteId;
  }

  override decorate(): JSX.Element {
    return (
      <SourceQuoteBlock
        nodeKey={this.getKey()}
        quoteId={this.__quoteId}
        sourceId={this.__sourceId}
        text={this.__text}
        citation={this.__citation}
      />
    );
  }
}

export function $createSourceQuoteNode(payload: SourceQuotePayload): SourceQuoteNode {
  return $applyNodeReplacement(new SourceQuoteNode(payload));
}

export function $isSourceQuoteNode(node: LexicalNode | null | undefined): node is SourceQuoteNode {
  return node instanceof SourceQuoteNode;
}
