import { useCallback, useState, type KeyboardEvent } from 'react';
import { GridAction } from './GridAction.tsx';
import type { Quote } from '../../../shared/domain/quote.ts';
import { quoteText } from '../../../shared/domain/quoteText.ts';
import { useCitationOf, useDescribeQuote, useQuestionName, useQuestions } from '../state/hooks.ts';
import { useQuoteActions } from '../state/quoteActions.ts';
import { useWorkbench } from '../state/workbench.ts';
import { describePlacement } from '../state/quotePlacement.ts';
import { QuestionPicker } from './QuestionPicker.tsx';
import { startQuoteDrag } from '../quoteDrag.ts';
import { usePopover } from '../usePopover.ts';
import type { useRovingGrid } from '../keyboard/useRovingGrid.ts';

type Props = {
  quote: Quote;
  row: number;
  grid: Pick<ReturnType<typeof useRovingGrid>, 'rowProps' | 'cellProps'>;
  /** Deletes the quote, keeping the keyboard in the list. */
  onDelete: (quote: Quote, row: number) => void;
};

/**
 * One quote filed under the chosen question: a row of the evidence grid, its text the first cell and each action a
 * cell after it. Enter on the text inserts the quote into the draft; Delete deletes it (undoable).
 */
export function EvidenceRow({ quote, row, grid, onDelete }: Props) {
  const { selection } = useWorkbench();
  const questions = useQuestions();
  const citationOf = useCitationOf();
  const describe = useDescribeQuote();
  const questionName = useQuestionName();
  const actions = useQuoteActions();
  const [filing, setFiling] = useState(false);
  const stopFiling = useCallback(() => setFiling(false), []);
  const { opener: filingButtonRef, popover: pickerRef } = usePopover<HTMLButtonElement, HTMLDivElement>(
    filing,
    stopFiling,
  );
  const [noting, setNoting] = useState<string | null>(null);
  // Delete on the quote or any of its actions; Enter on the quote itself (an action's Enter is its click).
  const onRowKey = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Delete' || !(event.target as HTMLElement).matches('[data-grid-cell]')) return;
    event.preventDefault();
    onDelete(quote, row);
  };
  const onQuoteKey = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
    event.preventDefault();
    actions.insertIntoDraft(quote);
  };
  return (
    <div
      {...grid.rowProps}
      className="evidence-item"
      draggable
      onDragStart={(e) => startQuoteDrag(e, quote.id, quoteText(quote))}
      onKeyDown={onRowKey}
    >
      <div role="gridcell" className="evidence-quote" {...grid.cellProps(row, 0)} onKeyDown={onQuoteKey}>
        <blockquote>“{quoteText(quote)}”</blockquote>
        <p className="citation">
          {citationOf(quote)} · {describePlacement(describe(quote).placement, questionName)}
        </p>
        {quote.note && noting === null ? <p className="quote-note">Note: {quote.note}</p> : null}
        {noting !== null ? (
          <form
            className="note-form"
            onSubmit={(e) => {
              e.preventDefault();
              void actions.setNote(quote, noting);
              setNoting(null);
            }}
          >
            <label htmlFor={`note-${quote.id}`}>Your note on this quote</label>
            <textarea
              id={`note-${quote.id}`}
              value={noting}
              rows={3}
              autoFocus
              onChange={(e) => setNoting(e.target.value)}
            />
            <div className="form-actions">
              <button type="submit" className="primary">
                Save note
              </button>
              <button type="button" onClick={() => setNoting(null)}>
                Cancel
              </button>
            </div>
          </form>
        ) : null}
        {filing ? (
          <QuestionPicker
            ref={pickerRef}
            questions={questions}
            chosen={quote.questionIds}
            onCancel={stopFiling}
            onSave={(ids) => {
              setFiling(false);
              void actions.file(quote, ids);
            }}
          />
        ) : null}
      </div>
      <div className="evidence-actions" role="none">
        <GridAction cell={grid.cellProps(row, 1)} onClick={() => actions.insertIntoDraft(quote)}>
          Insert into draft
        </GridAction>
        <GridAction
          cell={grid.cellProps(row, 2)}
          className="link-button"
          onClick={() => selection.showQuote(quote.sourceId, quote.id)}
        >
          Show in source
        </GridAction>
        <GridAction
          cell={grid.cellProps(row, 3)}
          ref={filingButtonRef}
          className="link-button"
          aria-expanded={filing}
          onClick={() => setFiling(!filing)}
        >
          File under…
        </GridAction>
        <GridAction cell={grid.cellProps(row, 4)} className="link-button" onClick={() => setNoting(quote.note)}>
          Note…
        </GridAction>
        <GridAction cell={grid.cellProps(row, 5)} className="link-button danger" onClick={() => onDelete(quote, row)}>
          Delete
        </GridAction>
      </div>
    </div>
  );
}
