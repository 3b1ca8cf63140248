import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical';
import { Heading, Pilcrow, type LucideIcon } from 'lucide-react';
import { IconButton } from '../../layout/IconButton.tsx';
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
  useEffect(() => {
    // Read at every key; passed on only when it changes (see ToolbarPlugin: a React commit while typing is costly).
    let shown: BlockType | null = null;
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => {
        const type = editorState.read($currentBlockType);
        if (type !== shown) setCurrent((shown = type));
      }),
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
    );
  }, [editor]);
  const button = (type: BlockType, label: string, icon: LucideIcon, shortcut: string, keys: string) => (
    <IconButton
      label={label}
      icon={icon}
      shortcut={shortcut}
      keys={keys}
      aria-pressed={current === type}
      disabled={current === null}
      onClick={() => editor.update(() => $setBlockType(type))}
    />
  );
  return (
    <span role="group" aria-label="Block type" className="toolbar-group">
      {button('paragraph', 'Paragraph', Pilcrow, 'Ctrl+Alt+0', 'Control+Alt+0')}
      {button('subheading', 'Sub-heading', Heading, 'Ctrl+Alt+1', 'Control+Alt+1')}
    </span>
  );
}
