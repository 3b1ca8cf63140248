import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG } from 'lexical';
import { $ensureAnnexes, $hasAnnexes } from '../annexes.ts';

/** Gives an older draft its Annexes part when it opens; not an undo step, since the writer did not make it. */
export function AnnexesPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    // Only an update that changes something: an empty one on opening would still be saved as an edit.
    if (editor.getEditorState().read($hasAnnexes)) return;
    editor.update($ensureAnnexes, { tag: HISTORY_MERGE_TAG });
  }, [editor]);
  return null;
}
