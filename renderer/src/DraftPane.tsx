import { useState, type Ref } from 'react';
import { DraftEditor, type DraftEditorHandle } from './editor/DraftEditor.tsx';
import type { SaveState } from './editor/plugins/AutosavePlugin.tsx';

type Props = {
  initialContent: string;
  save: (content: string) => Promise<{ updatedAt: string }>;
  describeError: (error: unknown) => string;
  onWordCounts: (counts: Map<number, number>) => void;
  onActiveQuestion: (themeId: number) => void;
  handle: Ref<DraftEditorHandle>;
};

function saveLabel(state: SaveState): string {
  if (state.kind === 'saving') return 'Saving…';
  if (state.kind === 'error') return `Not saved: ${state.message}`;
  return 'All changes saved';
}

export function DraftPane({ initialContent, save, describeError, onWordCounts, onActiveQuestion, handle }: Props) {
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: null });
  return (
    <section className="pane draft-pane" aria-labelledby="draft-heading">
      <div className="draft-header">
        <h2 id="draft-heading">Draft response</h2>
        <span className={`save-state ${saveState.kind}`} role="status">
          {saveLabel(saveState)}
        </span>
      </div>
      <DraftEditor
        initialContent={initialContent}
        save={save}
        onSaveState={setSaveState}
        describeError={describeError}
        onWordCounts={onWordCounts}
        onActiveQuestion={onActiveQuestion}
        handle={handle}
      />
    </section>
  );
}
