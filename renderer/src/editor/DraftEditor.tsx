import { memo, useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { $draftSections, $insertQuoteInSection, $selectEndOfAnswer } from './draftSections.ts';
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
import { messageOf } from '../api/workbench.ts';
import type { SaveDraftChanges } from './draftSaver.ts';
import { SectionGroupingPlugin } from './plugins/SectionGroupingPlugin.tsx';
import { RememberPlacePlugin } from './plugins/RememberPlacePlugin.tsx';

// Stable on purpose: LinkPlugin re-registers (and re-marks every link dirty) whenever this function changes.
function isWebAddress(url: string): boolean {
  return /^https?:\/\//.test(url);
}

export type DraftEditorHandle = {
  /** Adds a quotation to the end of a question's answer; false if the draft has no section for it. */
  insertQuote: (themeId: number, payload: SourceQuotePayload) => boolean;
  revealQuestion: (themeId: number) => void;
  /** Focuses the editor with the caret at the end of a question's answer; false if the draft has no such answer. */
  focusAnswer: (themeId: number) => boolean;
  /** Focuses the editor where its caret last was. */
  focus: () => void;
  /** Saves any change not yet stored, and resolves once it is. */
  flushSave: () => Promise<void>;
};

type Props = {
  initialContent: string;
  save: SaveDraftChanges;
  onSaveState: (state: SaveState) => void;
  handle: Ref<DraftEditorHandle>;
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
      focusAnswer(themeId) {
        let placed = false;
        editor.update(
          () => {
            placed = $selectEndOfAnswer(themeId);
          },
          { discrete: true },
        );
        if (placed) editor.focus();
        return placed;
      },
      focus: () => editor.focus(),
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

export const DraftEditor = memo(function DraftEditor({ initialContent, save, onSaveState, handle }: Props) {
  const flushRef = useRef<(() => Promise<void>) | null>(null);
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
      <AutosavePlugin save={save} onStateChange={onSaveState} onError={messageOf} flushRef={flushRef} />
      <SectionInfoPlugin />
      <EditorHandle handle={handle} flushRef={flushRef} />
      <QuestionHeadingsPlugin />
      <AnnexesPlugin />
      <QuoteSelectionPlugin />
      <QuoteDropPlugin />
      <RememberPlacePlugin />
    </LexicalComposer>
  );
});
