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
    // When the oldest unsaved edit was made, and the latest.
    let waitingSince = 0;
    let changedAt = 0;
    // The status is a live region: it says "Saving…" once when typing starts and "All changes saved" once the
    // writer pauses, not at every save made while they type (those would be read out every 700 ms, and each
    // re-render of the window costs a long draft milliseconds of React re-reading the editor's selection).
    let shown: SaveState['kind'] = 'saved';
    let settleTimer: number | null = null;
    const show = (state: SaveState) => {
      if (state.kind === 'saving' && shown === 'saving') return;
      shown = state.kind;
      callbacks.current.onStateChange(state);
    };
    const settle = () => {
      if (settleTimer !== null) window.clearTimeout(settleTimer);
      settleTimer = null;
      if (pending.current || saving) return;
      const quiet = changedAt + delayMs - Date.now();
      if (quiet <= 0) show({ kind: 'saved', at: storedAt });
      else settleTimer = window.setTimeout(settle, quiet);
    };
    // Saves go one after another, each made to the revision the one before it stored.
    let queue: Promise<void> = Promise.resolve();
    let saving = false;
    const saveNow = async (whole = false): Promise<void> => {
      const state = pending.current;
      if (!state) return;
      pending.current = null;
      const draft = serialize(state);
      if (saver.holds(draft)) return settle();
      saving = true;
      try {
        storedAt = await saver.save(draft, whole);
        saving = false;
        settle();
      } catch (error) {
        saving = false;
        // Keep the unsaved state so the next change or a retry sends it again.
        pending.current ??= state;
        show({ kind: 'error', message: callbacks.current.onError(error) });
      }
    };
    const flush = (): Promise<void> => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
      queue = queue.then(() => saveNow());
      return queue;
    };
    // A save is due after a pause, or once the oldest unsaved edit has waited long enough.
    const dueAt = () => Math.min(changedAt + delayMs, waitingSince + maxWaitMs);
    // The timer is set once and, if it fires before the save is due, waits out the rest: clearing and setting it
    // again at every key was a measurable share of a key's work in a long draft.
    const onTimer = () => {
      const wait = dueAt() - Date.now();
      timer.current = wait > 0 ? window.setTimeout(onTimer, wait) : null;
      if (wait <= 0) void flush();
    };
    const unregister = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return; // selection only
      changedAt = Date.now();
      if (pending.current === null) waitingSince = changedAt;
      show({ kind: 'saving' });
      pending.current = editorState;
      timer.current ??= window.setTimeout(onTimer, Math.max(0, dueAt() - changedAt));
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
      if (settleTimer !== null) window.clearTimeout(settleTimer);
      void flush();
    };
  }, [editor, delayMs, maxWaitMs, flushRef]);

  return null;
}
