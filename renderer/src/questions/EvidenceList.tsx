import type { QuestionNode } from '../../../shared/domain/consultation.ts';
import { questionLabel } from '../../../shared/domain/consultationLabels.ts';
import { useEffect, useRef, useState } from 'react';
import { ChevronDown, ChevronRight } from 'lucide-react';
import type { Quote } from '../../../shared/domain/quote.ts';
import { messageOf } from '../api/workbench.ts';
import { useSay } from '../state/hooks.ts';
import { useQuoteActions } from '../state/quoteActions.ts';
import { useApplyChange } from '../state/useApplyChange.ts';
import { changeWording } from './edit/consultationChange.ts';
import { useValueStore } from '../valueStore.ts';
import { wordingRequest } from './wordingRequest.ts';
import { EvidenceRow } from './EvidenceRow.tsx';
import { ShowMoreQuotes, useFirstQuotes } from './ShowMoreQuotes.tsx';
import { focusGridCell, useRovingGrid } from '../keyboard/useRovingGrid.ts';
import { countOf } from '../../../shared/text/plural.ts';

type Props = { question: QuestionNode; quotes: Quote[] };

/**
 * The quotes filed under one question, each ready to drop into that question's answer: one Tab stop, a grid of
 * quotes and their actions. It folds away to give the question list the room on a short window.
 */
export function EvidenceList({ question, quotes }: Props) {
  const actions = useQuoteActions();
  const applyChange = useApplyChange();
  const say = useSay();
  // The same change as in the question editor, so the same undo.
  const saveWording = (title: string) =>
    changeWording(question, title, 'Question wording saved; its heading in the draft now matches.').then(
      applyChange,
      (e: unknown) => say('error', messageOf(e)),
    );
  const [wording, setWording] = useState<string | null>(null);
  const [open, setOpen] = useState(true);
  // Asked for from the readiness check: open this question's wording form (its box takes focus), once.
  const requested = useValueStore(wordingRequest) === question.id;
  if (requested && wording === null) setWording(question.title);
  if (requested && !open) setOpen(true);
  useEffect(() => {
    if (requested) wordingRequest.set(null);
  }, [requested]);
  const { shown, showMore } = useFirstQuotes(quotes);
  const { gridProps, ...grid } = useRovingGrid(shown.length);
  const list = useRef<HTMLDivElement>(null);
  // The keyboard stays in the list: on the quote that moved up into the deleted one's place, or the one before.
  const remove = (quote: Quote, row: number) =>
    void actions.remove(quote).then(() => requestAnimationFrame(() => focusGridCell(list.current, row)));
  const count = countOf(quotes.length, 'quote');
  return (
    <section className={`evidence${open ? '' : ' folded'}`} aria-labelledby="evidence-heading">
      <div className="evidence-heading">
        <h3>
          <button
            type="button"
            className="evidence-toggle"
            id="evidence-heading"
            aria-expanded={open}
            aria-controls="evidence-body"
            onClick={() => setOpen(!open)}
          >
            {open ? <ChevronDown aria-hidden="true" size={16} /> : <ChevronRight aria-hidden="true" size={16} />}
            {/* The chosen question is highlighted just above: on screen "Evidence · 3 quotes" is enough. */}
            Evidence<span className="visually-hidden"> for {questionLabel(question)}</span>
            <span className="evidence-count-note"> · {count}</span>
          </button>
        </h3>
        {wording === null && open ? (
          <button type="button" className="link-button" onClick={() => setWording(question.title)}>
            Edit wording
          </button>
        ) : null}
      </div>
      <div id="evidence-body" className="evidence-body" hidden={!open}>
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
          <>
            <p id="evidence-keys" className="visually-hidden">
              Arrow keys move between the quotes and their actions; Enter on a quote inserts it into the draft; Delete
              deletes it.
            </p>
            <div
              ref={list}
              className="evidence-list"
              aria-labelledby="evidence-heading"
              aria-describedby="evidence-keys"
              {...gridProps}
            >
              {shown.map((quote, row) => (
                <EvidenceRow key={quote.id} quote={quote} row={row} grid={grid} onDelete={remove} />
              ))}
            </div>
            <ShowMoreQuotes shown={shown.length} total={quotes.length} onMore={showMore} />
          </>
        )}
      </div>
    </section>
  );
}
