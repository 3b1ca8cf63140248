import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createTextNode } from 'lexical';
import type { Consultation } from '../../../../shared/domain/theme.ts';
import { questionHeadingText } from '../../../../shared/draft/initialDraft.ts';
import { $draftSections } from '../draftSections.ts';

/** Keeps each answer's heading in step with its question's wording when the wording is edited. */
export function QuestionHeadingsPlugin({ consultation }: { consultation: Consultation }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const wording = new Map(consultation.chapters.flatMap((c) => c.questions).map((q) => [q.id as number, questionHeadingText(q)]));
    const stale = editor.getEditorState().read(() =>
      $draftSections().some((s) => wording.has(s.themeId) && s.heading.getTextContent() !== wording.get(s.themeId)),
    );
    if (!stale) return;
    editor.update(() => {
      for (const section of $draftSections()) {
        const text = wording.get(section.themeId);
        if (text !== undefined && section.heading.getTextContent() !== text) {
          section.heading.clear();
          section.heading.append($createTextNode(text));
        }
      }
    });
  }, [editor, consultation]);
  return null;
}
