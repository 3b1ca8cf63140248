import { useCallback, useEffect, useState } from 'react';
import type { SearchHit } from '../../../shared/domain/search.ts';
import { call, messageOf } from '../api/workbench.ts';

const DEBOUNCE_MS = 150;

/** Full-text search as the user types; only the latest query's answer is shown. */
export function useSourceSearch() {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (query.trim() === '') return;
    let current = true;
    const timer = window.setTimeout(() => {
      call('searchSources', { query })
        .then((found) => {
          if (!current) return;
          setHits(found);
          setError(null);
        })
        .catch((e: unknown) => current && setError(messageOf(e)));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query, generation]);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  const update = useCallback((q: string) => {
    setQuery(q);
    setHits(null);
  }, []);
  return { query, setQuery: update, hits, error, refresh };
}
