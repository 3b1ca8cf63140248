import type { ThemeWithCount } from '../../../shared/domain/theme.ts';
import { questionLabel } from '../../../shared/domain/theme.ts';
import { useCallback, useEffect, useState } from 'react';
import type { Quote } from '../../../shared/domain/quote.ts';
import { quoteText } from '../../../shared/domain/quote.ts';
import { messageOf } from '../api/workbench.ts';
import { useCitationOf, useDescribeQuote, useQuestionName, useQuestions, useSay } from '../state/hooks.ts';
import { useQuoteActions } from '../state/quoteActions.ts';
import { useApplyChange } from '../state/useApplyChange.ts';
import { useWorkbench } from '../state/workbench.ts';
import { describePlacement } from '../state/quotePlacement.ts';
import { changeWording } from './edit/consultationChange.ts';
import { QuestionPicker } from './QuestionPicker.tsx';
import { startQuoteDrag } from '../quoteDrag.ts';
import { usePopover } from '../usePopover.ts';
import { useValueStore } from '../valueStore.ts';
import { wordingRequest } from './wordingRequest.ts';

type Props = { question: ThemeWithCount; quotes: Quote[] };

/** The quotes filed under one question, each ready to drop into that question's answer. */
export function EvidenceList({ question, quotes }: Props) {
  const { selection } = useWorkbench();
  const questions = useQuestions();
  const citationOf = useCitationOf();
  const describe = useDescribeQuote();
  const questionName = useQuestionName();
  const actions = useQuoteActions();
  const applyChange = useApplyChange();
  const say = useSay();
  // The same change as in the question editor, so the same undo.
  const saveWording = (title: string) =>
    changeWording(question, title, 'Question wording saved; its heading in the draft now matches.').then(
      applyChange,
      (e: unknown) => say('error', messageOf(e)),
    );
  const [filing, setFiling] = useState<number | null>(null);
  const stopFiling = useCallback(() => setFiling(null), []);
  const { opener: filingButtonRef, popover: pickerRef } = usePopover<HTMLButtonElement, HTMLDivElement>(
    filing !== null,
    stopFiling,
  );
  const [noting, setNoting] = useState<{ id: number; text: string } | null>(null);
  const [wording, setWording] = useState<string | null>(null);
  // Asked for from the readiness check: open this question's wording form (its box takes focus), once.
  const requested = useValueStore(wordingRequest) === question.id;
  if (requested && wording === null) setWording(question.title);
  useEffect(() => {
    if (requested) wordingRequest.set(null);
  }, [requested]);
  return (
    <section className="evidence" aria-labelledby="evidence-heading">
      <div className="evidence-heading">
        <h3 id="evidence-heading">Evidence for {questionLabel(question)}</h3>
        {wording === null ? (
          <button type="button" className="link-button" onClick={() => setWording(question.title)}>
            Edit wording
          </button>
        ) : null}
      </div>
      {!question.verified && wording === null ? (
        <p className="unverified">
          “{question.title}” is a topic label: the consultation’s own wording for this question has not been checked.
          Use Edit wording to put in the official words.
        </p>
      ) : null}
      {wording !== null ? (
        <form
          className="wording-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (wording.trim()) void saveWording(wording);
            setWording(null);
          }}
        >
          <label htmlFor="wording-input">Wording of {questionLabel(question)}</label>
          <textarea
            id="wording-input"
            value={wording}
            rows={4}
            onChange={(e) => setWording(e.target.value)}
            autoFocus
          />
          <div className="form-actions">
            <button type="submit" className="primary">
              Save wording
            </button>
            <button type="button" onClick={() => setWording(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {quotes.length === 0 ? (
        <p className="empty">No quotes yet. Select a passage in a source and pull it as a quote.</p>
      ) : (
        <ul className="evidence-list">
          {quotes.map((quote) => (
            <li
              key={quote.id}
              className="evidence-item"
              draggable
              onDragStart={(e) => startQuoteDrag(e, quote.id, quoteText(quote))}
            >
              <blockquote>“{quoteText(quote)}”</blockquote>
              <p className="citation">
                {citationOf(quote)} · {describePlacement(describe(quote).placement, questionName)}
              </p>
              {quote.note && noting?.id !== quote.id ? <p className="quote-note">Note: {quote.note}</p> : null}
              {noting?.id === quote.id ? (
                <form
                  className="note-form"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void actions.setNote(quote, noting.text);
                    setNoting(null);
                  }}
                >
                  <label htmlFor={`note-${quote.id}`}>Your note on this quote</label>
                  <textarea
                    id={`note-${quote.id}`}
                    value={noting.text}
                    rows={3}
                    autoFocus
                    onChange={(e) => setNoting({ id: quote.id, text: e.target.value })}
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
              <div className="evidence-actions">
                <button type="button" onClick={() => actions.insertIntoDraft(quote)}>
                  Insert into draft
                </button>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => selection.showQuote(quote.sourceId, quote.id)}
                >
                  Show in source
                </button>
                <button
                  ref={filing === quote.id ? filingButtonRef : undefined}
                  type="button"
                  className="link-button"
                  aria-expanded={filing === quote.id}
                  onClick={() => setFiling(filing === quote.id ? null : quote.id)}
                >
                  File under…
                </button>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setNoting({ id: quote.id, text: quote.note })}
                >
                  Note…
                </button>
                <button type="button" className="link-button danger" onClick={() => void actions.remove(quote)}>
                  Delete
                </button>
              </div>
              {filing === quote.id ? (
                <QuestionPicker
                  ref={pickerRef}
                  questions={questions}
                  chosen={quote.themeIds}
                  onCancel={() => setFiling(null)}
                  onSave={(ids) => {
                    setFiling(null);
                    void actions.file(quote, ids);
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
