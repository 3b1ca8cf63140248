import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createParagraphNode, $createTextNode, $getRoot, $setState, type LexicalNode } from 'lexical';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { chapterLabel, type Consultation } from '../../../../shared/domain/theme.ts';
import { OTHER_COMMENTS, questionHeadingText } from '../../../../shared/draft/initialDraft.ts';
import { $draftSections, type DraftSection } from '../draftSections.ts';
import { questionState } from '../nodes/questionState.ts';
import { $isAnnexesHeading } from '../annexes.ts';

function lastNodeOf(section: DraftSection): LexicalNode {
  return section.body.at(-1) ?? section.heading;
}

/**
 * Keeps the draft's answer sections in step with the consultation: headings follow edited wording, a new
 * question gets its section after the one before it, and moved questions move their sections (answers and all).
 */
export function QuestionHeadingsPlugin({ consultation }: { consultation: Consultation }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const chapters = consultation.chapters.map((c) => c.questions);
    const wording = new Map(chapters.flat().map((q) => [q.id as number, questionHeadingText(q)]));
    const inStep = editor.getEditorState().read(() => {
      const sections = $draftSections();
      const order = sections.map((s) => s.themeId).filter((id) => wording.has(id));
      const expected = chapters.flat().map((q) => q.id as number);
      return (
        sections.every((s) => !wording.has(s.themeId) || s.heading.getTextContent() === wording.get(s.themeId)) &&
        JSON.stringify(order) === JSON.stringify(expected)
      );
    });
    if (inStep) return;
    editor.update(() => {
      for (const [chapterIndex, questions] of chapters.entries()) {
        let previous: DraftSection | undefined;
        for (const q of questions) {
          const sections = new Map($draftSections().map((s) => [s.themeId, s]));
          let section = sections.get(q.id);
          if (!section) {
            const heading = $setState($createHeadingNode('h3'), questionState, q.id);
            heading.append($createTextNode(questionHeadingText(q)));
            const answer = $createParagraphNode();
            if (previous) lastNodeOf(previous).insertAfter(heading);
            else {
              const next = questions.map((x) => sections.get(x.id)).find(Boolean);
              if (next) next.heading.insertBefore(heading);
              else {
                // The chapter's first question: the chapter gets its heading, before the next chapter's.
                const later = chapters.slice(chapterIndex + 1).flat().map((x) => sections.get(x.id)).find(Boolean);
                let before: LexicalNode | null | undefined = later?.heading;
                while (before && !($isHeadingNode(before) && before.getTag() === 'h2')) before = before.getPreviousSibling();
                before ??= $getRoot().getChildren().find((n) => $isHeadingNode(n) && n.getTextContent() === OTHER_COMMENTS);
                before ??= $getRoot().getChildren().find($isAnnexesHeading); // chapters come before the annexes, always
                const chapterHeading = $createHeadingNode('h2').append($createTextNode(chapterLabel(consultation.chapters[chapterIndex]!)));
                if (before) before.insertBefore(chapterHeading);
                else $getRoot().append(chapterHeading);
                chapterHeading.insertAfter(heading);
              }
            }
            heading.insertAfter(answer);
            section = { themeId: q.id, heading, body: [answer] };
          } else {
            if (section.heading.getTextContent() !== wording.get(q.id)) {
              section.heading.clear();
              section.heading.append($createTextNode(wording.get(q.id)!));
            }
            // A section that is not straight after the previous question's moves there, answer and all.
            if (previous && !lastNodeOf(previous).is(section.heading.getPreviousSibling())) {
              let anchor = lastNodeOf(previous);
              for (const node of [section.heading, ...section.body]) {
                anchor.insertAfter(node);
                anchor = node;
              }
            }
          }
          previous = section;
        }
      }
    });
  }, [editor, consultation]);
  return null;
}
