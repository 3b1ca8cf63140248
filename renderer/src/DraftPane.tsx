import { useState, type Ref } from 'react';
import { History } from 'lucide-react';
import { IconButton } from './layout/IconButton.tsx';
import { DraftEditor, type DraftEditorHandle } from './editor/DraftEditor.tsx';
import type { SaveState } from './editor/plugins/AutosavePlugin.tsx';
import type { Consultation } from '../../shared/domain/theme.ts';
import type { SourceQuotePayload } from './editor/nodes/SourceQuoteNode.tsx';
import { useValueStore, type ValueStore } from './valueStore.ts';
import type { SaveDraftChanges } from './editor/draftSaver.ts';

type Props = {
  initialContent: string;
  save: SaveDraftChanges;
  describeError: (error: unknown) => string;
  onWordCounts: (counts: Map<number, number>, total: number) => void;
  onActiveQuestion: (themeId: number) => void;
  onQuotesInDraft: (placed: Map<number, number | null>) => void;
  handle: Ref<DraftEditorHandle>;
  totalWords: ValueStore<number>;
  consultation: Consultation;
  onShowVersions: () => void;
  quotePayload: (quoteId: number) => SourceQuotePayload | null;
  onQuoteDropped: (quoteId: number) => void;
};

function saveLabel(state: SaveState): string {
  if (state.kind === 'saving') return 'Saving…';
  if (state.kind === 'error') return `Not saved: ${state.message}`;
  return 'All changes saved';
}

// Its own component, so a new total re-renders this line and not the pane holding the editor.
function WordTotal({ words }: { words: ValueStore<number> }) {
  return <span className="draft-words">{useValueStore(words).toLocaleString('en-GB')} words in all</span>;
}

export function DraftPane({
  initialContent,
  save,
  describeError,
  onWordCounts,
  onActiveQuestion,
  onQuotesInDraft,
  handle,
  totalWords,
  onShowVersions,
  consultation,
  quotePayload,
  onQuoteDropped,
}: Props) {
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: null });
  return (
    <section className="pane draft-pane" aria-labelledby="draft-heading">
      <div className="draft-header">
        <h2 id="draft-heading">Draft response</h2>
        <span className={`save-state ${saveState.kind}`} role="status">
          {saveLabel(saveState)}
        </span>
        <WordTotal words={totalWords} />
        <IconButton label="Versions…" icon={History} onClick={onShowVersions} />
      </div>
      <DraftEditor
        initialContent={initialContent}
        save={save}
        onSaveState={setSaveState}
        describeError={describeError}
        onWordCounts={onWordCounts}
        onActiveQuestion={onActiveQuestion}
        onQuotesInDraft={onQuotesInDraft}
        handle={handle}
        consultation={consultation}
        quotePayload={quotePayload}
        onQuoteDropped={onQuoteDropped}
      />
    </section>
  );
}
