import type { LexicalEditor } from 'lexical';

/**
 * Events of each key press that nothing above the draft listens for: React has no onKeyUp, onKeyPress or
 * onBeforeInput handler in the window, and no native listener is registered for these types on the window or the
 * document. (Lexical already keeps `input` to itself the same way.) keydown is not here: the window's shortcuts
 * listen for it.
 */
const KEPT = ['keyup', 'keypress', 'textInput'] as const;

/**
 * Ends these events' bubbling at the draft. React 19 listens at its root for every event type and, for each one that
 * reaches it, builds its synthetic events and walks the components above the target for handlers: about 0.1 ms a key
 * in a 100-page draft, spent before the typed letter can be painted. Lexical's own listeners are on the draft's
 * element itself (or capture on the window), so they still see every event.
 */
export function registerKeyEventsKeptInEditor(editor: LexicalEditor): () => void {
  const stop = (event: Event) => event.stopPropagation();
  return editor.registerRootListener((root, previous) => {
    for (const type of KEPT) {
      previous?.removeEventListener(type, stop);
      root?.addEventListener(type, stop);
    }
  });
}
