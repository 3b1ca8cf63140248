import type { SourceId } from '../../../shared/ids.ts';
import type { SourceSummary } from '../../../shared/domain/source.ts';
import { SOURCE_KIND_LABELS } from '../../../shared/domain/source.ts';
import { formatLongDate } from '../../../shared/citation.ts';
import { useRovingList } from '../keyboard/useRovingList.ts';

type Props = { sources: SourceSummary[]; selectedSourceId: SourceId | null; onSelect: (id: SourceId) => void };

export function SourceList({ sources, selectedSourceId, onSelect }: Props) {
  const roving = useRovingList(
    sources.length,
    sources.findIndex((s) => s.id === selectedSourceId),
  );
  if (sources.length === 0) return <p className="empty">No sources yet. Import files to start.</p>;
  return (
    <ul className="source-list" aria-label="Sources in this project" {...roving.listProps}>
      {sources.map((s, i) => (
        <li key={s.id}>
          <button
            type="button"
            className="source-item"
            data-source-id={s.id}
            {...roving.itemProps(i)}
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
