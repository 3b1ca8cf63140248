import { useState } from 'react';

/**
 * A field's text while the user edits it, starting from the saved value and starting again whenever the
 * saved value changes (after a save, an undo or a move), without an effect's extra render.
 */
export function useEditableValue(saved: string): [string, (value: string) => void] {
  const [state, setState] = useState({ saved, value: saved });
  if (state.saved !== saved) {
    setState({ saved, value: saved });
    return [saved, (value) => setState({ saved, value })];
  }
  return [state.value, (value) => setState({ saved, value })];
}
