import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG, RootNode } from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { $groupRootBlocks, $regroupSection } from '../draftGrouping.ts';
import { DraftSectionNode } from '../nodes/DraftSectionNode.ts';

/**
 * Keeps the draft's blocks in sections (see DraftSectionNode). It must come before autosave: a draft saved before
 * sections existed is grouped as it opens, in a discrete update autosave then takes as the draft as stored, so
 * opening a project still writes nothing to it.
 */
export function SectionGroupingPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const unregister = mergeRegister(editor.registerNodeTransform(RootNode, $groupRootBlocks), editor.registerNodeTransform(DraftSectionNode, $regroupSection));
    // Registering a transform marks every node of its type dirty; the root's transform then groups any loose block.
    editor.update(() => {}, { tag: HISTORY_MERGE_TAG, discrete: true });
    return unregister;
  }, [editor]);
  return null;
}
