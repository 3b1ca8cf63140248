import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { SearchHit } from '../../../shared/domain/search.ts';
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
import { useOpenSource } from './useOpenSource.ts';
import { useLoadedQuotes, useLoadedSources, useProjectComplete, useSay, useSelection } from '../state/hooks.ts';
import { useSourceActions } from '../state/sourceActions.ts';
import { useWorkbench } from '../state/workbench.ts';
import { useVersionActions } from '../state/versionActions.ts';
import { SourceVersionsPanel } from './versions/SourceVersionsPanel.tsx';
import { useSourceUpdateDrop } from './versions/useSourceUpdateDrop.ts';
import { useShownVersion } from './versions/useShownVersion.ts';
import type { SourceId } from '../../../shared/ids.ts';
import { useFindInSource } from './useFindInSource.ts';

/** The project's sources: import, search, the list, and the reader for the one open. */
export function SourcesPane() {
  const { selection } = useWorkbench();
  // While a large project opens: the top of the list, and the quotes of the source it opened at; all, soon after.
  const sources = useLoadedSources();
  const complete = useProjectComplete();
  const selectedSourceId = useSelection((s) => s.sourceId);
  const focusQuoteId = useSelection((s) => s.focusQuoteId);
  const [source, reloadSource, sourceFailure] = useOpenSource();
  const allQuotes = useLoadedQuotes();
  const say = useSay();
  const focusQuote = useMemo(() => allQuotes.find((q) => q.id === focusQuoteId) ?? null, [allQuotes, focusQuoteId]);
  const { shown, older } = useShownVersion(source, focusQuote, say);
  const shownVersion = older?.version ?? source?.currentVersion;
  // The reader re-plans the whole source text when its quotes change: hand it the same array until they do.
  // Only quotes citing the version on show have offsets into its text; the others wait in the review queue.
  const quotes = useMemo(
    () => (source ? allQuotes.filter((q) => q.sourceId === source.id && q.sourceVersion === shownVersion) : []),
    [source, shownVersion, allQuotes],
  );
  const versionActions = useVersionActions(reloadSource);
  const sourceActions = useSourceActions();
  const { items, importFiles, prepare, clear } = useImportQueue(sourceActions.imported);
  const search = useSourceSearch();
  // A passage to highlight, in the version it was found in (null: the current one).
  const [focusRange, setFocusRange] = useState<{
    sourceId: number;
    version: number | null;
    start: number;
    end: number;
  } | null>(null);
  const [dragging, setDragging] = useState(false);
  const searchInput = useRef<HTMLInputElement>(null);
  const splitRef = useRef<HTMLDivElement>(null);
  const [layout, updateLayout] = usePaneLayout();
  useMenuCommand('focus-search', () => searchInput.current?.focus());
  const find = useFindInSource();
  // Find goes with the writer from source to source through the list. A source opened at a passage (a search hit,
  // a quote shown from elsewhere) shows that passage instead: Find would move the reader off it, so it closes.
  const [findSourceId, setFindSourceId] = useState(selectedSourceId);
  if (selectedSourceId !== findSourceId) {
    setFindSourceId(selectedSourceId);
    if (focusQuoteId !== null || selectedSourceId === null) find.close();
  }

  const openSourceId = source?.id ?? null;
  const openSource = useCallback(
    (id: SourceId) => {
      setFocusRange(null);
      selection.selectSource(id);
    },
    [selection],
  );
  const updateDrop = useSourceUpdateDrop(openSourceId, openSource, importFiles);
  const olderVersion = older?.version ?? null;
  const focusInOpenSource = useCallback(
    (range: { start: number; end: number } | null) =>
      setFocusRange(
        range && openSourceId !== null ? { sourceId: openSourceId, version: olderVersion, ...range } : null,
      ),
    [openSourceId, olderVersion],
  );

  const closeFind = find.close;
  const openHit = useCallback(
    (hit: SearchHit) => {
      closeFind();
      selection.selectSource(hit.sourceId);
      setFocusRange(
        hit.hitStart !== null && hit.hitEnd !== null
          ? { sourceId: hit.sourceId, version: null, start: hit.hitStart, end: hit.hitEnd }
          : null,
      );
    },
    [selection, closeFind],
  );
  // Sources change after an import: search again so results include the new ones.
  const { refresh } = search;
  useEffect(() => refresh(), [sources, refresh]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (updateDrop.offerFrom(event)) return;
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
          if (!dragging) prepare();
          setDragging(true);
          updateDrop.dragOver(event);
        }
      }}
      onDragLeave={(event) => {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        setDragging(false);
        updateDrop.dragEnd();
      }}
      onDrop={onDrop}
    >
      <div className="sources-split" ref={splitRef} style={{ gridTemplateColumns: splitColumns }}>
        <div className="source-browser-column" id="source-browser" hidden={!listShown}>
          <h2 id="sources-heading">Sources</h2>
          <ImportPanel items={items} onFiles={importFiles} onChoosing={prepare} onClear={clear} />
          <div className="search-box" role="search">
            <input
              ref={searchInput}
              type="search"
              aria-label="Search all sources"
              placeholder="Search sources"
              title="Words, “phrases” or prefixes such as commission*"
              value={search.query}
              onChange={(e) => search.setQuery(e.target.value)}
            />
          </div>
          {search.query.trim() ? <SearchFiltersBar filters={search.filters} onChange={search.setFilters} /> : null}
          <div className="source-browser" aria-busy={!complete}>
            {search.query.trim() ? (
              <SearchResults query={search.query} results={search.results} error={search.error} onOpen={openHit} />
            ) : (
              <SourceList sources={sources} selectedSourceId={selectedSourceId} onSelect={openSource} />
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
          {source ? (
            <SourceVersionsPanel
              source={source}
              flushDraft={versionActions.flushDraft}
              onChanged={versionActions.afterVersionChange}
              say={say}
              offer={updateDrop.offer?.sourceId === source.id ? updateDrop.offer.file : null}
              onOfferSettled={updateDrop.settle}
            />
          ) : null}
          <SourceReaderPanel
            source={shown}
            failure={sourceFailure}
            older={older}
            onShowCurrent={() => source && openSource(source.id)}
            quotes={quotes}
            focusQuoteId={focusQuoteId}
            focusRange={
              focusRange && source && focusRange.sourceId === source.id && focusRange.version === olderVersion
                ? focusRange
                : null
            }
            onFocusRange={focusInOpenSource}
            find={find}
          />
        </div>
      </div>
    </section>
  );
}
