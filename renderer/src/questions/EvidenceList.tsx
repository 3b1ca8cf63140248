import type { ThemeWithCount } from '../../../shared/domain/theme.ts';
import { questionLabel } from '../../../shared/domain/theme.ts';
import { useState } from 'react';
import type { Quote } from '../../../shared/domain/quote.ts';
import { QuestionPicker } from './QuestionPicker.tsx';

type Props = {
  question: ThemeWithCount;
  questions: ThemeWithCount[];
  onFile: (quote: Quote, themeIds: number[]) => void;
  onDelete: (quote: Quote) => void;
  quotes: Quote[];
  citationOf: (quote: Quote) => string;
  textOf: (quote: Quote) => string;
  onInsert: (quote: Quote) => void;
  onShow: (quote: Quote) => void;
};

/** The quotes filed under one question, each ready to drop into that question's answer. */
export function EvidenceList({ question, questions, quotes, citationOf, textOf, onInsert, onShow, onFile, onDelete }: Props) {
  const [filing, setFiling] = useState<number | null>(null);
  return (
    <section className="evidence" aria-labelledby="evidence-heading">
      <h3 id="evidence-heading">Evidence for {questionLabel(question)}</h3>
      {quotes.length === 0 ? (
        <p className="empty">No quotes yet. Select a passage in a source and pull it as a quote.</p>
      ) : (
        <ul className="evidence-list">
          {quotes.map((quote) => (
            <li key={quote.id} className="evidence-item">
              <blockquote>“{textOf(quote)}”</blockquote>
              <p className="citation">{citationOf(quote)}</p>
              <div className="evidence-actions">
                <button type="button" onClick={() => onInsert(quote)}>
                  Insert into draft
                </button>
                <button type="button" className="link-button" onClick={() => onShow(quote)}>
                  Show in source
                </button>
                <button type="button" className="link-button" aria-expanded={filing === quote.id} onClick={() => setFiling(filing === quote.id ? null : quote.id)}>
                  File under…
                </button>
                <button type="button" className="link-button danger" onClick={() => onDelete(quote)}>
                  Delete
                </button>
              </div>
              {filing === quote.id ? (
                <QuestionPicker
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
