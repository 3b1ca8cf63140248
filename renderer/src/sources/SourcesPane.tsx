import { useCallback, useEffect, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { Source, SourceSummary } from '../../../shared/domain/source.ts';
import type { Quote } from '../../../shared/domain/quote.ts';
import type { SearchHit } from '../../../shared/domain/search.ts';
import type { ImportResult } from '../../../shared/ipc/contract.ts';
import { SourceList } from './SourceList.tsx';
import { SourceReaderPanel } from './SourceReaderPanel.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { SearchResults } from './SearchResults.tsx';
import { useImportQueue } from './useImportQueue.ts';
import { useSourceSearch } from './useSourceSearch.ts';
import { useMenuCommand } from '../menuCommands.ts';
import { SearchFiltersBar } from './SearchFiltersBar.tsx';
import { Splitter } from '../layout/Splitter.tsx';
import { usePaneLayout } from '../layout/usePaneLayout.ts';
import { resizeSourceList, sourceListShown } from '../layout/paneLayout.ts';

type Props = {
  /** The open source's versions and review queue, shown above its text. */
  versions?: ReactNode;
  sources: SourceSummary[];
  selectedSourceId: number | null;
  onSelectSource: (id: number) => void;
  onImported: (result: ImportResult) => void;
  onDetailsSaved: (source: SourceSummary) => void;
  onDeleteSource: (source: SourceSummary) => void;
  onAddFragment: (quote: Quote, range: { start: number; end: number }) => Promise<boolean>;
  describeQuote: (quote: Quote) => { questions: string[]; inDraft: string };
  chapterIndexOf: (quote: Quote) => number | null;
  source: Source | null;
  quotes: Quote[];
  focusQuoteId: number | null;
  targetLabel: string | null;
  onPullQuote: (range: { start: number; end: number }, themeId?: number) => Promise<boolean>;
  suggestFor: (text: string) => Promise<{ themeId: number; label: string }[]>;
};

export function SourcesPane(props: Props) {
  const { sources, selectedSourceId, onSelectSource, onImported } = props;
  const { items, importFiles, clear } = useImportQueue(onImported);
  const search = useSourceSearch();
  const [focusRange, setFocusRange] = useState<{ sourceId: number; start: number; end: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const searchInput = useRef<HTMLInputElement>(null);
  const splitRef = useRef<HTMLDivElement>(null);
  const [layout, updateLayout] = usePaneLayout();
  useMenuCommand('focus-search', () => searchInput.current?.focus());

  const openSourceId = props.source?.id ?? null;
  const focusInOpenSource = useCallback(
    (range: { start: number; end: number } | null) =>
      setFocusRange(range && openSourceId !== null ? { sourceId: openSourceId, ...range } : null),
    [openSourceId],
  );

  const openHit = useCallback(
    (hit: SearchHit) => {
      onSelectSource(hit.sourceId);
      setFocusRange(
        hit.hitStart !== null && hit.hitEnd !== null
          ? { sourceId: hit.sourceId, start: hit.hitStart, end: hit.hitEnd }
          : null,
      );
    },
    [onSelectSource],
  );
  // Sources change after an import: search again so results include the new ones.
  const { refresh } = search;
  useEffect(() => refresh(), [sources, refresh]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length) importFiles(files);
  };

  const listShown = sourceListShown(layout);
  // The list's share of the pane, but never so narrow that titles break every word, nor so wide the reader is squeezed.
  const splitColumns = listShown
    ? `minmax(9rem, ${layout.sourceList.share}%) 0.5rem minmax(12rem, 1fr)`
    : 'minmax(0, 1fr)';
  return (
    <section
      className={`pane sources-pane${dragging ? ' dragging' : ''}`}
      aria-labelledby="sources-heading"
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) {
          event.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="sources-split" ref={splitRef} style={{ gridTemplateColumns: splitColumns }}>
        <div className="source-browser-column" id="source-browser" hidden={!listShown}>
          <h2 id="sources-heading">Sources</h2>
          <ImportPanel items={items} onFiles={importFiles} onClear={clear} />
          <div className="search-box" role="search">
            <input
              ref={searchInput}
              type="search"
              aria-label="Search all sources"
              placeholder="Search all sources"
              title="Words, “phrases” or prefixes such as commission*"
              value={search.query}
              onChange={(e) => search.setQuery(e.target.value)}
            />
          </div>
          {search.query.trim() ? <SearchFiltersBar filters={search.filters} onChange={search.setFilters} /> : null}
          <div className="source-browser">
            {search.query.trim() ? (
              <SearchResults query={search.query} hits={search.hits} error={search.error} onOpen={openHit} />
            ) : (
              <SourceList
                sources={sources}
                selectedSourceId={selectedSourceId}
                onSelect={(id) => {
                  setFocusRange(null);
                  onSelectSource(id);
                }}
              />
            )}
          </div>
        </div>
        {listShown ? (
          <Splitter
            label="Resize the source list and the reader"
            value={Math.round(layout.sourceList.share)}
            pairWidth={() => splitRef.current?.offsetWidth ?? 0}
            onResize={(fraction) => updateLayout((l) => resizeSourceList(l, fraction))}
          />
        ) : null}
        <div className="reader-column">
          {props.versions}
          <SourceReaderPanel
            source={props.source}
            quotes={props.quotes}
            focusQuoteId={props.focusQuoteId}
            focusRange={focusRange && props.source && focusRange.sourceId === props.source.id ? focusRange : null}
            onFocusRange={focusInOpenSource}
            targetLabel={props.targetLabel}
            onPullQuote={props.onPullQuote}
            suggestFor={props.suggestFor}
            onDetailsSaved={props.onDetailsSaved}
            onDelete={props.onDeleteSource}
            onAddFragment={props.onAddFragment}
            describeQuote={props.describeQuote}
            chapterIndexOf={props.chapterIndexOf}
          />
        </div>
      </div>
    </section>
  );
}
