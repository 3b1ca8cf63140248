import { Fragment, useEffect, useMemo, type JSX, type RefObject } from 'react';
import { handleReaderKey } from './domSelection.ts';
import type { Source } from '../../../shared/domain/source.ts';
import type { Quote } from '../../../shared/domain/quote.ts';
import type { QuoteId } from '../../../shared/ids.ts';
import { readerPlan, type ReaderItem } from '../../../shared/sources/readerPlan.ts';
import { selectionOffsets } from './selectionOffsets.ts';
import { clampSelection } from './clampSelection.ts';
import { useChapterIndexOf } from '../state/hooks.ts';
import { useWorkbench } from '../state/workbench.ts';

type Props = {
  /** Null while the chosen source's text is being read: the reader is there (and can take focus) meanwhile. */
  source: Source | null;
  /** Why the chosen source's text could not be read, shown in place of "Opening the text…". */
  failure?: string | null;
  title: string;
  quotes: Quote[];
  focusQuoteId: QuoteId | null;
  /** A passage to show and highlight: a search hit or a find-in-source match. */
  focusRange: { start: number; end: number } | null;
  onSelect: (range: { start: number; end: number } | null) => void;
  /** The element holding the text, for the panel's keyboard and find actions. */
  textRef: RefObject<HTMLDivElement | null>;
  /** A click on highlighted words shows the quotes there. */
  onQuoteClick: (quoteIds: number[]) => void;
};

function blockElement(item: Extract<ReaderItem, { kind: 'block' }>, children: JSX.Element[]): JSX.Element {
  const { block } = item;
  const page = item.pageStart !== null ? { 'data-page': `Page ${item.pageStart}` } : {};
  const className = `block block-${block.kind}${item.pageStart !== null ? ' page-start' : ''}`;
  if (block.kind === 'heading') {
    return (
      <div role="heading" aria-level={Math.min(6, 3 + (block.level ?? 1))} className={className} {...page}>
        {children}
      </div>
    );
  }
  if (block.kind === 'table-cell') {
    return (
      <span className={className} {...page}>
        {children}
      </span>
    );
  }
  return (
    <div
      className={className}
      style={block.kind === 'list-item' ? { marginLeft: `${(block.level ?? 0) * 1.25}rem` } : undefined}
      {...page}
    >
      {children}
    </div>
  );
}

/** A source's exact text laid out by its structure, with every quote pulled from it highlighted. */
export function SourceReader({
  source,
  failure = null,
  title,
  quotes,
  focusQuoteId,
  focusRange,
  onSelect,
  textRef,
  onQuoteClick,
}: Props) {
  // Each quote's highlight takes its first question's chapter's colour.
  const chapterIndexOf = useChapterIndexOf();
  const { place } = useWorkbench();
  // Back where the writer was reading, the first time the source they had open shows again.
  const sourceId = source?.id ?? null;
  const fullText = source?.text ?? '';
  useEffect(() => {
    const top = sourceId === null ? null : place.takeReaderScroll(sourceId);
    if (top !== null && textRef.current) textRef.current.scrollTop = top;
  }, [place, sourceId, textRef]);
  const colourOf = useMemo(
    () => new Map(quotes.map((q) => [q.id as number, chapterIndexOf(q)])),
    [quotes, chapterIndexOf],
  );
  const plan = useMemo(
    () =>
      source
        ? readerPlan(
            source.text,
            source.blocks,
            quotes.flatMap((q) => q.fragments.map((f) => ({ start: f.start, end: f.end, quoteId: q.id }))),
            focusRange,
          )
        : [],
    [source, quotes, focusRange],
  );

  useEffect(() => {
    const onSelectionChange = () => {
      const container = textRef.current;
      const selection = window.getSelection();
      if (!container || !selection) return;
      // A selection elsewhere (or a click on a button) keeps the passage chosen here.
      const inReader = selection.anchorNode !== null && container.contains(selection.anchorNode);
      // Clamping changes the selection again, and that change (now wholly inside) is the one taken.
      if (inReader && !clampSelection(container, selection)) onSelect(selectionOffsets(container));
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [onSelect, textRef]);

  useEffect(() => {
    const container = textRef.current;
    if (!container) return;
    const target =
      container.querySelector('mark.in-focus') ??
      (focusQuoteId !== null ? container.querySelector(`mark[data-quote-ids~="${focusQuoteId}"]`) : null);
    target?.scrollIntoView({ block: 'center' });
  }, [focusQuoteId, focusRange, plan, textRef]);

  return (
    <div
      ref={textRef}
      className="reader-text"
      data-pane-focus=""
      tabIndex={0}
      role="region"
      aria-label={source ? `Text of ${title}` : failure ? `Could not open ${title}` : `Opening ${title}…`}
      aria-busy={source || failure ? undefined : true}
      aria-describedby="reader-keys"
      onScroll={(event) => place.update({ readerScroll: event.currentTarget.scrollTop })}
      onKeyDown={(event) => {
        if (textRef.current && handleReaderKey(textRef.current, event.nativeEvent)) event.preventDefault();
      }}
    >
      {source ? null : failure ? (
        <p className="reader-opening">This source could not be opened. {failure}</p>
      ) : (
        <p className="reader-opening">Opening the text…</p>
      )}
      {plan.map((item) => {
        if (item.kind === 'gap') {
          // Kept in the DOM so offsets count it, but not drawn: blocks do the spacing.
          return (
            <Fragment key={`g${item.start}`}>
              <span className="gap">{fullText.slice(item.start, item.end)}</span>
              {item.lineBreak ? <br /> : null}
            </Fragment>
          );
        }
        const children = item.segments.map((seg) => {
          const text = fullText.slice(seg.start, seg.end);
          if (seg.quoteIds.length === 0 && !seg.inFocus) return <span key={seg.start}>{text}</span>;
          const chapter = seg.quoteIds.length ? colourOf.get(seg.quoteIds[0]!) : null;
          const classes = [
            seg.inFocus ? 'in-focus' : '',
            focusQuoteId !== null && seg.quoteIds.includes(focusQuoteId) ? 'focused' : '',
            chapter != null ? `chapter-${chapter % 6}` : '',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <mark
              key={seg.start}
              data-quote-ids={seg.quoteIds.join(' ') || undefined}
              className={classes || undefined}
              onClick={() => {
                // A click that ends a selection is selecting, not asking about the quote.
                if (seg.quoteIds.length && window.getSelection()?.isCollapsed !== false) onQuoteClick(seg.quoteIds);
              }}
            >
              {text}
            </mark>
          );
        });
        return <Fragment key={`b${item.block.start}`}>{blockElement(item, children)}</Fragment>;
      })}
    </div>
  );
}
