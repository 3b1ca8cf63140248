import type { Quote } from '../../../shared/domain/quote.ts';
import { quoteText } from '../../../shared/domain/quoteText.ts';
import { useDescribeQuote, useQuestionName } from '../state/hooks.ts';
import { describePlacement } from '../state/quotePlacement.ts';

type Props = { quotes: Quote[]; onClose: () => void };

/** What is known about the quotes under a click in the reader: their questions, notes and place in the draft. */
export function QuoteDetails({ quotes, onClose }: Props) {
  const describe = useDescribeQuote();
  const questionName = useQuestionName();
  return (
    <div className="quote-details" role="dialog" aria-label="Quote details">
      <button type="button" className="link-button close" onClick={onClose} aria-label="Close quote details" autoFocus>
        ✕
      </button>
      {quotes.map((quote) => {
        const about = describe(quote);
        return (
          <div key={quote.id} className="quote-details-item">
            <p className="quote-words">
              “{quoteText(quote).slice(0, 160)}
              {quoteText(quote).length > 160 ? '…' : ''}”
            </p>
            <p>
              <strong>Questions:</strong>{' '}
              {about.questions.length ? about.questions.join(', ') : 'not filed under a question yet'}
            </p>
            {quote.note ? (
              <p>
                <strong>Note:</strong> {quote.note}
              </p>
            ) : null}
            <p>{describePlacement(about.placement, questionName)}</p>
          </div>
        );
      })}
    </div>
  );
}
