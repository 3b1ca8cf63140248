import { useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { SourceId } from '../../../shared/ids.ts';
import type { SourceSummary } from '../../../shared/domain/source.ts';
import { SOURCE_KIND_LABELS } from '../../../shared/domain/sourceKinds.ts';
import { formatLongDate } from '../../../shared/citation.ts';
import { rowsPerPage } from '../layout/rowWindow.ts';
import { useVirtualRows } from '../layout/useVirtualRows.ts';

type Props = { sources: SourceSummary[]; selectedSourceId: SourceId | null; onSelect: (id: SourceId) => void };

const MOVES: Record<string, (at: number, last: number, page: number) => number> = {
  ArrowDown: (at, last) => Math.min(at + 1, last),
  ArrowUp: (at) => Math.max(at - 1, 0),
  PageDown: (at, last, page) => Math.min(at + page, last),
  PageUp: (at, _last, page) => Math.max(at - page, 0),
  Home: () => 0,
  End: (_at, last) => last,
};

/**
 * The project's sources, one Tab stop moved through with the arrow keys, Page Up/Down, Home and End (a roving
 * tabindex, as useRovingList, but over rows that may not be rendered yet). Only the rows in view are in the page;
 * each says where it stands in the whole list, so a screen reader still hears "12 of 20,000".
 */
export function SourceList({ sources, selectedSourceId, onSelect }: Props) {
  const { viewport, onScroll, reveal, box, first, last: lastShown } = useVirtualRows(sources.length);
  const selected = sources.findIndex((s) => s.id === selectedSourceId);
  const [focused, setFocused] = useState<number | null>(null);
  const last = sources.length - 1;
  // The Tab stop: the row last focused while focus stays in the list, otherwise the open source (or the first).
  const active = Math.min(Math.max(focused ?? (selected >= 0 ? selected : 0), 0), Math.max(last, 0));

  // The open source stays in view when it changes, whoever changed it.
  useEffect(() => {
    if (selected >= 0) reveal(selected);
  }, [selected, reveal]);

  // A key moved the Tab stop to a row that was not rendered until then: focus it once it is.
  const focusNext = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (focusNext.current === null) return;
    const row = viewport.current?.querySelector<HTMLElement>(`[data-row="${focusNext.current}"] button`);
    focusNext.current = null;
    row?.focus({ preventScroll: true });
  });

  if (sources.length === 0) return <p className="empty">No sources yet. Import files to start.</p>;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const move = MOVES[event.key];
    if (!move || focused === null || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const next = move(focused, last, rowsPerPage(box));
    reveal(next);
    setFocused(next);
    focusNext.current = next;
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(null);
  };

  // The rows in view, and the Tab stop wherever it is, so Tab always finds the list.
  const shown: number[] = [];
  if (active < first) shown.push(active);
  for (let i = first; i <= lastShown; i++) shown.push(i);
  if (active > lastShown) shown.push(active);

  return (
    <div className="source-list-viewport" ref={viewport} onScroll={onScroll}>
      <ul
        className="source-list"
        aria-label="Sources in this project"
        style={{ height: `calc(${sources.length} * var(--source-row-height))` }}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      >
        {shown.map((i) => {
          const s = sources[i]!;
          return (
            <li
              key={s.id}
              data-row={i}
              aria-setsize={sources.length}
              aria-posinset={i + 1}
              style={{ top: `calc(${i} * var(--source-row-height))` }}
            >
              <button
                type="button"
                className="source-item"
                data-source-id={s.id}
                tabIndex={i === active ? 0 : -1}
                aria-current={i === selected ? 'true' : undefined}
                onFocus={() => setFocused(i)}
                onClick={() => onSelect(s.id)}
              >
                <span className="source-title">{s.title}</span>
                <span className="source-meta">
                  {SOURCE_KIND_LABELS[s.kind]}
                  {s.publishedOn ? ` · ${formatLongDate(s.publishedOn)}` : ''}
                  {s.author ? ` · ${s.author}` : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
