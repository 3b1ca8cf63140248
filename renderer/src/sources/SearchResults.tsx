import type { SearchHit, SearchResults as Found } from '../../../shared/domain/search.ts';
import { searchSummary } from '../../../shared/search/searchSummary.ts';
import { SOURCE_KIND_LABELS } from '../../../shared/domain/sourceKinds.ts';
import { formatLongDate } from '../../../shared/citation.ts';
import { useRovingList } from '../keyboard/useRovingList.ts';

type Props = { query: string; results: Found | null; error: string | null; onOpen: (hit: SearchHit) => void };

export function SearchResults({ query, results, error, onOpen }: Props) {
  const hits = results?.hits ?? [];
  const roving = useRovingList(hits.length, 0);
  if (error)
    return (
      <p role="alert" className="search-error">
        {error}
      </p>
    );
  if (!results) return <p className="empty">Searching…</p>;
  return (
    <div className="search-results">
      <p role="status" className="search-count">
        {searchSummary(query, results)}
      </p>
      <ul aria-label="Search results" {...roving.listProps}>
        {hits.map((hit, i) => (
          <li key={hit.sourceId}>
            <button type="button" className="search-hit" onClick={() => onOpen(hit)} {...roving.itemProps(i)}>
              <span className="source-title">{hit.title}</span>
              <span className="source-meta">
                {SOURCE_KIND_LABELS[hit.kind]}
                {hit.publishedOn ? ` · ${formatLongDate(hit.publishedOn)}` : ''}
              </span>
              <span className="snippet">
                {hit.snippet.map((part, i) =>
                  part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
