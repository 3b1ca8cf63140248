import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical';
import { $currentBlockType, $setBlockType, type BlockType } from '../blockType.ts';

// By key position, so Ctrl+Alt+1 works whatever the keyboard layout prints on that key.
const SHORTCUT_KEYS: Record<string, BlockType> = {
  Digit0: 'paragraph',
  Numpad0: 'paragraph',
  Digit1: 'subheading',
  Numpad1: 'subheading',
};

/** Toolbar buttons (and Ctrl+Alt+0 / Ctrl+Alt+1) that make the current block body text or a sub-heading in the answer. */
export function BlockTypeControl() {
  const [editor] = useLexicalComposerContext();
  const [current, setCurrent] = useState<BlockType | null>(null);
  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => setCurrent(editorState.read($currentBlockType))),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const type = SHORTCUT_KEYS[event.code];
            if (!type || !event.ctrlKey || !event.altKey || event.shiftKey || event.metaKey) return false;
            event.preventDefault();
            $setBlockType(type);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  const button = (type: BlockType, label: string, keys: string) => (
    <button
      type="button"
      aria-pressed={current === type}
      disabled={current === null}
      aria-keyshortcuts={keys}
      onClick={() => editor.update(() => $setBlockType(type))}
    >
      {label}
    </button>
  );
  return (
    <span role="group" aria-label="Block type" className="toolbar-group">
      {button('paragraph', 'Paragraph', 'Control+Alt+0')}
      {button('subheading', 'Sub-heading', 'Control+Alt+1')}
    </span>
  );
}
