import type { SelectionStore } from './selectionStore.ts';

/** Where the writer was in a project: reopened there after a reload or a restart. */
export type Place = {
  sourceId: number | null;
  questionId: number | null;
  readerScroll: number;
  draftScroll: number;
  /** The caret in the draft: which top-level block, and how many characters into its text. */
  caret: { block: number; offset: number } | null;
};

const EMPTY: Place = { sourceId: null, questionId: null, readerScroll: 0, draftScroll: 0, caret: null };
const WRITE_AFTER_MS = 300;

/** Kept per project file, in the window's own storage: nothing about it goes into the project. */
export const placeKey = (projectPath: string) => `consultation-workbench.place:${projectPath}`;

/** The place remembered for a project, or null if none (or if what is stored is not one). */
export function readPlace(storage: Pick<Storage, 'getItem'>, projectPath: string): Place | null {
  try {
    return readStoredPlace(JSON.parse(storage.getItem(placeKey(projectPath)) ?? 'null'));
  } catch {
    return null;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isIdOrNull = (value: unknown) => value === null || (Number.isInteger(value) && (value as number) > 0);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isScroll = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A stored place's fields, or null if any is missing or wrong (checked by hand: no zod on the first screen). */
function readStoredPlace(raw: unknown): Place | null {
  if (!isRecord(raw)) return null;
  const { sourceId, questionId, readerScroll, draftScroll, caret } = raw;
  if (!isIdOrNull(sourceId) || !isIdOrNull(questionId) || !isScroll(readerScroll) || !isScroll(draftScroll))
    return null;
  if (caret !== null && !(isRecord(caret) && isCount(caret['block']) && isCount(caret['offset']))) return null;
  return {
    sourceId: sourceId as number | null,
    questionId: questionId as number | null,
    readerScroll,
    draftScroll,
    caret: caret === null ? null : { block: caret['block'] as number, offset: caret['offset'] as number },
  };
}

/**
 * The place as it changes: the selection is followed here; the reader and the draft report their scroll and caret.
 * Written a moment after each change, and at once when the page goes away.
 */
export function createPlaceMemory(storage: Pick<Storage, 'setItem'>, projectPath: string, initial: Place | null) {
  let place: Place = { ...EMPTY, ...initial };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pendingCaret = initial?.caret ?? null;
  let pendingReaderScroll =
    initial && initial.readerScroll > 0 ? { sourceId: initial.sourceId, top: initial.readerScroll } : null;
  const write = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    try {
      storage.setItem(placeKey(projectPath), JSON.stringify(place));
    } catch {
      // Storage full or unavailable: forgetting the place is better than failing the edit that moved it.
    }
  };
  const memory = {
    get: () => place,
    update(patch: Partial<Place>) {
      place = { ...place, ...patch };
      if (timer === null) timer = setTimeout(write, WRITE_AFTER_MS);
    },
    flush: () => {
      if (timer !== null) write();
    },
    /** Follows the source and question chosen. */
    follow(selection: SelectionStore): () => void {
      return selection.subscribe(() => {
        const { sourceId, questionId } = selection.get();
        if (sourceId !== place.sourceId || questionId !== place.questionId) memory.update({ sourceId, questionId });
      });
    },
    /** The caret to put back once, when the draft first opens. */
    takeCaret() {
      const caret = pendingCaret;
      pendingCaret = null;
      return caret;
    },
    /** The reader's scroll to put back once, when the remembered source first shows. */
    takeReaderScroll(sourceId: number): number | null {
      if (!pendingReaderScroll || pendingReaderScroll.sourceId !== sourceId) return null;
      const { top } = pendingReaderScroll;
      pendingReaderScroll = null;
      return top;
    },
  };
  return memory;
}

export type PlaceMemory = ReturnType<typeof createPlaceMemory>;
