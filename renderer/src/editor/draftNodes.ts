import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { SourceQuoteNode } from './nodes/SourceQuoteNode.tsx';

/** Every node type a draft may contain; the editor and the tests register the same list. */
export const DRAFT_NODES = [HeadingNode, QuoteNode, SourceQuoteNode];
