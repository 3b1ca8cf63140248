import { useCallback, useEffect, useState } from 'react';
import type { SearchResults } from '../../../shared/domain/search.ts';
import type { SourceKind } from '../../../shared/domain/sourceKinds.ts';
import { call, messageOf } from '../api/workbench.ts';

const DEBOUNCE_MS = 150;

/** Narrowing a search by kind of source and by date; empty strings mean "any". */
export type SearchFilters = { kind: SourceKind | ''; from: string; to: string };

/** Full-text search as the user types; only the latest query's answer is shown. */
export function useSourceSearch() {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResults | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const [filters, setFiltersState] = useState<SearchFilters>({ kind: '', from: '', to: '' });

  useEffect(() => {
    if (query.trim() === '') return;
    let current = true;
    const timer = window.setTimeout(() => {
      call('searchSources', {
        query,
        ...(filters.kind ? { kinds: [filters.kind] } : {}),
        ...(filters.from ? { from: filters.from } : {}),
        ...(filters.to ? { to: filters.to } : {}),
      })
        .then((found) => {
          if (!current) return;
          setResults(found);
          setError(null);
        })
        .catch((e: unknown) => current && setError(messageOf(e)));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query, generation, filters]);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  const update = useCallback((q: string) => {
    setQuery(q);
    setResults(null);
  }, []);
  const setFilters = useCallback((next: SearchFilters) => {
    setFiltersState(next);
    setResults(null);
  }, []);
  return { query, setQuery: update, results, error, refresh, filters, setFilters };
}
