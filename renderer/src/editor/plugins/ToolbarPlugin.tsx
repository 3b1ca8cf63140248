import { useCallback, useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import {
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { Bold, Italic, Link, List, ListOrdered, Redo2, Underline, Undo2 } from 'lucide-react';
import { BlockTypeControl } from './BlockTypeControl.tsx';
import { IconButton } from '../../layout/IconButton.tsx';
import { usePopover } from '../../usePopover.ts';

const TEXT_STYLES = [
  { format: 'bold', label: 'Bold', icon: Bold, key: 'B' },
  { format: 'italic', label: 'Italic', icon: Italic, key: 'I' },
  { format: 'underline', label: 'Underline', icon: Underline, key: 'U' },
] as const;

export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [linking, setLinking] = useState(false);
  const [url, setUrl] = useState('https://');
  const [linkError, setLinkError] = useState<string | null>(null);
  const stopLinking = useCallback(() => setLinking(false), []);
  const { opener: linkButtonRef, popover: linkFormRef } = usePopover<HTMLButtonElement, HTMLSpanElement>(
    linking,
    stopLinking,
  );
  const addLink = () => {
    if (!/^https?:\/\/[^\s.]+\.[^\s]+$/.test(url.trim())) {
      setLinkError('Use a full web address, starting with https://');
      return;
    }
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url.trim());
    setLinking(false);
    setLinkError(null);
    setUrl('https://');
  };
  useEffect(() => {
    // History says "can undo" at every new undo step while the writer types, and "cannot redo" at the first key after
    // an undo. Any React commit while the editor has focus walks the whole editor's DOM to note the selection (tens
    // of milliseconds in a long draft), so only a change is passed on (React now and then re-renders for a repeated
    // value), and after the frame showing the key that made it, not before.
    const follow = (command: typeof CAN_UNDO_COMMAND, set: (can: boolean) => void) => {
      let shown = false;
      return editor.registerCommand(
        command,
        (can) => {
          if (can === shown) return false;
          shown = can;
          requestAnimationFrame(() => setTimeout(() => set(can), 0));
          return false;
        },
        COMMAND_PRIORITY_LOW,
      );
    };
    return mergeRegister(follow(CAN_UNDO_COMMAND, setCanUndo), follow(CAN_REDO_COMMAND, setCanRedo));
  }, [editor]);
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <span role="group" aria-label="History" className="toolbar-group">
        <IconButton
          label="Undo"
          icon={Undo2}
          shortcut="Ctrl+Z"
          keys="Control+Z"
          disabled={!canUndo}
          onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
        />
        <IconButton
          label="Redo"
          icon={Redo2}
          shortcut="Ctrl+Y"
          keys="Control+Y"
          disabled={!canRedo}
          onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
        />
      </span>
      <BlockTypeControl />
      <span role="group" aria-label="Text style" className="toolbar-group">
        {TEXT_STYLES.map(({ format, label, icon, key }) => (
          <IconButton
            key={format}
            label={label}
            icon={icon}
            shortcut={`Ctrl+${key}`}
            keys={`Control+${key}`}
            onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}
          />
        ))}
      </span>
      <span role="group" aria-label="Lists and links" className="toolbar-group">
        <IconButton
          label="Bulleted list"
          icon={List}
          shortcut="Ctrl+Shift+8"
          keys="Control+Shift+8"
          onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}
        />
        <IconButton
          label="Numbered list"
          icon={ListOrdered}
          shortcut="Ctrl+Shift+7"
          keys="Control+Shift+7"
          onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}
        />
        <IconButton
          ref={linkButtonRef}
          label="Link…"
          icon={Link}
          aria-expanded={linking}
          onClick={() => setLinking((v) => !v)}
        />
      </span>
      {linking ? (
        <span ref={linkFormRef} className="link-form">
          <label htmlFor="link-url">Link the selected words to</label>
          <input
            id="link-url"
            type="url"
            value={url}
            autoFocus
            onChange={(e) => setUrl(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addLink();
              }
            }}
          />
          <button type="button" onClick={addLink}>
            Add link
          </button>
          {linkError ? (
            <span role="alert" className="form-error">
              {linkError}
            </span>
          ) : null}
        </span>
      ) : null}
    </div>
  );
}
