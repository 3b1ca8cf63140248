import type { SaveState } from './editor/plugins/AutosavePlugin.tsx';
import { setText, useLiveElement } from './useLiveElement.ts';
import type { ValueStore } from './valueStore.ts';

function saveLabel(state: SaveState): string {
  if (state.kind === 'saving') return 'Saving…';
  if (state.kind === 'error') return `Not saved: ${state.message}`;
  return 'All changes saved';
}

function show(element: HTMLElement, state: SaveState) {
  setText(element, saveLabel(state));
  element.dataset['state'] = state.kind;
}

/**
 * The draft's save status, a polite live region. It says "Saving…" at the key that starts a change, so it is written
 * into its element, not rendered (see useLiveElement): a render there delayed that key's letter by 10-30 ms.
 */
export function SaveStatus({ state }: { state: ValueStore<SaveState> }) {
  const element = useLiveElement(state, show);
  return <span ref={element} className="save-state" role="status" />;
}
