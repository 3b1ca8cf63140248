import { useCallback, useEffect, useRef, useState } from 'react';
import { expandToSentences } from '../../../shared/quotes/sentenceBounds.ts';
import { selectOffsets } from './domSelection.ts';
import type { Source, SourceSummary } from '../../../shared/domain/source.ts';
import type { Quote } from '../../../shared/domain/quote.ts';
import { trimSelection } from '../../../shared/quotes/trimSelection.ts';
import { SourceReader } from './SourceReader.tsx';
import { FindBar } from './FindBar.tsx';
import { useMenuCommand } from '../menuCommands.ts';
import { SourceDetailsForm } from './SourceDetailsForm.tsx';
import { QuoteDetails } from './QuoteDetails.tsx';
import { ListPlus, Search, SquarePen, TextSelect, Trash2 } from 'lucide-react';
import { IconButton } from '../layout/IconButton.tsx';
import { ReaderLayoutButtons } from '../layout/ReaderLayoutButtons.tsx';
import type { QuestionId, QuoteId } from '../../../shared/ids.ts';
import { questionLabel } from '../../../shared/domain/consultationLabels.ts';
import { useSelectedQuestion, useSelection, useSourceSummary } from '../state/hooks.ts';
import { useQuoteActions } from '../state/quoteActions.ts';
import { useSourceActions } from '../state/sourceActions.ts';
import { useWorkbench } from '../state/workbench.ts';
import type { OlderVersion } from './versions/useShownVersion.ts';
import { OlderVersionNote } from './versions/OlderVersionNote.tsx';
import type { FindInSource } from './useFindInSource.ts';

type Props = {
  /** The open source with its text; null while none is chosen, or while the chosen one is being read. */
  source: Source | null;
  /** Why the chosen source could not be read, if it could not. */
  failure?: string | null;
  /** The quotes taken from this source. */
  quotes: Quote[];
  focusQuoteId: QuoteId | null;
  /** A passage to show and highlight: a search hit or a find-in-source match. */
  focusRange: { start: number; end: number } | null;
  onFocusRange: (range: { start: number; end: number } | null) => void;
  /** Set when the text shown is an earlier version (a quote citing it is in focus): read only. */
  older: OlderVersion | null;
  onShowCurrent: () => void;
  find: FindInSource;
};

const PREVIEW_CHARS = 80;

