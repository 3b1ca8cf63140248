import type { ProjectInfo } from '../../../shared/domain/project.ts';
import type { SourceSummary } from '../../../shared/domain/source.ts';
import type { Quote } from '../../../shared/domain/quote.ts';
import type { Consultation } from '../../../shared/domain/consultation.ts';
import { call } from '../api/workbench.ts';
import { createValueStore } from '../valueStore.ts';

/** What the open project holds, as the window shows it. */
export type ProjectData = {
  info: ProjectInfo;
  sources: SourceSummary[];
  quotes: Quote[];
  consultation: Consultation;
  /** The saved draft to load, and a number bumped to load a different one into a fresh editor (a kept version). */
  draft: { content: string; generation: number };
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
  const update = (patch: Partial<ProjectData>) => store.set({ ...store.get(), ...patch });
  return {
    get: store.get,
    subscribe: store.subscribe,
    update,
    updateQuotes: (change: (quotes: Quote[]) => Quote[]) => update({ quotes: change(store.get().quotes) }),
    /** Reads the given parts again, together, and shows them at once. */
    async reload(slices: readonly Slice[]): Promise<void> {
      const read_ = await Promise.all([...new Set(slices)].map(async (slice) => [slice, await read[slice]()] as const));
      if (read_.length) update(Object.fromEntries(read_) as Partial<ProjectData>);
    },
  };
}

export type ProjectStore = ReturnType<typeof createProjectStore>;
