import { useCallback, useId, useMemo, useState } from 'react';
import type { Quote } from '../../../shared/domain/quote.ts';
import { quoteText } from '../../../shared/domain/quote.ts';
import { questionLabel } from '../../../shared/domain/theme.ts';
import { startQuoteDrag } from '../quoteDrag.ts';
import { useCitationOf, usePlacementOf, useQuestions, useQuotes, useSources } from '../state/hooks.ts';
import { useQuoteActions } from '../state/quoteActions.ts';
import { useWorkbench } from '../state/workbench.ts';

/** Every quote in the project, narrowed by source, question, words, or "not in the draft yet". */
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
          (questionId === 'none' ? q.themeIds.length === 0 : q.themeIds.some((t) => t === Number(questionId)))) &&
        (!unused || !isInDraft(q)),
    );
  }, [quotes, text, sourceId, questionId, unused, isInDraft]);

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
        {shown.length} of {quotes.length} quotes
      </p>
      <ul className="evidence-list" aria-label="All quotes">
        {shown.map((quote) => (
          <li
            key={quote.id}
            className="evidence-item"
            draggable
            onDragStart={(e) => startQuoteDrag(e, quote.id, quoteText(quote))}
          >
            <blockquote>“{quoteText(quote)}”</blockquote>
            <p className="citation">
              {citationOf(quote)} ·{' '}
              {quote.themeIds.length
                ? quote.themeIds
                    .map((t) => questionLabel(questions.find((q) => q.id === t) ?? { number: null }))
                    .join(', ')
                : 'not filed'}
              {isInDraft(quote) ? ' · in the draft' : ''}
            </p>
            <div className="evidence-actions">
              <button type="button" onClick={() => insertIntoDraft(quote)}>
                Insert into draft
              </button>
              <button
                type="button"
                className="link-button"
                onClick={() => selection.showQuote(quote.sourceId, quote.id)}
              >
                Show in source
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
