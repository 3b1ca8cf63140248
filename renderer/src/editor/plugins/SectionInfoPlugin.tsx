import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { $draftSections, $quotesInDraft, $sectionOf } from '../draftSections.ts';
import { $draftWordCounts, type BlockWordCounts } from '../draftWordCounts.ts';
import { $showAnswerCounts } from '../answerCounts.ts';

type Props = {
  onWordCounts: (counts: Map<number, number>, total: number) => void;
  /** The question whose answer holds the caret, so the rest of the window can follow the writer. */
  onActiveQuestion: (themeId: number) => void;
  /** Which quotes the draft uses, and in which question's answer. */
  onQuotesInDraft: (placed: Map<number, number | null>) => void;
  /** A question's word limit, shown with its answer's count beside the answer. */
  limitOf: (themeId: number) => number | null;
};

// Reading the sections walks the whole draft, and a new count repaints the window: do it when the writer pauses,
// not in the gaps between keys. At 150 ms it ran after about half the keys of steady typing (gaps of 60-250 ms)
// and cost the typing bench 2.3 ms of main thread a key.
const SETTLE_MS = 600;

export function SectionInfoPlugin({ onWordCounts, onActiveQuestion, onQuotesInDraft, limitOf }: Props) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let lastActive: number | null = null;
    let timer: number | null = null;
    let blocks: BlockWordCounts = new Map();
    const read = () =>
      editor.getEditorState().read(() => {
        const sections = $draftSections();
        const counts = $draftWordCounts(sections, blocks);
        blocks = counts.blocks;
        onWordCounts(counts.sections, counts.total);
        $showAnswerCounts(editor, sections, counts, limitOf);
        onQuotesInDraft($quotesInDraft());
        const selection = $getSelection();
        if ($isRangeSelection(selection) && editor.getRootElement()?.contains(document.activeElement)) {
          const themeId = $sectionOf(selection.anchor.getNode(), sections);
          if (themeId !== null && themeId !== lastActive) {
            lastActive = themeId;
            onActiveQuestion(themeId);
          }
        }
      });
    read();
    const unregister = editor.registerUpdateListener(() => {
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(read, SETTLE_MS);
    });
    return () => {
      unregister();
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [editor, onWordCounts, onActiveQuestion, onQuotesInDraft, limitOf]);
  return null;
}
