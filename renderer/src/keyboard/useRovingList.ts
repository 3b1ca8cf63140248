import { useState, type FocusEvent, type KeyboardEvent } from 'react';

const ITEM = '[data-roving-item]';
const KEYS: Record<string, (at: number, last: number) => number> = {
  ArrowDown: (at, last) => Math.min(at + 1, last),
  ArrowUp: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_at, last) => last,
};

/**
 * A list that is one Tab stop, moved through with the arrow keys, Home and End (a roving tabindex): the item Tab
 * lands on is the last one focused while focus stays in the list, otherwise the current one (or the first).
 */
export function useRovingList(count: number, current: number) {
  const [focused, setFocused] = useState<number | null>(null);
  const active = Math.min(Math.max(focused ?? (current >= 0 ? current : 0), 0), Math.max(count - 1, 0));
  const listProps = {
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      const move = KEYS[event.key];
      if (!move || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const items = [...event.currentTarget.querySelectorAll<HTMLElement>(ITEM)];
      const at = items.findIndex((item) => item.contains(document.activeElement));
      if (at < 0) return;
      event.preventDefault();
      items[move(at, items.length - 1)]?.focus();
    },
    onBlur(event: FocusEvent<HTMLElement>) {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(null);
    },
  };
  const itemProps = (index: number) => ({
    tabIndex: index === active ? 0 : -1,
    'data-roving-item': '',
    onFocus: () => setFocused(index),
  });
  return { listProps, itemProps };
}
