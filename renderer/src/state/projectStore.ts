import type { ProjectInfo } from '../../../shared/domain/project.ts';
import type { SourceSummary } from '../../../shared/domain/source.ts';
import type { Quote } from '../../../shared/domain/quote.ts';
import type { Consultation } from '../../../shared/domain/consultation.ts';
import type { QuestionId } from '../../../shared/ids.ts';
import { call } from '../api/workbench.ts';
import { createValueStore } from '../valueStore.ts';

/** The lists a large project's first screen shows only part of, while the rest is read (readRest.ts). */
export type ListSlice = 'sources' | 'quotes';

/** What the open project holds, as the window shows it. */
export type ProjectData = {
  info: ProjectInfo;
  sources: SourceSummary[];
  quotes: Quote[];
  consultation: Consultation;
  /** The saved draft to load, and a number bumped to load a different one into a fresh editor (a kept version). */
  draft: { content: string; generation: number };
  /** Lists holding only what the first screen needed so far; none (or absent) once every one is read in full. */
  stillReading?: readonly ListSlice[];
  /** The question whose quotes are all read even while the rest are still being read: the first screen's. */
  quotesReadFor?: QuestionId | null;
};

/** The parts of a project a change can alter, each read again from the project file as a whole. */
export type Slice = 'sources' | 'quotes' | 'consultation';

export type ProjectReader = { [S in Slice]: () => Promise<ProjectData[S]> };

const fromProjectFile: ProjectReader = {
  sources: () => call('listSources', {}),
  quotes: () => call('listQuotes', {}),
  consultation: () => call('getConsultation', {}),
};

export function createProjectStore(initial: ProjectData, read: ProjectReader = fromProjectFile) {
  const store = createValueStore(initial);
  // Bumped whenever a list is changed, so a list read a page at a time is not shown over a newer one.
  const revisions: Record<ListSlice, number> = { sources: 0, quotes: 0 };
  let settle = () => {};
  const complete = new Promise<void>((resolve) => (settle = resolve));
  const stillReading = () => store.get().stillReading ?? [];
  const update = (patch: Partial<ProjectData>) => {
    if (patch.sources) revisions.sources++;
    if (patch.quotes) revisions.quotes++;
    store.set({ ...store.get(), ...patch });
    if (stillReading().length === 0) settle();
  };
  if (stillReading().length === 0) settle();
  const reload = async (slices: readonly Slice[]): Promise<void> => {
    const read_ = await Promise.all([...new Set(slices)].map(async (slice) => [slice, await read[slice]()] as const));
    if (!read_.length) return;
    // A list read again as a whole is read in full.
    const reading = stillReading().filter((s) => !slices.includes(s));
    update({ ...(Object.fromEntries(read_) as Partial<ProjectData>), stillReading: reading });
  };
  return {
    get: store.get,
    subscribe: store.subscribe,
    update,
    updateQuotes: (change: (quotes: Quote[]) => Quote[]) => update({ quotes: change(store.get().quotes) }),
    /** Reads the given parts again, together, and shows them at once. */
    reload,
    /** Settles once every list is read in full (at once for a project whose first screen read them all). */
    complete,
    isComplete: () => stillReading().length === 0,
    /** How many times a list has changed: readRest compares it before and after reading the rest. */
    revisionOf: (slice: ListSlice) => revisions[slice],
    /** Shows a list read in full since `revision`; if it was changed meanwhile, it is read again as a whole instead. */
    async finishReading<S extends ListSlice>(slice: S, all: ProjectData[S], revision: number): Promise<void> {
      if (!stillReading().includes(slice)) return;
      if (revisions[slice] !== revision) return reload([slice]);
      update({ [slice]: all, stillReading: stillReading().filter((s) => s !== slice) });
    },
  };
}

export type ProjectStore = ReturnType<typeof createProjectStore>;
