import { useCallback, useState } from 'react';
import { History } from 'lucide-react';
import { IconButton } from './layout/IconButton.tsx';
import { DraftEditor } from './editor/DraftEditor.tsx';
import type { SaveState } from './editor/plugins/AutosavePlugin.tsx';
import { createValueStore } from './valueStore.ts';
import { setText, useLiveElement } from './useLiveElement.ts';
import type { SaveDraftChanges } from './editor/draftSaver.ts';
import { call } from './api/workbench.ts';
import { useProject } from './state/hooks.ts';
import { useWorkbench } from './state/workbench.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { plural } from '../../shared/text/plural.ts';
import { wholeNumber } from '../../shared/text/wholeNumber.ts';

const showTotal = (element: HTMLElement, words: number) =>
  setText(element, `${wholeNumber(words)} ${plural(words, 'word')} in all`);

// Written into its element when typing pauses, not rendered (see useLiveElement).
function WordTotal() {
  const element = useLiveElement(useWorkbench().draftStats.totalWords, showTotal);
  return <span ref={element} className="draft-words" />;
}

/** The response being written, its word total, save state and kept versions. */
export function DraftPane() {
  const { dialogs, editor } = useWorkbench();
  const draft = useProject((p) => p.draft);
  const projectPath = useProject((p) => p.info.path);
  // A store, not state: a change of status must not re-render the pane (see SaveStatus).
  const [saveState] = useState(() => createValueStore<SaveState>({ kind: 'saved', at: null }));
  // Every save names the project it was typed in, so main can refuse one that arrives after a switch.
  const save = useCallback<SaveDraftChanges>(
    (changes) => call('saveDraftChanges', { ...changes, project: projectPath }),
    [projectPath],
  );
  return (
    <section className="pane draft-pane" aria-labelledby="draft-heading">
      <div className="draft-header">
        <h2 id="draft-heading">Draft response</h2>
        <SaveStatus state={saveState} />
        <WordTotal />
        <IconButton label="Versions…" icon={History} onClick={() => dialogs.open({ kind: 'versions' })} />
      </div>
      {/* A new generation (going back to a kept version) loads its draft into a fresh editor. */}
      <DraftEditor
        key={draft.generation}
        initialContent={draft.content}
        save={save}
        onSaveState={saveState.set}
        handle={editor}
      />
    </section>
  );
}
