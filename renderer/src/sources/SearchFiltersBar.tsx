import { useId } from 'react';
import { SOURCE_KINDS, SOURCE_KIND_LABELS, type SourceKind } from '../../../shared/domain/sourceKinds.ts';
import type { SearchFilters } from './useSourceSearch.ts';

/** Kind of source and date range for a search. */
export function SearchFiltersBar({
  filters,
  onChange,
}: {
  filters: SearchFilters;
  onChange: (f: SearchFilters) => void;
}) {
  const id = useId();
  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">Search filters</legend>
      <label htmlFor={`${id}-kind`}>Kind</label>
      <select
        id={`${id}-kind`}
        value={filters.kind}
        onChange={(e) => onChange({ ...filters, kind: e.target.value as SourceKind | '' })}
      >
        <option value="">Any</option>
        {SOURCE_KINDS.map((k) => (
          <option key={k} value={k}>
            {SOURCE_KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-from`}>From</label>
      <input
        id={`${id}-from`}
        type="date"
        value={filters.from}
        onChange={(e) => onChange({ ...filters, from: e.target.value })}
      />
      <label htmlFor={`${id}-to`}>To</label>
      <input
        id={`${id}-to`}
        type="date"
        value={filters.to}
        onChange={(e) => onChange({ ...filters, to: e.target.value })}
      />
    </fieldset>
  );
}
