import { useEffect, useRef } from 'react';
import type { QuestionNode } from '../../../shared/domain/consultation.ts';
import { chapterLabel, questionLabel } from '../../../shared/domain/consultationLabels.ts';
import type { QuestionId } from '../../../shared/ids.ts';
import { draggedQuoteId, isQuoteDrag } from '../quoteDrag.ts';
import { useConsultation, useSelection } from '../state/hooks.ts';
import { useQuoteActions } from '../state/quoteActions.ts';
import { QuestionWordCount } from './QuestionWordCount.tsx';
import { useRovingList } from '../keyboard/useRovingList.ts';
import { scrollIntoViewWithin } from '../keyboard/scrollIntoViewWithin.ts';
import { countOf } from '../../../shared/text/plural.ts';

function evidenceLabel(q: QuestionNode): string {
  if (q.quoteCount === 0) return 'No evidence yet';
  return countOf(q.quoteCount, 'quote');
}

/** The consultation's questions by chapter, each with its evidence and word count; a quote dropped on one is filed. */
export function QuestionList({ hidden, onSelect }: { hidden: boolean; onSelect: (id: QuestionId) => void }) {
  const consultation = useConsultation();
  const selectedQuestionId = useSelection((s) => s.questionId);
  const { fileAlsoUnder } = useQuoteActions();
  const tree = useRef<HTMLDivElement>(null);
  const shown = consultation.chapters.filter((c) => c.questions.length > 0);
  const order = shown.flatMap((c) => c.questions.map((q) => q.id));
  const roving = useRovingList(order.length, order.indexOf(selectedQuestionId ?? (-1 as QuestionId)));
  // Keep the chosen question in view however it was chosen (here, in the draft, in Coverage, a pulled quote, a
  // restored place), when the list is shown again, and when the evidence below grows and shortens the list.
  useEffect(() => {
    const list = tree.current;
    if (!list || hidden) return;
    const reveal = () => {
      const chosen = list.querySelector<HTMLElement>('[aria-pressed="true"]');
      if (chosen) scrollIntoViewWithin(list, chosen);
    };
    reveal();
    const resized = new ResizeObserver(reveal);
    resized.observe(list);
    return () => resized.disconnect();
  }, [selectedQuestionId, hidden]);
  return (
    <div className="question-tree" ref={tree} hidden={hidden} {...roving.listProps}>
      {shown.map((chapter) => (
        <section key={chapter.id} aria-labelledby={`chapter-${chapter.id}`}>
          <h3 id={`chapter-${chapter.id}`} className="chapter-title">
            {chapterLabel(chapter)}
          </h3>
          <ul>
            {chapter.questions.map((q) => (
              <li key={q.id}>
                <button
                  type="button"
                  className={`question-item${q.quoteCount === 0 ? ' uncovered' : ''}`}
                  aria-pressed={q.id === selectedQuestionId}
                  data-pane-focus={q.id === selectedQuestionId ? '' : undefined}
                  {...roving.itemProps(order.indexOf(q.id))}
                  onClick={() => onSelect(q.id as QuestionId)}
                  onDragOver={(e) => {
                    if (isQuoteDrag(e.dataTransfer)) e.preventDefault();
                  }}
                  onDrop={(e) => {
                    const quoteId = draggedQuoteId(e.dataTransfer);
                    if (quoteId === null) return;
                    e.preventDefault();
                    void fileAlsoUnder(quoteId, q.id as QuestionId);
                  }}
                >
                  <span className="question-number">{questionLabel(q)}</span>
                  <span className="question-title">
                    {q.title}
                    {q.verified ? '' : ' (topic label)'}
                  </span>
                  <span className="question-meta">
                    <span className="evidence-count">{evidenceLabel(q)}</span>
                    <QuestionWordCount question={q} />
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
