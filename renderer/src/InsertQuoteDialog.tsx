import { useId, useMemo, useState } from 'react';
import type { Quote } from '../../shared/domain/quote.ts';
import { quoteText } from '../../shared/domain/quoteText.ts';
import type { QuestionId } from '../../shared/ids.ts';
import { useModalDialog } from './useModalDialog.ts';

type Props = {
  open: boolean;
  quotes: Quote[];
  /** The question being answered: its own quotes are listed first. */
  questionId: QuestionId | null;
  questionName: string | null;
  citationOf: (quote: Quote) => string;
  onInsert: (quote: Quote) => void;
  onClose: () => void;
  /** A large project's quotes are still being read: the list grows once they are. */
  stillReading?: boolean;
};

/** Ctrl+Shift+Q: find any quote by its words or source and put it into the answer being written. */
export function InsertQuoteDialog({
  open,
  quotes,
  questionId,
  questionName,
  citationOf,
  onInsert,
  onClose,
  stillReading = false,
}: Props) {
  const dialog = useModalDialog(open);
  const id = useId();
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);

  // Listed only while open: a closed dialog holding every quote of a large project slowed its opening by seconds.
  const shown = useMemo(() => {
    if (!open) return [];
    const f = filter.trim().toLowerCase();
    const matching = quotes.filter((q) => !f || `${quoteText(q)} ${citationOf(q)}`.toLowerCase().includes(f));
    const own = (q: Quote) => (questionId !== null && q.questionIds.includes(questionId) ? 0 : 1);
    return [...matching].sort((a, b) => own(a) - own(b) || a.id - b.id);
  }, [open, quotes, filter, questionId, citationOf]);
  const current = Math.min(active, Math.max(0, shown.length - 1));

  return (
    <dialog ref={dialog} className="insert-quote-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>Insert a quote{questionName ? ` into ${questionName}` : ''}</h2>
      <label htmlFor={`${id}-find`}>Find a quote by its words or source</label>
      <input
        id={`${id}-find`}
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={shown[current] ? `${id}-q${shown[current]!.id}` : undefined}
        autoFocus
        value={filter}
        onChange={(e) => {
          setFilter(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive(Math.min(current + 1, shown.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive(Math.max(current - 1, 0));
          } else if (e.key === 'Enter' && shown[current]) {
            e.preventDefault();
            onInsert(shown[current]!);
          }
        }}
      />
      {stillReading ? (
        <p className="empty" role="status">
          Reading the rest of the project’s quotes…
        </p>
      ) : shown.length === 0 ? (
        <p className="empty">No quotes match.</p>
      ) : null}
      <ul id={`${id}-list`} role="listbox" aria-label="Quotes" className="insert-quote-list">
        {shown.map((q, i) => (
          <li
            key={q.id}
            id={`${id}-q${q.id}`}
            role="option"
            aria-selected={i === current}
            className={i === current ? 'active' : undefined}
            onClick={() => onInsert(q)}
          >
            <span className="quote-words">“{quoteText(q)}”</span>
            <span className="muted">
              {citationOf(q)}
              {questionId !== null && q.questionIds.includes(questionId) ? ' · filed under this question' : ''}
            </span>
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
