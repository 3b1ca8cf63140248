import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useConsultation } from '../../state/hooks.ts';
import { $draftInStep, $syncQuestionHeadings } from '../syncQuestionHeadings.ts';
import { registerQuestionHeadingEnter } from '../questionHeadingEnter.ts';
import { registerReadOnlyHeadings } from '../readOnlyHeadings.ts';

/**
 * Keeps the draft's chapters and answer sections in step with the consultation as it is edited, and Enter in a
 * question's heading from splitting its wording; the headings' words are read-only.
 */
export function QuestionHeadingsPlugin() {
  const [editor] = useLexicalComposerContext();
  const consultation = useConsultation();
  useEffect(() => registerQuestionHeadingEnter(editor), [editor]);
  useEffect(() => registerReadOnlyHeadings(editor), [editor]);
  useEffect(() => {
    if (editor.getEditorState().read(() => $draftInStep(consultation))) return;
    editor.update(() => $syncQuestionHeadings(consultation));
  }, [editor, consultation]);
  return null;
}
