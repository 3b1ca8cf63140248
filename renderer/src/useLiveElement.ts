import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { ValueStore } from './valueStore.ts';

/**
 * Keeps an element in step with a store that changes while the writer types (save status, word counts) by writing to
 * the element, not by re-rendering it: any React commit while the draft editor has focus first walks the whole
 * editor's DOM to note the selection (tens of milliseconds in a 100-page response), delaying the keys typed meanwhile.
 * `show` writes what React is not given: the element's text, and attributes the component does not render.
 */
export function useLiveElement<T, E extends HTMLElement>(
  store: ValueStore<T>,
  show: (element: E, value: T) => void,
): RefObject<E | null> {
  const element = useRef<E>(null);
  useLayoutEffect(() => {
    const update = () => show(element.current!, store.get());
    update();
    return store.subscribe(update);
  }, [store, show]);
  return element;
}

/** Sets an element's text only when it changes, so an unchanged count does not touch the page. */
export function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
