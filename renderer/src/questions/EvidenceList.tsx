import type { ThemeWithCount } from '../../../shared/domain/theme.ts';
import { questionLabel } from '../../../shared/domain/theme.ts';
import { useCallback, useState } from 'react';
import type { Quote } from '../../../shared/domain/quote.ts';
import { QuestionPicker } from './QuestionPicker.tsx';
import { startQuoteDrag } from '../quoteDrag.ts';
import { usePopover } from '../usePopover.ts';

type Props = {
  question: ThemeWithCount;
  questions: ThemeWithCount[];
  onFile: (quote: Quote, themeIds: number[]) => void;
  onDelete: (quote: Quote) => void;
  onSetNote: (quote: Quote, note: string) => void;
  onSetWording: (themeId: number, title: string) => void;
  quotes: Quote[];
  citationOf: (quote: Quote) => string;
  textOf: (quote: Quote) => string;
  onInsert: (quote: Quote) => void;
  onShow: (quote: Quote) => void;
  /** Whether and where the draft already uses a quote. */
  placementOf: (quote: Quote) => string;
};

/** The quotes filed under one question, each ready to drop into that question's answer. */
export function EvidenceList({
  question,
  questions,
  quotes,
  citationOf,
  textOf,
  onInsert,
  onShow,
  onFile,
  onDelete,
  onSetNote,
  onSetWording,
  placementOf,
}: Props) {
  const [filing, setFiling] = useState<number | null>(null);
  const stopFiling = useCallback(() => setFiling(null), []);
  const { opener: filingButtonRef, popover: pickerRef } = usePopover<HTMLButtonElement, HTMLDivElement>(
    filing !== null,
    stopFiling,
  );
  const [noting, setNoting] = useState<{ id: number; text: string } | null>(null);
  const [wording, setWording] = useState<string | null>(null);
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
            if (wording.trim()) onSetWording(question.id, wording);
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
              onDragStart={(e) => startQuoteDrag(e, quote.id, textOf(quote))}
            >
              <blockquote>“{textOf(quote)}”</blockquote>
              <p className="citation">
                {citationOf(quote)} · {placementOf(quote)}
              </p>
              {quote.note && noting?.id !== quote.id ? <p className="quote-note">Note: {quote.note}</p> : null}
              {noting?.id === quote.id ? (
                <form
                  className="note-form"
                  onSubmit={(e) => {
                    e.preventDefault();
                    onSetNote(quote, noting.text);
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
                <button type="button" onClick={() => onInsert(quote)}>
                  Insert into draft
                </button>
                <button type="button" className="link-button" onClick={() => onShow(quote)}>
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
                <button type="button" className="link-button danger" onClick={() => onDelete(quote)}>
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
                    onFile(quote, ids);
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
