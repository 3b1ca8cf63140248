import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerDraftSections } from '../draftGrouping.ts';

/**
 * Keeps the draft's blocks in sections (see DraftSectionNode). It must come before autosave, so a draft saved before
 * sections is grouped before autosave takes it as the draft as stored: opening a project still writes nothing.
 */
export function SectionGroupingPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerDraftSections(editor), [editor]);
  return null;
}
