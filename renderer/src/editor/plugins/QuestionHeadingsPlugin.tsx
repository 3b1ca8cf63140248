import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useConsultation } from '../../state/hooks.ts';
import { $draftInStep, $syncQuestionHeadings } from '../syncQuestionHeadings.ts';

/**
 * Keeps the draft's chapters and answer sections in step with the consultation as it is edited (the headings' keys
 * are QuestionHeadingKeysExtension's).
 */
export function QuestionHeadingsPlugin() {
  const [editor] = useLexicalComposerContext();
  const consultation = useConsultation();
  useEffect(() => {
    if (editor.getEditorState().read(() => $draftInStep(consultation))) return;
    editor.update(() => $syncQuestionHeadings(consultation));
  }, [editor, consultation]);
  return null;
}
