import { useEffect, useMemo } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { $draftSections, $quotesInDraft, $sectionOf } from '../draftSections.ts';
import { $draftWordCounts, type BlockWordCounts } from '../draftWordCounts.ts';
import { $showAnswerCounts } from '../answerCounts.ts';
import type { QuestionId, QuoteId } from '../../../../shared/ids.ts';
import { useConsultation } from '../../state/hooks.ts';
import { useWorkbench } from '../../state/workbench.ts';
import { quietTimer } from '../quietTimer.ts';

// Reading the sections walks the whole draft, and a new count repaints the window: do it when the writer pauses,
// not in the gaps between keys. At 150 ms it ran after about half the keys of steady typing (gaps of 60-250 ms)
// and cost the typing bench 2.3 ms of main thread a key.
const SETTLE_MS = 600;

/**
 * Tells the rest of the window what the draft holds when typing pauses: words per answer and in all, where each
 * quote is used, and (so the window can follow the writer) the question whose answer holds the caret.
 */
export function SectionInfoPlugin() {
  const [editor] = useLexicalComposerContext();
  const workbench = useWorkbench();
  const consultation = useConsultation();
  // Each answer's count is shown beside it with its question's word limit.
  const limitOf = useMemo(() => {
    const limits = new Map(consultation.chapters.flatMap((c) => c.questions.map((q) => [q.id as number, q.wordLimit])));
    return (questionId: number) => limits.get(questionId) ?? null;
  }, [consultation]);
  useEffect(() => {
    let lastActive: number | null = null;
    let blocks: BlockWordCounts = new Map();
    const read = () =>
      editor.getEditorState().read(() => {
        const sections = $draftSections();
        const counts = $draftWordCounts(sections, blocks);
        blocks = counts.blocks;
        workbench.draftStats.setWordCounts(counts.sections as Map<QuestionId, number>, counts.total);
        $showAnswerCounts(editor, sections, counts, limitOf);
        workbench.draftStats.setPlacements($quotesInDraft() as Map<QuoteId, QuestionId | null>);
        const selection = $getSelection();
        if ($isRangeSelection(selection) && editor.getRootElement()?.contains(document.activeElement)) {
          const questionId = $sectionOf(selection.anchor.getNode(), sections);
          if (questionId !== null && questionId !== lastActive) {
            lastActive = questionId;
            workbench.selection.selectQuestion(questionId as QuestionId);
          }
        }
      });
    read();
    const settled = quietTimer(SETTLE_MS, read);
    const unregister = editor.registerUpdateListener(settled.restart);
    return () => {
      unregister();
      settled.cancel();
    };
  }, [editor, workbench, limitOf]);
  return null;
}
