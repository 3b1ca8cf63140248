import { createValueStore } from '../valueStore.ts';

export type NoticeAction = { label: string; run: () => void };
/** One line telling the writer what just happened; `id` tells a repeat of the same words from the last one. */
export type Notice = { kind: 'info' | 'error'; text: string; id: number; action?: NoticeAction };

export function createNoticeStore() {
  const store = createValueStore<Notice | null>(null);
  let count = 0;
  return {
    get: store.get,
    subscribe: store.subscribe,
    say(kind: Notice['kind'], text: string, action?: NoticeAction) {
      count += 1;
      store.set({ kind, text, id: count, ...(action ? { action } : {}) });
    },
  };
}

export type NoticeStore = ReturnType<typeof createNoticeStore>;
export type Say = NoticeStore['say'];
