import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlaceMemory, placeKey, readPlace, type Place } from '../../../renderer/src/state/placeMemory.ts';
import { createSelectionStore } from '../../../renderer/src/state/selectionStore.ts';
import type { QuestionId, SourceId } from '../../../shared/ids.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}

const place: Place = {
  sourceId: 3,
  questionId: 12,
  readerScroll: 140,
  draftScroll: 900,
  caret: { block: 7, offset: 4 },
};

afterEach(() => vi.useRealTimers());

describe('place memory', () => {
  it('keeps a place per project file, and reads back nothing for another or for anything not a place', () => {
    const storage = memoryStorage();
    storage.setItem(placeKey('/a.cwproj'), JSON.stringify(place));
    storage.setItem(placeKey('/b.cwproj'), '{"sourceId":"three"}');
    storage.setItem(placeKey('/c.cwproj'), 'not json');
    expect(readPlace(storage, '/a.cwproj')).toEqual(place);
    expect(readPlace(storage, '/b.cwproj')).toBeNull();
    expect(readPlace(storage, '/c.cwproj')).toBeNull();
    expect(readPlace(storage, '/d.cwproj')).toBeNull();
  });

  it('follows the selection and writes a moment later, or at once when flushed', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const memory = createPlaceMemory(storage, '/a.cwproj', null);
    const selection = createSelectionStore({ sourceId: null, questionId: null, focusQuoteId: null });
    memory.follow(selection);
    selection.selectSource(5 as SourceId);
    selection.selectQuestion(11 as QuestionId);
    expect(storage.items.size).toBe(0);
    vi.advanceTimersByTime(400);
    expect(readPlace(storage, '/a.cwproj')).toMatchObject({ sourceId: 5, questionId: 11 });
    memory.update({ caret: { block: 2, offset: 0 } });
    memory.flush();
    expect(readPlace(storage, '/a.cwproj')?.caret).toEqual({ block: 2, offset: 0 });
  });

  it('gives the caret and the reader scroll back once, the scroll only for the source it was in', () => {
    const memory = createPlaceMemory(memoryStorage(), '/a.cwproj', place);
    expect(memory.takeReaderScroll(4)).toBeNull();
    expect(memory.takeReaderScroll(3)).toBe(140);
    expect(memory.takeReaderScroll(3)).toBeNull();
    expect(memory.takeCaret()).toEqual({ block: 7, offset: 4 });
    expect(memory.takeCaret()).toBeNull();
  });
});
