import { useSyncExternalStore } from 'react';

export type Subscribable<T> = { get: () => T; subscribe: (listener: () => void) => () => void };

/** The part of a store a component shows; it re-renders only when that part changes (compared by identity). */
export function useStore<T, S>(store: Subscribable<T>, select: (value: T) => S): S {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