/** The open source: its title, the pull-quote bar, find-in-source, and the text itself. */
export function SourceReaderPanel({
  source,
  failure = null,
  quotes,
  focusQuoteId,
  focusRange,
  onFocusRange,
  older,
  onShowCurrent,
  find,
}: Props) {
  const { dialogs } = useWorkbench();
  const question = useSelectedQuestion();
  const targetLabel = question ? questionLabel(question) : null;
  const quoteActions = useQuoteActions();
  const { pull: pullQuote, suggestFor, addFragment } = quoteActions;
  const sourceActions = useSourceActions();
  const [inspected, setInspected] = useState<number[]>([]);
  // Remembered with its source, so switching sources never pulls a range from the wrong text.
  const [chosen, setChosen] = useState<{ sourceId: number; start: number; end: number } | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const { show: showFind, close: hideFind } = find;
  useMenuCommand('find-in-source', showFind);
  // While a chosen source is being read, the panel is drawn for it already (title, find, a focusable reader), so
  // keyboard focus and the words typed into Find are not lost in between.
  const chosenId = useSelection((s) => s.sourceId);
  const chosenSummary = useSourceSummary(chosenId);
  const shownSource: SourceSummary | null = source ?? chosenSummary;

  const textRef = useRef<HTMLDivElement>(null);
  const selection = chosen && source && chosen.sourceId === source.id ? chosen : null;

  const onSelect = useCallback(
    (range: { start: number; end: number } | null) => {
      // Quotes are pulled from the current version only: an earlier one is there to read.
      const trimmed = range && source && !older ? trimSelection(source.text, range.start, range.end) : null;
      setChosen(trimmed && source ? { sourceId: source.id, ...trimmed } : null);
    },
    [source, older],
  );

  const [suggestions, setSuggestions] = useState<{ key: string; items: { questionId: QuestionId; label: string }[] }>({
    key: '',
    items: [],
  });
  const selectionKey = selection ? `${selection.sourceId}:${selection.start}:${selection.end}` : '';
  useEffect(() => {
    if (!selection || !source) return;
    let current = true;
    const text = source.text.slice(selection.start, selection.end);
    const timer = window.setTimeout(() => {
      suggestFor(text).then(
        (items) => current && setSuggestions({ key: selectionKey, items }),
        () => current && setSuggestions({ key: selectionKey, items: [] }),
      );
    }, 200);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [selection, selectionKey, source, suggestFor]);
  const shownSuggestions = suggestions.key === selectionKey && selection ? suggestions.items : [];

  const pull = useCallback(
    async (questionId?: QuestionId) => {
      if (!selection) return false;
      if (!(await pullQuote({ start: selection.start, end: selection.end }, questionId))) return false;
      setChosen(null);
      window.getSelection()?.removeAllRanges();
      // The search hit's highlight would pull the reader back to it: the writer is at the new quote now.
      onFocusRange(null);
      return true;
    },
    [selection, pullQuote, onFocusRange],
  );
  // The button pressed is disabled or gone once the passage is quoted: the keyboard goes back to the text, where the
  // new quote is, instead of falling to the page.
  const backToText = (done: boolean) => {
    if (done) textRef.current?.focus({ preventScroll: true });
  };

  useMenuCommand('pull-quote', () => void pull());

  const hasSource = shownSource !== null;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        void pull();
      } else if (mod && !event.shiftKey && event.key.toLowerCase() === 'f' && hasSource) {
        event.preventDefault();
        showFind();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pull, hasSource, showFind]);

  // Leaving find selects the match in the text, so keyboard users can extend it (Shift+arrows) and pull it.
  const [toSelect, setToSelect] = useState<{ start: number; end: number } | null>(null);
  const closeFind = useCallback(() => {
    hideFind();
    setToSelect(focusRange);
    onFocusRange(null);
    // Nothing found: the keyboard goes back to the text rather than being dropped on the page.
    if (!focusRange) textRef.current?.focus();
  }, [hideFind, onFocusRange, focusRange]);
  // Selected once the highlight is gone from the text, so the selection is made on the text as now drawn.
  useEffect(() => {
    if (!toSelect || focusRange || !textRef.current) return;
    textRef.current.focus();
    selectOffsets(textRef.current, toSelect.start, toSelect.end);
    setToSelect(null);
  }, [toSelect, focusRange]);

  const wholeSentences = useCallback(() => {
    if (!selection || !source || !textRef.current) return;
    const { start, end } = expandToSentences(source.text, selection.start, selection.end);
    selectOffsets(textRef.current, start, end);
  }, [selection, source]);

  if (!shownSource)
    return (
      <div className="reader">
        <div className="reader-heading">
          <ReaderLayoutButtons />
        </div>
        <p className="empty">Choose a source to read it.</p>
      </div>
    );
  const preview = selection && source ? source.text.slice(selection.start, selection.end) : '';
  const lastQuote = quotes.reduce<Quote | null>((latest, q) => (!latest || q.id > latest.id ? q : latest), null);
  return (
    <div className="reader">
      <div className="reader-heading">
        <ReaderLayoutButtons />
        <h3 className="reader-title" title={shownSource.title}>
          {shownSource.title}
        </h3>
        <span className="reader-actions" role="group" aria-label="This source">
          {!find.open ? (
            <IconButton label="Find" icon={Search} shortcut="Ctrl+F" keys="Control+F" onClick={showFind} />
          ) : null}
          <IconButton
            label="Edit details"
            icon={SquarePen}
            aria-expanded={editing === shownSource.id}
            onClick={() => setEditing((id) => (id === shownSource.id ? null : shownSource.id))}
          />
          <IconButton
            label="Delete"
            icon={Trash2}
            className="danger"
            onClick={() => dialogs.open({ kind: 'delete-source', source: shownSource })}
          />
        </span>
      </div>
      <div className="pull-bar">
        <button
          type="button"
          className="primary"
          disabled={!selection}
          onClick={() => void pull().then(backToText)}
          aria-keyshortcuts="Control+Shift+K"
          title="Ctrl+Shift+K"
        >
          {targetLabel ? `Pull quote to ${targetLabel}` : 'Pull quote'}
        </button>
        <IconButton label="Whole sentences" icon={TextSelect} disabled={!selection} onClick={wholeSentences} />
        {lastQuote ? (
          <IconButton
            label="Add to last quote […]"
            icon={ListPlus}
            disabled={!selection}
            onClick={() => {
              if (!selection) return;
              void addFragment(lastQuote, { start: selection.start, end: selection.end }).then((added) => {
                if (added) {
                  setChosen(null);
                  window.getSelection()?.removeAllRanges();
                }
                backToText(added);
              });
            }}
          />
        ) : null}
        <span className="selection-preview" aria-live="polite">
          {selection
            ? `Selected: “${preview.length > PREVIEW_CHARS ? `${preview.slice(0, PREVIEW_CHARS)}…` : preview}”`
            : older
              ? 'Quotes are pulled from the current version.'
              : 'Select a passage in the text to quote it.'}
        </span>
      </div>
      {/* Always there, at a fixed height, so the text never moves under a selection in progress. */}
      <div className="suggestions" aria-label="Suggested questions for this passage" role="group">
        <span className="suggestions-label">
          {shownSuggestions.length ? 'Suggested:' : 'Suggested questions appear when you select a passage.'}
        </span>
        {shownSuggestions.map((s) => (
          <button
            key={s.questionId}
            type="button"
            onClick={() => void pull(s.questionId).then(backToText)}
            aria-label={`Pull quote to ${s.label} (suggested)`}
          >
            {s.label}
          </button>
        ))}
      </div>
      {find.open ? (
        <FindBar
          text={source?.text ?? null}
          focusRequest={find.focusRequest}
          onMatch={onFocusRange}
          onClose={closeFind}
        />
      ) : null}
      <p id="reader-keys" className="visually-hidden">
        Shift and arrow keys select text; Control and Shift and K pulls the selection as a quote.
      </p>
      {older ? <OlderVersionNote older={older} onShowCurrent={onShowCurrent} /> : null}
      <div className="reader-frame">
        {source && editing === source.id ? (
          <SourceDetailsForm
            source={source}
            onSaved={(saved) => {
              setEditing(null);
              sourceActions.detailsSaved(saved);
            }}
            onCancel={() => setEditing(null)}
          />
        ) : null}
        {inspected.length ? (
          <QuoteDetails quotes={quotes.filter((q) => inspected.includes(q.id))} onClose={() => setInspected([])} />
        ) : null}
        <SourceReader
          source={source}
          failure={failure}
          title={shownSource.title}
          quotes={quotes}
          focusQuoteId={focusQuoteId}
          focusRange={focusRange}
          onSelect={onSelect}
          textRef={textRef}
          onQuoteClick={setInspected}
        />
      </div>
    </div>
  );
}
