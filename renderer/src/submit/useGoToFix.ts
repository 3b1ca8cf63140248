import { useCallback } from 'react';
import type { QuestionId } from '../../../shared/ids.ts';
import type { ReadinessItem } from '../../../shared/readiness/readiness.ts';
import { showPane, type PaneName } from '../layout/paneLayout.ts';
import { usePaneLayout } from '../layout/usePaneLayout.ts';
import { wordingRequest } from '../questions/wordingRequest.ts';
import { useQuestions, useSay } from '../state/hooks.ts';
import { useWorkbench } from '../state/workbench.ts';

/** Runs `then` with the element once it is on the page (a source opens after it is read); gives up after 3 s. */
function whenShown(selector: string, then: (element: Element) => void, deadline = Date.now() + 3000): void {
  const element = document.querySelector(selector);
  if (element) then(element);
  else if (Date.now() < deadline) requestAnimationFrame(() => whenShown(selector, then, deadline));
}

/**
 * Takes the writer from a readiness problem to the place to put it right: the answer in the draft, its position menu, the
 * question's wording form, the altered quotation in its source, the respondent details, or the online form. Closes the
 * dialog the problem was listed in first.
 */
export function useGoToFix(): (item: ReadinessItem) => void {
  const { dialogs, selection, editor, project } = useWorkbench();
  const [, updateLayout] = usePaneLayout();
  const questions = useQuestions();
  const say = useSay();
  return useCallback(
    (item: ReadinessItem) => {
      const gone = () => {
        dialogs.close();
        say('error', 'That is no longer in the project: check again for what is left to do.');
      };
      // Only a question still in the consultation can be gone to.
      const question = (questions.find((q) => q.id === item.questionId)?.id ?? null) as QuestionId | null;
      // The pane is shown and the dialog gone before focus moves, so focus lands on something on screen.
      const inPane = (pane: PaneName, then: () => void) => {
        dialogs.close();
        updateLayout((l) => showPane(l, pane));
        setTimeout(then, 0);
      };
      switch (item.problem) {
        case 'missing-respondent':
          dialogs.open({ kind: 'response-details' });
          return;
        case 'skipped':
          dialogs.open({ kind: 'form', ...(question ? { questionId: question } : {}) });
          return;
        case 'empty-part':
          inPane('draft', () => {
            if (!editor.current?.focusPart(item.detail ?? '')) say('error', `The draft has no “${item.detail}” part.`);
          });
          return;
        case 'unverified-wording':
          if (!question) break;
          inPane('questions', () => {
            selection.selectQuestion(question);
            wordingRequest.set(question);
          });
          return;
        case 'no-position':
          if (!question) break;
          inPane('draft', () => {
            selection.selectQuestion(question);
            whenShown(`select[data-question-id="${question}"]`, (menu) => {
              (menu as HTMLSelectElement).focus({ preventScroll: true });
              menu.scrollIntoView({ block: 'center' });
            });
          });
          return;
        case 'quote-mismatch':
          // While a large project opens its quotes are still being read: the quote is looked for once they all are.
          void project.complete.then(() => {
            const quote = project.get().quotes.find((q) => item.quoteIds?.includes(q.id));
            if (!quote) return gone();
            inPane('sources', () => {
              selection.showQuote(quote.sourceId, quote.id);
              // Focus goes to the reader's text, where a keyboard user reads on from, once it shows the quotation.
              whenShown(`.reader-text mark[data-quote-ids~="${quote.id}"]`, (mark) =>
                mark.closest<HTMLElement>('.reader-text')?.focus({ preventScroll: true }),
              );
            });
          });
          return;
        default:
          if (!question) break;
          inPane('draft', () => {
            selection.selectQuestion(question);
            if (!editor.current?.focusAnswer(question)) say('error', 'The draft has no section for that question.');
          });
          return;
      }
      gone();
    },
    [dialogs, selection, editor, project, updateLayout, questions, say],
  );
}
