import { memo, useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { $draftSections, $insertQuoteInSection } from './draftSections.ts';
import type { SourceQuotePayload } from './nodes/SourceQuoteNode.tsx';
import { DRAFT_NODES } from './draftNodes.ts';
import { caretAfterInsertedQuote } from './caretAfterQuote.ts';
import { AutosavePlugin, type SaveState } from './plugins/AutosavePlugin.tsx';
import { SectionInfoPlugin } from './plugins/SectionInfoPlugin.tsx';
import { ToolbarPlugin } from './plugins/ToolbarPlugin.tsx';
import { QuestionHeadingsPlugin } from './plugins/QuestionHeadingsPlugin.tsx';
import { QuoteDropPlugin } from './plugins/QuoteDropPlugin.tsx';
import { AnnexesPlugin } from './plugins/AnnexesPlugin.tsx';
import { QuoteSelectionPlugin } from './plugins/QuoteSelectionPlugin.tsx';
import type { Consultation } from '../../../shared/domain/theme.ts';
import type { SaveDraftChanges } from './draftSaver.ts';
import { SectionGroupingPlugin } from './plugins/SectionGroupingPlugin.tsx';

// Stable on purpose: LinkPlugin re-registers (and re-marks every link dirty) whenever this function changes.
function isWebAddress(url: string): boolean {
  return /^https?:\/\//.test(url);
}

export type DraftEditorHandle = {
  /** Adds a quotation to the end of a question's answer; false if the draft has no section for it. */
  insertQuote: (themeId: number, payload: SourceQuotePayload) => boolean;
  revealQuestion: (themeId: number) => void;
  /** Saves any change not yet stored, and resolves once it is. */
  flushSave: () => Promise<void>;
};

type Props = {
  initialContent: string;
  save: SaveDraftChanges;
  onSaveState: (state: SaveState) => void;
  describeError: (error: unknown) => string;
  onWordCounts: (counts: Map<number, number>, total: number) => void;
  onActiveQuestion: (themeId: number) => void;
  onQuotesInDraft: (placed: Map<number, number | null>) => void;
  handle: Ref<DraftEditorHandle>;
  consultation: Consultation;
  /** What a quote dropped on the draft becomes, by quote id; null if it is unknown. */
  quotePayload: (quoteId: number) => SourceQuotePayload | null;
  onQuoteDropped: (quoteId: number) => void;
};

function EditorHandle({
  handle,
  flushRef,
}: {
  handle: Ref<DraftEditorHandle>;
  flushRef: { current: (() => Promise<void>) | null };
}) {
  const [editor] = useLexicalComposerContext();
  useImperativeHandle(
    handle,
    () => ({
      insertQuote(themeId, payload) {
        let quoteKey: string | null = null;
        editor.update(
          () => {
            quoteKey = $insertQuoteInSection(themeId, payload);
          },
          { discrete: true },
        );
        if (quoteKey !== null) caretAfterInsertedQuote(editor, quoteKey);
        return quoteKey !== null;
      },
      flushSave: () => flushRef.current?.() ?? Promise.resolve(),
      revealQuestion(themeId) {
        const key = editor.getEditorState().read(() =>
          $draftSections()
            .find((s) => s.themeId === themeId)
            ?.heading.getKey(),
        );
        if (key) editor.getElementByKey(key)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      },
    }),
    [editor, flushRef],
  );
  return null;
}

export const DraftEditor = memo(function DraftEditor({
  initialContent,
  save,
  onSaveState,
  describeError,
  onWordCounts,
  onActiveQuestion,
  onQuotesInDraft,
  handle,
  consultation,
  quotePayload,
  onQuoteDropped,
}: Props) {
  const flushRef = useRef<(() => Promise<void>) | null>(null);
  const limitOf = useMemo(() => {
    const limits = new Map(consultation.chapters.flatMap((c) => c.questions.map((q) => [q.id as number, q.wordLimit])));
    return (themeId: number) => limits.get(themeId) ?? null;
  }, [consultation]);
  // The desktop app asks before it closes this project (switch, reload, close, quit) and waits for the answer.
  useEffect(() => window.workbenchEvents?.onFlushRequest(() => flushRef.current?.() ?? Promise.resolve()), []);
  const initialConfig: InitialConfigType = {
    namespace: 'consultation-response',
    nodes: DRAFT_NODES,
    editorState: initialContent,
    theme: {
      heading: { h2: 'draft-h2', h3: 'draft-h3', h4: 'draft-h4' },
      text: { bold: 'text-bold', italic: 'text-italic', underline: 'text-underline' },
      list: { ol: 'draft-ol', ul: 'draft-ul', listitem: 'draft-li' },
      link: 'draft-link',
    },
    onError: (error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ToolbarPlugin />
      <div className="editor-shell">
        <RichTextPlugin
          contentEditable={<ContentEditable className="editor-content" aria-label="Response draft" spellCheck />}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isWebAddress} />
      <SectionGroupingPlugin />
      <AutosavePlugin save={save} onStateChange={onSaveState} onError={describeError} flushRef={flushRef} />
      <SectionInfoPlugin
        onWordCounts={onWordCounts}
        onActiveQuestion={onActiveQuestion}
        onQuotesInDraft={onQuotesInDraft}
        limitOf={limitOf}
      />
      <EditorHandle handle={handle} flushRef={flushRef} />
      <QuestionHeadingsPlugin consultation={consultation} />
      <AnnexesPlugin />
      <QuoteSelectionPlugin />
      <QuoteDropPlugin payloadFor={quotePayload} onDropped={onQuoteDropped} />
    </LexicalComposer>
  );
});
