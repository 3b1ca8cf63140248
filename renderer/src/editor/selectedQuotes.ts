import {
  $createNodeSelection,
  $getSelection,
  $isNodeSelection,
  $isRangeSelection,
  $setSelection,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { $isSourceQuoteNode } from './nodes/SourceQuoteNode.tsx';

type SelectedQuotes = { keys: Set<NodeKey>; listeners: Map<NodeKey, Set<() => void>> };

const byEditor = new WeakMap<LexicalEditor, SelectedQuotes>();

function selectedQuotesOf(editor: LexicalEditor): SelectedQuotes {
  let store = byEditor.get(editor);
  if (!store) byEditor.set(editor, (store = { keys: new Set(), listeners: new Map() }));
  return store;
}

/** The quotations the selection holds, as each one's own `isSelected` decides it. */
function $selectedQuoteKeys(): Set<NodeKey> {
  const selection = $getSelection();
  // A caret selects no block (the usual case while typing: reading the selection's nodes cost 0.1 ms a key).
  if (!selection || ($isRangeSelection(selection) && selection.isCollapsed())) return new Set();
  return new Set(
    selection
      .getNodes()
      .filter((node) => $isSourceQuoteNode(node) && node.isSelected(selection))
      .map((node) => node.getKey()),
  );
}

/**
 * Keeps the set of selected quotations and tells a quotation's block only when its own state changes. One listener
 * for the draft, reading the selection's nodes once: a listener per quotation (Lexical's useLexicalNodeSelection) read
 * the selection 500 times a key in a 100-page response.
 */
export function registerSelectedQuotes(editor: LexicalEditor): () => void {
  const store = selectedQuotesOf(editor);
  const refresh = () => {
    const next = editor.getEditorState().read($selectedQuoteKeys);
    const changed = [...store.keys].filter((key) => !next.has(key));
    for (const key of next) if (!store.keys.has(key)) changed.push(key);
    store.keys = next;
    for (const key of changed) store.listeners.get(key)?.forEach((listener) => listener());
  };
  refresh();
  return editor.registerUpdateListener(refresh);
}

/** Whether the selection holds this quotation, and subscribing to changes of that (for useSyncExternalStore). */
export function quoteSelection(editor: LexicalEditor, key: NodeKey) {
  const store = selectedQuotesOf(editor);
  return {
    isSelected: () => store.keys.has(key),
    subscribe(listener: () => void) {
      const listeners = store.listeners.get(key) ?? new Set();
      store.listeners.set(key, listeners.add(listener));
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) store.listeners.delete(key);
      };
    },
  };
}

/** Selects this quotation as a whole: alone, or (`extend`, a shift-click) beside quotations already selected. */
export function selectQuote(editor: LexicalEditor, key: NodeKey, extend: boolean): void {
  editor.update(() => {
    const current = $getSelection();
    const selection = extend && $isNodeSelection(current) ? current : $createNodeSelection();
    selection.add(key);
    $setSelection(selection);
  });
}
