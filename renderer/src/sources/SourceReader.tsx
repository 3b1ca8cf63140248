import { useEffect, useMemo, useRef } from 'react';
import type { Source } from '../../../shared/domain/source.ts';
import type { Quote } from '../../../shared/domain/quote.ts';
import { highlightSegments } from '../../../shared/quotes/highlightSegments.ts';
import { selectionOffsets } from './selectionOffsets.ts';

type Props = {
  source: Source;
  quotes: Quote[];
  focusQuoteId: number | null;
  onSelect: (range: { start: number; end: number } | null) => void;
};

/** A source's exact text, with every quote pulled from it highlighted. */
export function SourceReader({ source, quotes, focusQuoteId, onSelect }: Props) {
  const textRef = useRef<HTMLDivElement>(null);
  const segments = useMemo(
    () =>
      highlightSegments(
        source.text.length,
        quotes.flatMap((q) => q.fragments.map((f) => ({ start: f.start, end: f.end, quoteId: q.id }))),
      ),
    [source.text.length, quotes],
  );

  useEffect(() => {
    const onSelectionChange = () => {
      const container = textRef.current;
      const selection = window.getSelection();
      if (!container || !selection) return;
      // A selection elsewhere (or a click on a button) keeps the passage chosen here.
      const inReader = selection.anchorNode !== null && container.contains(selection.anchorNode);
      if (inReader) onSelect(selectionOffsets(container));
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [onSelect]);

  useEffect(() => {
    if (focusQuoteId === null) return;
    const mark = textRef.current?.querySelector(`mark[data-quote-ids~="${focusQuoteId}"]`);
    mark?.scrollIntoView({ block: 'center' });
  }, [focusQuoteId, source.id, segments]);

  return (
    <div
      ref={textRef}
      className="reader-text"
      tabIndex={0}
      role="region"
      aria-label={`Text of ${source.title}`}
    >
      {segments.map((seg) => {
        const text = source.text.slice(seg.start, seg.end);
        if (seg.quoteIds.length === 0) return <span key={seg.start}>{text}</span>;
        const focused = focusQuoteId !== null && seg.quoteIds.includes(focusQuoteId);
        return (
          <mark key={seg.start} data-quote-ids={seg.quoteIds.join(' ')} className={focused ? 'focused' : undefined}>
            {text}
          </mark>
        );
      })}
    </div>
  );
}
