import { useEffect, useReducer, useRef, useState } from 'react';
import { quoteText } from '../../../../shared/domain/quoteText.ts';
import type { ReviewDecision, ReviewItem } from '../../../../shared/domain/sourceVersion.ts';
import { useProjectInfo } from '../../state/hooks.ts';
import { allDismissed, dismissReviews } from './dismissedReviews.ts';

type Props = {
  items: ReviewItem[];
  busy: boolean;
  onDecide: (item: ReviewItem, decision: ReviewDecision) => void;
  onUndo: (item: ReviewItem) => void;
  /** The folded "all decided" line dismissed: focus goes back to the panel. */
  onDismissed: () => void;
};

const OUTCOME_LABELS: Record<ReviewItem['outcome'], string> = {
  changed: 'The words have changed in the new version',
  gone: 'The passage is not in the new version',
};

const reviewKey = (item: ReviewItem) => `${item.updateId}-${item.quoteId}`;

function proposedText(item: ReviewItem): string | null {
  const found = item.proposed.filter((f) => f.text !== null).map((f) => f.text!);
  return found.length ? found.join(' [...] ') : null;
}

/**
 * Quotes an update could not move silently: the words as quoted beside what the new version says, where the draft
 * uses each, and the user's choice to take the new wording or keep the old (either can be undone).
 */
export function ReviewQueue({ items, busy, onDecide, onUndo, onDismissed }: Props) {
  const pending = items.filter((i) => i.decision === null).length;
  // Once every quote is decided the queue folds to one line, so the reader gets its room back; the decisions can be
  // opened again (to undo one) or the line dismissed, for the session, until a later update puts quotes to review.
  const [open, setOpen] = useState(false);
  const projectPath = useProjectInfo().path;
  // The dismissals live outside the component (see dismissedReviews): dismissing only has to draw the queue again.
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  // The buttons pressed give way to the decision (or back): once it is stored, focus goes to the item's new button
  // (Undo, or the choices again) instead of falling to the page.
  const root = useRef<HTMLElement>(null);
  const settling = useRef<string | null>(null);
  useEffect(() => {
    if (busy || settling.current === null) return;
    // The last decision folds the queue: focus goes to its one line's first button instead.
    (
      root.current?.querySelector<HTMLElement>(`[data-review="${settling.current}"] button:enabled`) ??
      root.current?.querySelector<HTMLElement>('button')
    )?.focus();
    settling.current = null;
  }, [busy, items]);
  const decide = (item: ReviewItem, decision: ReviewDecision) => {
    settling.current = reviewKey(item);
    setOpen(false);
    onDecide(item, decision);
  };
  const undo = (item: ReviewItem) => {
    settling.current = reviewKey(item);
    onUndo(item);
  };
  // Opened from the folded line: focus goes to the first decision's Undo, where the user is going.
  const focusFirst = useRef(false);
  useEffect(() => {
    if (!open || !focusFirst.current) return;
    focusFirst.current = false;
    root.current?.querySelector<HTMLElement>('[data-review] button:enabled')?.focus();
  }, [open]);
  if (items.length === 0 || allDismissed(projectPath, items)) return null;
  if (!pending && !open)
    return (
      <section ref={root} className="review-queue folded" aria-labelledby="review-queue-heading">
        <h3 id="review-queue-heading">
          Quotes to review: {items.length === 1 ? 'the quote is' : `all ${items.length} quotes are`} decided
        </h3>{' '}
        <button
          type="button"
          className="link-button"
          aria-expanded={false}
          onClick={() => {
            focusFirst.current = true;
            setOpen(true);
          }}
        >
          Show decisions
        </button>{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            dismissReviews(projectPath, items);
            redraw();
            onDismissed();
          }}
        >
          Dismiss
        </button>
      </section>
    );
  return (
    <section
      ref={root}
      className={pending ? 'review-queue waiting' : 'review-queue'}
      aria-labelledby="review-queue-heading"
    >
      <h3 id="review-queue-heading">
        Quotes to review{pending ? ` (${pending} waiting)` : ' (all decided)'}
        {pending ? null : (
          <>
            {' '}
            <button type="button" className="link-button" aria-expanded onClick={() => setOpen(false)}>
              Hide decisions
            </button>
          </>
        )}
      </h3>
      <ul>
        {items.map((item) => {
          const newer = proposedText(item);
          const label = `quote ${item.quoteId}`;
          return (
            <li
              key={reviewKey(item)}
              data-review={reviewKey(item)}
              className={`review-item ${item.outcome}`}
              aria-label={label}
            >
              <p className="review-outcome">{OUTCOME_LABELS[item.outcome]}</p>
              <div className="review-compare">
                <figure>
                  <figcaption>As quoted (version {item.before.version})</figcaption>
                  <blockquote>{quoteText(item.before)}</blockquote>
                </figure>
                <figure>
                  <figcaption>Version {item.toVersion}</figcaption>
                  <blockquote>{newer ?? 'Nothing close enough was found.'}</blockquote>
                </figure>
              </div>
              <p className="review-places">
                {item.draftPlaces.length
                  ? `In the draft under: ${[...new Set(item.draftPlaces.map((p) => p.heading ?? 'the start'))].join('; ')}`
                  : 'Not in the draft.'}
              </p>
              {item.decision === null ? (
                <div className="review-actions">
                  {newer !== null ? (
                    <button type="button" disabled={busy} onClick={() => decide(item, 'accepted')}>
                      Use the new wording
                    </button>
                  ) : null}
                  <button type="button" disabled={busy} onClick={() => decide(item, 'kept')}>
                    Keep the old wording
                  </button>
                </div>
              ) : (
                <p className="review-decided">
                  {item.decision === 'accepted'
                    ? `Now quotes version ${item.toVersion}.`
                    : `Keeps quoting version ${item.before.version}.`}{' '}
                  <button type="button" className="link-button" disabled={busy} onClick={() => undo(item)}>
                    Undo
                  </button>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
