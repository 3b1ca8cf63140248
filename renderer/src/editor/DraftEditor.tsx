import { memo, useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { defineExtension } from 'lexical';
import { LexicalExtensionComposer } from '@lexical/react/LexicalExtensionComposer';
import { DraftEditorExtension } from './draftExtensions.ts';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { $draftSections, $insertQuoteInSection, $selectEndOfAnswer, $selectEndOfPart } from './draftSections.ts';
import type { SourceQuotePayload } from './nodes/SourceQuoteNode.tsx';
import { caretAfterInsertedQuote } from './caretAfterQuote.ts';
import { AutosavePlugin, type SaveState } from './plugins/AutosavePlugin.tsx';
import { SectionInfoPlugin } from './plugins/SectionInfoPlugin.tsx';
import { ToolbarPlugin } from './plugins/ToolbarPlugin.tsx';
import { QuestionHeadingsPlugin } from './plugins/QuestionHeadingsPlugin.tsx';
import { QuoteDropPlugin } from './plugins/QuoteDropPlugin.tsx';
import { HeadingRefusalPlugin } from './plugins/HeadingRefusalPlugin.tsx';
import { AnnexesPlugin } from './plugins/AnnexesPlugin.tsx';
import { messageOf } from '../api/workbench.ts';
import type { SaveDraftChanges } from './draftSaver.ts';
import { RememberPlacePlugin } from './plugins/RememberPlacePlugin.tsx';

export type DraftEditorHandle = {
  /** Adds a quotation to the end of a question's answer; false if the draft has no section for it. */
  insertQuote: (questionId: number, payload: SourceQuotePayload) => boolean;
  revealQuestion: (questionId: number) => void;
  /** Focuses the editor with the caret at the end of a question's answer; false if the draft has no such answer. */
  focusAnswer: (questionId: number) => boolean;
  /** Focuses the editor at the end of a fixed part ("About us"); false if the draft has no such part. */
  focusPart: (title: string) => boolean;
  /** Focuses the editor where its caret last was. */
  focus: () => void;
  /** Saves any change not yet stored, and resolves once it is. */
  flushSave: () => Promise<void>;
  /**
   * Stops typing until the returned release is called: while a whole new draft is being stored (an import, a kept
   * version restored), a word typed meanwhile would be autosaved over it.
   */
  holdEdits: () => () => void;
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
      insertQuote(questionId, payload) {
        let quoteKey: string | null = null;
        editor.update(
          () => {
            quoteKey = $insertQuoteInSection(questionId, payload);
          },
          { discrete: true },
        );
        if (quoteKey !== null) caretAfterInsertedQuote(editor, quoteKey);
        return quoteKey !== null;
      },
      flushSave: () => flushRef.current?.() ?? Promise.resolve(),
      holdEdits() {
        editor.setEditable(false);
        return () => editor.setEditable(true);
      },
      focusAnswer(questionId) {
        let placed = false;
        editor.update(
          () => {
            placed = $selectEndOfAnswer(questionId);
          },
          { discrete: true },
        );
        if (placed) editor.focus();
        return placed;
      },
      focusPart(title) {
        let placed = false;
        editor.update(
          () => {
            placed = $selectEndOfPart(title);
          },
          { discrete: true },
        );
        if (placed) editor.focus();
        return placed;
      },
      focus: () => editor.focus(),
      revealQuestion(questionId) {
        const key = editor.getEditorState().read(() =>
          $draftSections()
            .find((s) => s.questionId === questionId)
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
  // One editor per draft loaded (a kept version gets a fresh one): the extension must stay the same object till then.
  const extension = useMemo(
    () =>
      defineExtension({
        name: 'consultation-response/opened',
        dependencies: [DraftEditorExtension],
        $initialEditorState: initialContent,
      }),
    [initialContent],
  );
  // The order of the plugins below matters only for React-side effects: autosave takes the draft as opened (already
  // grouped in sections by the extensions) before the annexes part is added to an older draft, which is then saved.
  return (
    <LexicalExtensionComposer extension={extension} contentEditable={null}>
      <ToolbarPlugin />
      <div className="editor-shell">
        <ContentEditable className="editor-content" aria-label="Response draft" spellCheck />
      </div>
      <AutosavePlugin save={save} onStateChange={onSaveState} onError={messageOf} flushRef={flushRef} />
      <SectionInfoPlugin />
      <EditorHandle handle={handle} flushRef={flushRef} />
      <QuestionHeadingsPlugin />
      <AnnexesPlugin />
      <QuoteDropPlugin />
      <HeadingRefusalPlugin />
      <RememberPlacePlugin />
    </LexicalExtensionComposer>
  );
});
