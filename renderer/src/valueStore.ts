import { useSyncExternalStore } from 'react';

/**
 * A value that changes while the writer types and is shown in one place: only the component reading it re-renders
 * when it changes, not the whole window it is passed through.
 */
export type ValueStore<T> = { get: () => T; set: (value: T) => void; subscribe: (listener: () => void) => () => void };

export function createValueStore<T>(initial: T): ValueStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export function useValueStore<T>(store: ValueStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
