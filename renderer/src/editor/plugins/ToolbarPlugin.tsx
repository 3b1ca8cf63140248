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
import { BlockTypeControl } from './BlockTypeControl.tsx';
import { usePopover } from '../../usePopover.ts';

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
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(CAN_UNDO_COMMAND, (v) => (setCanUndo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (v) => (setCanRedo(v), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <button
        type="button"
        disabled={!canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
        aria-keyshortcuts="Control+Z"
      >
        Undo
      </button>
      <button
        type="button"
        disabled={!canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
        aria-keyshortcuts="Control+Y"
      >
        Redo
      </button>
      <BlockTypeControl />
      <button
        type="button"
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
        aria-keyshortcuts="Control+B"
      >
        Bold
      </button>
      <button
        type="button"
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
        aria-keyshortcuts="Control+I"
      >
        Italic
      </button>
      <button
        type="button"
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline')}
        aria-keyshortcuts="Control+U"
      >
        Underline
      </button>
      <button type="button" onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}>
        Bulleted list
      </button>
      <button type="button" onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}>
        Numbered list
      </button>
      <button ref={linkButtonRef} type="button" aria-expanded={linking} onClick={() => setLinking((v) => !v)}>
        Link…
      </button>
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
