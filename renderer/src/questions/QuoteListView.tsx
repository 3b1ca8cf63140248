import { useCallback, useId, useMemo, useState } from 'react';
import { GridAction } from './GridAction.tsx';
import type { Quote } from '../../../shared/domain/quote.ts';
import { quoteText } from '../../../shared/domain/quoteText.ts';
import { questionLabel } from '../../../shared/domain/consultationLabels.ts';
import { startQuoteDrag } from '../quoteDrag.ts';
import { useCitationOf, usePlacementOf, useQuestions, useQuotes, useSources } from '../state/hooks.ts';
import { useQuoteActions } from '../state/quoteActions.ts';
import { useWorkbench } from '../state/workbench.ts';
import { useRovingGrid } from '../keyboard/useRovingGrid.ts';
import { ShowMoreQuotes, useFirstQuotes } from './ShowMoreQuotes.tsx';
import { countOf } from '../../../shared/text/plural.ts';

/**
 * Every quote in the project, narrowed by source, question, words, or "not in the draft yet": one Tab stop, a grid of
 * quotes and their actions, drawn a batch at a time so that thousands of quotes do not stall the window.
 */
export function QuoteListView() {
  const { selection } = useWorkbench();
  const quotes = useQuotes();
  const sources = useSources();
  const questions = useQuestions();
  const citationOf = useCitationOf();
  const placementOf = usePlacementOf();
  const { insertIntoDraft } = useQuoteActions();
  const isInDraft = useCallback((quote: Quote) => placementOf(quote).inDraft, [placementOf]);
  const id = useId();
  const [text, setText] = useState('');
  const [sourceId, setSourceId] = useState('');
  const [questionId, setQuestionId] = useState('');
  const [unused, setUnused] = useState(false);
  const shown = useMemo(() => {
    const words = text.trim().toLowerCase();
    return quotes.filter(
      (q) =>
        (!words || `${quoteText(q)} ${q.note}`.toLowerCase().includes(words)) &&
        (!sourceId || q.sourceId === Number(sourceId)) &&
        (!questionId ||
          (questionId === 'none' ? q.questionIds.length === 0 : q.questionIds.some((t) => t === Number(questionId)))) &&
        (!unused || !isInDraft(q)),
    );
  }, [quotes, text, sourceId, questionId, unused, isInDraft]);
  const { shown: drawn, showMore } = useFirstQuotes(shown);
  const { gridProps, rowProps, cellProps } = useRovingGrid(drawn.length);

  return (
    <div className="quote-list-view">
      <fieldset className="quote-filters">
        <legend className="visually-hidden">Filter quotes</legend>
        <label htmlFor={`${id}-text`}>Words</label>
        <input id={`${id}-text`} type="search" value={text} onChange={(e) => setText(e.target.value)} />
        <label htmlFor={`${id}-source`}>Source</label>
        <select id={`${id}-source`} value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
          <option value="">Any</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-question`}>Question</label>
        <select id={`${id}-question`} value={questionId} onChange={(e) => setQuestionId(e.target.value)}>
          <option value="">Any</option>
          <option value="none">Not filed under a question</option>
          {questions.map((q) => (
            <option key={q.id} value={q.id}>
              {questionLabel(q)}
            </option>
          ))}
        </select>
        <label className="checkbox">
          <input type="checkbox" checked={unused} onChange={(e) => setUnused(e.target.checked)} /> Only quotes not in
          the draft yet
        </label>
      </fieldset>
      <p role="status" className="search-count">
        {shown.length} of {countOf(quotes.length, 'quote')}
      </p>
      <p id={`${id}-keys`} className="visually-hidden">
        Arrow keys move between the quotes and their actions; Enter on a quote inserts it into the draft.
      </p>
      <div className="evidence-list" aria-label="All quotes" aria-describedby={`${id}-keys`} {...gridProps}>
        {drawn.map((quote, row) => (
          <div
            key={quote.id}
            {...rowProps}
            className="evidence-item"
            draggable
            onDragStart={(e) => startQuoteDrag(e, quote.id, quoteText(quote))}
          >
            <div
              role="gridcell"
              className="evidence-quote"
              {...cellProps(row, 0)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
                event.preventDefault();
                insertIntoDraft(quote);
              }}
            >
              <blockquote>“{quoteText(quote)}”</blockquote>
              <p className="citation">
                {citationOf(quote)} ·{' '}
                {quote.questionIds.length
                  ? quote.questionIds
                      .map((t) => questionLabel(questions.find((q) => q.id === t) ?? { number: null }))
                      .join(', ')
                  : 'not filed'}
                {isInDraft(quote) ? ' · in the draft' : ''}
              </p>
            </div>
            <div className="evidence-actions" role="none">
              <GridAction cell={cellProps(row, 1)} onClick={() => insertIntoDraft(quote)}>
                Insert into draft
              </GridAction>
              <GridAction
                cell={cellProps(row, 2)}
                className="link-button"
                onClick={() => selection.showQuote(quote.sourceId, quote.id)}
              >
                Show in source
              </GridAction>
            </div>
          </div>
        ))}
      </div>
      <ShowMoreQuotes shown={drawn.length} total={shown.length} onMore={showMore} />
    </div>
  );
}
