import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { EditorState } from 'lexical';
import { createDraftSerializer } from '../draftSerializer.ts';

export type SaveState = { kind: 'saved'; at: string | null } | { kind: 'saving' } | { kind: 'error'; message: string };

type Props = {
  save: (content: string) => Promise<{ updatedAt: string }>;
  onStateChange: (state: SaveState) => void;
  onError: (error: unknown) => string;
  /** A pause in typing this long saves what was typed. */
  delayMs?: number;
  /**
   * The longest an edit waits while typing goes on without a pause, so every edit reaches the project file
   * within a second even for a fast typist.
   */
  maxWaitMs?: number;
  /** Filled with a function that saves any pending change now, and resolves when it is stored. */
  flushRef?: { current: (() => Promise<void>) | null };
};

/** Saves the draft shortly after each change, and once more if the window is closing with changes pending. */
export function AutosavePlugin({ save, onStateChange, onError, delayMs = 300, maxWaitMs = 700, flushRef }: Props) {
  const [editor] = useLexicalComposerContext();
  const pending = useRef<EditorState | null>(null);
  const timer = useRef<number | null>(null);
  const callbacks = useRef({ save, onStateChange, onError });
  useEffect(() => {
    callbacks.current = { save, onStateChange, onError };
  });

  useEffect(() => {
    // What the project file holds. Lexical re-marks nodes dirty without changing them (a plugin registering
    // a transform on opening, say); writing the same draft again would be a needless change to the file.
    const serialize = createDraftSerializer();
    let stored = serialize(editor.getEditorState());
    let storedAt: string | null = null;
    // When the oldest unsaved edit was made.
    let waitingSince = 0;
    const flush = (): Promise<void> => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
      const state = pending.current;
      if (!state) return Promise.resolve();
      pending.current = null;
      const { save: doSave, onStateChange: report, onError: describe } = callbacks.current;
      const content = serialize(state);
      if (content === stored) {
        report({ kind: 'saved', at: storedAt });
        return Promise.resolve();
      }
      return doSave(content)
        .then(({ updatedAt }) => {
          stored = content;
          storedAt = updatedAt;
          if (!pending.current) report({ kind: 'saved', at: updatedAt });
        })
        .catch((error: unknown) => {
          // Keep the unsaved state so the next change or a retry sends it again.
          pending.current ??= state;
          report({ kind: 'error', message: describe(error) });
        });
    };
    const unregister = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return; // selection only
      // Reported once per burst of typing: a state change per key would re-render the editor's 500 quotations.
      if (pending.current === null) {
        callbacks.current.onStateChange({ kind: 'saving' });
        waitingSince = Date.now();
      }
      pending.current = editorState;
      if (timer.current !== null) window.clearTimeout(timer.current);
      const deadline = Math.max(0, waitingSince + maxWaitMs - Date.now());
      timer.current = window.setTimeout(flush, Math.min(delayMs, deadline));
    });
    const onPageHide = () => void flush();
    window.addEventListener('pagehide', onPageHide);
    if (flushRef) flushRef.current = flush;
    return () => {
      unregister();
      window.removeEventListener('pagehide', onPageHide);
      if (flushRef) flushRef.current = null;
      void flush();
    };
  }, [editor, delayMs, maxWaitMs, flushRef]);

  return null;
}
