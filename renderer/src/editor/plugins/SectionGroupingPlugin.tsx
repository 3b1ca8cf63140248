import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, HISTORY_MERGE_TAG, KEY_ARROW_DOWN_COMMAND, KEY_ARROW_LEFT_COMMAND, KEY_ARROW_RIGHT_COMMAND, KEY_ARROW_UP_COMMAND, RootNode, type CaretDirection, type LexicalCommand } from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { $caretLeavesSection, $groupRootBlocks, $regroupSection } from '../draftGrouping.ts';
import { DraftSectionNode } from '../nodes/DraftSectionNode.ts';

/**
 * Keeps the draft's blocks in sections (see DraftSectionNode). It must come before autosave: a draft saved before
 * sections existed is grouped as it opens, in a discrete update autosave then takes as the draft as stored, so
 * opening a project still writes nothing to it.
 */
export function SectionGroupingPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    // Handled (so Lexical's own handling is skipped) but not prevented: the browser moves the caret.
    const arrow = (command: LexicalCommand<KeyboardEvent>, direction: CaretDirection) =>
      editor.registerCommand(command, (event) => !event.shiftKey && $caretLeavesSection(direction), COMMAND_PRIORITY_HIGH);
    const unregister = mergeRegister(
      editor.registerNodeTransform(RootNode, $groupRootBlocks),
      editor.registerNodeTransform(DraftSectionNode, $regroupSection),
      arrow(KEY_ARROW_DOWN_COMMAND, 'next'),
      arrow(KEY_ARROW_RIGHT_COMMAND, 'next'),
      arrow(KEY_ARROW_UP_COMMAND, 'previous'),
      arrow(KEY_ARROW_LEFT_COMMAND, 'previous'),
    );
    // Registering a transform marks every node of its type dirty; the root's transform then groups any loose block.
    editor.update(() => {}, { tag: HISTORY_MERGE_TAG, discrete: true });
    return unregister;
  }, [editor]);
  return null;
}
