import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { SourceQuoteNode } from './nodes/SourceQuoteNode.tsx';
import { QuestionPositionNode } from './nodes/QuestionPositionNode.tsx';
import { DraftSectionNode } from './nodes/DraftSectionNode.ts';

/** Every node type a draft may contain; the editor and the tests register the same list. */
export const DRAFT_NODES = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  SourceQuoteNode,
  QuestionPositionNode,
  DraftSectionNode,
];
