import type { ThemeWithCount } from '../../../shared/domain/theme.ts';
import { questionLabel } from '../../../shared/domain/theme.ts';
import type { Quote } from '../../../shared/domain/quote.ts';

type Props = {
  question: ThemeWithCount;
  quotes: Quote[];
  citationOf: (quote: Quote) => string;
  textOf: (quote: Quote) => string;
  onInsert: (quote: Quote) => void;
  onShow: (quote: Quote) => void;
};

/** The quotes filed under one question, each ready to drop into that question's answer. */
export function EvidenceList({ question, quotes, citationOf, textOf, onInsert, onShow }: Props) {
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
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
