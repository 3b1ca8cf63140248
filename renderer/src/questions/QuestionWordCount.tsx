import { useSyncExternalStore } from 'react';
import type { QuestionNode } from '../../../shared/domain/consultation.ts';
import type { QuestionId } from '../../../shared/ids.ts';
import { useWorkbench } from '../state/workbench.ts';

// Reads its own question's count from the store, so a new count re-renders this line, not the whole pane.
export function QuestionWordCount({ question }: { question: QuestionNode }) {
  const counts = useWorkbench().draftStats.wordCounts;
  const words = useSyncExternalStore(counts.subscribe, () => counts.get().get(question.id as QuestionId) ?? 0);
  const over = question.wordLimit !== null && words > question.wordLimit;
  return (
    <span className={over ? 'word-count over' : 'word-count'}>
      {words}
      {question.wordLimit ? ` / ${question.wordLimit}` : ''} words{over ? ' (over the limit)' : ''}
    </span>
  );
}
