import type { ProjectData, ProjectReader } from '../../../renderer/src/state/projectStore.ts';
import type { Quote } from '../../../shared/domain/quote.ts';
import type { QuoteId, SourceId, QuestionId } from '../../../shared/ids.ts';
import { consultation } from '../testDraft.ts';

export function quote(id: number, questionIds: number[] = []): Quote {
  return {
    id: id as QuoteId,
    sourceId: 1 as SourceId,
    fragments: [{ start: 0, end: 5, text: 'Words' }],
    questionIds: questionIds as QuestionId[],
    note: '',
    createdAt: '2026-01-01T00:00:00.000Z',
  } as unknown as Quote;
}

export function projectData(patch: Partial<ProjectData> = {}): ProjectData {
  return {
    info: { name: 'Test', path: '/tmp/test.cwproj' } as ProjectData['info'],
    sources: [],
    quotes: [],
    consultation,
    draft: { content: '{}', generation: 0 },
    ...patch,
  };
}

/** A reader standing in for the project file: it records what was read, and returns what the test put there. */
export function recordingReader(file: Partial<ProjectData>) {
  const reads: string[] = [];
  const reader: ProjectReader = {
    sources: async () => (reads.push('sources'), file.sources ?? []),
    quotes: async () => (reads.push('quotes'), file.quotes ?? []),
    consultation: async () => (reads.push('consultation'), file.consultation ?? consultation),
  };
  return { reader, reads };
}
