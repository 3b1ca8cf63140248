import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerQuoteSelectionKeys } from '../quoteSelectionKeys.ts';

/** Typing, Enter and the arrow keys act beside a selected quotation. */
export function QuoteSelectionPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerQuoteSelectionKeys(editor), [editor]);
  return null;
}
