import type { SearchHit } from '../../../shared/domain/search.ts';
import { SOURCE_KIND_LABELS } from '../../../shared/domain/source.ts';
import { formatLongDate } from '../../../shared/citation.ts';
import { useRovingList } from '../keyboard/useRovingList.ts';

type Props = { query: string; hits: SearchHit[] | null; error: string | null; onOpen: (hit: SearchHit) => void };

export function SearchResults({ query, hits, error, onOpen }: Props) {
  const roving = useRovingList(hits?.length ?? 0, 0);
  if (error)
    return (
      <p role="alert" className="search-error">
        {error}
      </p>
    );
  if (!hits) return <p className="empty">Searching…</p>;
  return (
    <div className="search-results">
      <p role="status" className="search-count">
        {hits.length === 0
          ? `No sources contain “${query}”.`
          : `${hits.length} ${hits.length === 1 ? 'source matches' : 'sources match'} “${query}”`}
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
