import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { EditorState } from 'lexical';
import { createDraftSerializer } from '../draftSerializer.ts';
import { createDraftSaver, type SaveDraftChanges } from '../draftSaver.ts';

export type SaveState = { kind: 'saved'; at: string | null } | { kind: 'saving' } | { kind: 'error'; message: string };

type Props = {
  save: SaveDraftChanges;
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
    const serialize = createDraftSerializer();
    // What the project file holds. Lexical re-marks nodes dirty without changing them (a plugin registering
    // a transform on opening, say); writing the same draft again would be a needless change to the file.
    const saver = createDraftSaver((input) => callbacks.current.save(input), serialize(editor.getEditorState()));
    let storedAt: string | null = null;
    // When the oldest unsaved edit was made.
    let waitingSince = 0;
    // Saves go one after another, each made to the revision the one before it stored.
    let queue: Promise<void> = Promise.resolve();
    let saving = false;
    const saveNow = async (whole = false): Promise<void> => {
      const state = pending.current;
      if (!state) return;
      pending.current = null;
      const { onStateChange: report, onError: describe } = callbacks.current;
      const draft = serialize(state);
      if (saver.holds(draft)) {
        if (!pending.current) report({ kind: 'saved', at: storedAt });
        return;
      }
      saving = true;
      try {
        storedAt = await saver.save(draft, whole);
        if (!pending.current) report({ kind: 'saved', at: storedAt });
      } catch (error) {
        // Keep the unsaved state so the next change or a retry sends it again.
        pending.current ??= state;
        report({ kind: 'error', message: describe(error) });
      } finally {
        saving = false;
      }
    };
    const flush = (): Promise<void> => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
      queue = queue.then(() => saveNow());
      return queue;
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
    // The window is closing: what is pending must be sent now, in this task. Behind a save still waiting for
    // its answer it would be sent too late, so then it goes whole, needing no revision.
    const onPageHide = () => void (saving ? saveNow(true) : flush());
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
