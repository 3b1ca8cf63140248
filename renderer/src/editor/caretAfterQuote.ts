import type { LexicalEditor } from 'lexical';

/**
 * Writing carries on right after an inserted quote: the editor takes focus (with the caret $insertQuoteInSection left
 * on the line after it) and the quote is scrolled into view. Deferred a frame, because a picker dialog closing gives
 * focus back to what opened it after the insert, and the next sentence typed went there.
 */
export function caretAfterInsertedQuote(editor: LexicalEditor, quoteKey: string): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      editor.focus();
      editor.getElementByKey(quoteKey)?.scrollIntoView({ block: 'nearest' });
    }),
  );
}
