import { useCallback } from 'react';
import type { QuestionNode } from '../../../shared/domain/consultation.ts';
import type { QuestionId } from '../../../shared/ids.ts';
import { useWorkbench } from '../state/workbench.ts';
import { setText, useLiveElement } from '../useLiveElement.ts';
import { plural } from '../../../shared/text/plural.ts';

/**
 * Its question's words in the draft against the word limit. New counts arrive each time typing pauses and are written
 * into the element, not rendered (see useLiveElement), so only a count that changed touches the page.
 */
export function QuestionWordCount({ question }: { question: QuestionNode }) {
  const show = useCallback(
    (element: HTMLElement, counts: Map<QuestionId, number>) => {
      const words = counts.get(question.id as QuestionId) ?? 0;
      const over = question.wordLimit !== null && words > question.wordLimit;
      const limit = question.wordLimit ? ` / ${question.wordLimit}` : '';
      setText(
        element,
        `${words}${limit} ${plural(question.wordLimit || words, 'word')}${over ? ' (over the limit)' : ''}`,
      );
      element.toggleAttribute('data-over-limit', over);
    },
    [question.id, question.wordLimit],
  );
  const element = useLiveElement(useWorkbench().draftStats.wordCounts, show);
  return <span ref={element} className="word-count" />;
}
