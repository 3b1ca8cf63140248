import { useCallback, useState } from 'react';
import { History } from 'lucide-react';
import { IconButton } from './layout/IconButton.tsx';
import { DraftEditor } from './editor/DraftEditor.tsx';
import type { SaveState } from './editor/plugins/AutosavePlugin.tsx';
import { useValueStore } from './valueStore.ts';
import type { SaveDraftChanges } from './editor/draftSaver.ts';
import { call } from './api/workbench.ts';
import { useProject } from './state/hooks.ts';
import { useWorkbench } from './state/workbench.ts';

function saveLabel(state: SaveState): string {
  if (state.kind === 'saving') return 'Saving…';
  if (state.kind === 'error') return `Not saved: ${state.message}`;
  return 'All changes saved';
}

// Its own component, so a new total re-renders this line and not the pane holding the editor.
function WordTotal() {
  const words = useValueStore(useWorkbench().draftStats.totalWords);
  return <span className="draft-words">{words.toLocaleString('en-GB')} words in all</span>;
}

/** The response being written, its word total, save state and kept versions. */
export function DraftPane() {
  const { dialogs, editor } = useWorkbench();
  const draft = useProject((p) => p.draft);
  const projectPath = useProject((p) => p.info.path);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: null });
  // Every save names the project it was typed in, so main can refuse one that arrives after a switch.
  const save = useCallback<SaveDraftChanges>(
    (changes) => call('saveDraftChanges', { ...changes, project: projectPath }),
    [projectPath],
  );
  return (
    <section className="pane draft-pane" aria-labelledby="draft-heading">
      <div className="draft-header">
        <h2 id="draft-heading">Draft response</h2>
        <span className={`save-state ${saveState.kind}`} role="status">
          {saveLabel(saveState)}
        </span>
        <WordTotal />
        <IconButton label="Versions…" icon={History} onClick={() => dialogs.open({ kind: 'versions' })} />
      </div>
      {/* A new generation (going back to a kept version) loads its draft into a fresh editor. */}
      <DraftEditor
        key={draft.generation}
        initialContent={draft.content}
        save={save}
        onSaveState={setSaveState}
        handle={editor}
      />
    </section>
  );
}
