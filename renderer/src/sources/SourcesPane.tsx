import { useCallback, useEffect, useState } from 'react';
import type { Source, SourceSummary } from '../../../shared/domain/source.ts';
import { SOURCE_KIND_LABELS } from '../../../shared/domain/source.ts';
import type { Quote } from '../../../shared/domain/quote.ts';
import { formatLongDate } from '../../../shared/citation.ts';
import { trimSelection } from '../../../shared/quotes/trimSelection.ts';
import { SourceReader } from './SourceReader.tsx';

type Props = {
  sources: SourceSummary[];
  selectedSourceId: number | null;
  onSelectSource: (id: number) => void;
  source: Source | null;
  quotes: Quote[];
  focusQuoteId: number | null;
  targetLabel: string | null;
  onPullQuote: (range: { start: number; end: number }) => Promise<boolean>;
};

const PREVIEW_CHARS = 80;

export function SourcesPane({ sources, selectedSourceId, onSelectSource, source, quotes, focusQuoteId, targetLabel, onPullQuote }: Props) {
  // Remembered with its source, so switching sources never pulls a range from the wrong text.
  const [chosen, setChosen] = useState<{ sourceId: number; start: number; end: number } | null>(null);
  const selection = chosen && source && chosen.sourceId === source.id ? chosen : null;

  const onSelect = useCallback(
    (range: { start: number; end: number } | null) => {
      const trimmed = range && source ? trimSelection(source.text, range.start, range.end) : null;
      setChosen(trimmed && source ? { sourceId: source.id, ...trimmed } : null);
    },
    [source],
  );

  const pull = useCallback(async () => {
    if (!selection) return;
    if (await onPullQuote({ start: selection.start, end: selection.end })) {
      setChosen(null);
      window.getSelection()?.removeAllRanges();
    }
  }, [selection, onPullQuote]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        void pull();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pull]);

  const preview = selection && source ? source.text.slice(selection.start, selection.end) : '';
  return (
    <section className="pane sources-pane" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ul className="source-list" aria-label="Sources in this project">
        {sources.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className="source-item"
              aria-current={s.id === selectedSourceId ? 'true' : undefined}
              onClick={() => onSelectSource(s.id)}
            >
              <span className="source-title">{s.title}</span>
              <span className="source-meta">
                {SOURCE_KIND_LABELS[s.kind]}
                {s.publishedOn ? ` · ${formatLongDate(s.publishedOn)}` : ''}
                {s.author ? ` · ${s.author}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {source ? (
        <div className="reader">
          <h3 className="reader-title">{source.title}</h3>
          <div className="pull-bar">
            <button
              type="button"
              className="primary"
              disabled={!selection}
              onClick={() => void pull()}
              aria-keyshortcuts="Control+Shift+K"
              title="Ctrl+Shift+K"
            >
              {targetLabel ? `Pull quote to ${targetLabel}` : 'Pull quote'}
            </button>
            <span className="selection-preview" aria-live="polite">
              {selection
                ? `Selected: “${preview.length > PREVIEW_CHARS ? `${preview.slice(0, PREVIEW_CHARS)}…` : preview}”`
                : 'Select a passage in the text to quote it.'}
            </span>
          </div>
          <SourceReader source={source} quotes={quotes} focusQuoteId={focusQuoteId} onSelect={onSelect} />
        </div>
      ) : (
        <p className="empty">Choose a source to read it.</p>
      )}
    </section>
  );
}
