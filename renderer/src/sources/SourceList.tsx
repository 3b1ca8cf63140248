import type { SourceSummary } from '../../../shared/domain/source.ts';
import { SOURCE_KIND_LABELS } from '../../../shared/domain/source.ts';
import { formatLongDate } from '../../../shared/citation.ts';

type Props = { sources: SourceSummary[]; selectedSourceId: number | null; onSelect: (id: number) => void };

export function SourceList({ sources, selectedSourceId, onSelect }: Props) {
  if (sources.length === 0) return <p className="empty">No sources yet. Import files to start.</p>;
  return (
    <ul className="source-list" aria-label="Sources in this project">
      {sources.map((s) => (
        <li key={s.id}>
          <button
            type="button"
            className="source-item"
            aria-current={s.id === selectedSourceId ? 'true' : undefined}
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
      ))}
    </ul>
  );
}
