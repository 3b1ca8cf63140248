import { describe, expect, it, vi } from 'vitest';
import { applyChange } from '../../../renderer/src/state/change.ts';
import { createNoticeStore } from '../../../renderer/src/state/noticeStore.ts';
import { createProjectStore, type ProjectReader } from '../../../renderer/src/state/projectStore.ts';
import { projectData, quote, recordingReader } from './fixtures.ts';

describe('applyChange', () => {
  it('reads again what the change altered, says it, and offers an undo that reads it again too', async () => {
    const file = { quotes: [quote(1)] };
    const { reader, reads } = recordingReader(file);
    const project = createProjectStore(projectData({ quotes: [quote(1), quote(2)] }), reader);
    const notices = createNoticeStore();
    const undo = vi.fn(async () => {
      file.quotes = [quote(1), quote(2)];
    });

    await applyChange(
      { message: 'Quote deleted.', undo, undoneMessage: 'Quote restored.', refresh: ['quotes'] },
      project,
      notices,
    );
    expect(project.get().quotes.map((q) => q.id)).toEqual([1]);
    expect(notices.get()).toMatchObject({ kind: 'info', text: 'Quote deleted.', action: { label: 'Undo' } });

    notices.get()?.action?.run();
    await vi.waitFor(() => expect(notices.get()?.text).toBe('Quote restored.'));
    expect(undo).toHaveBeenCalledTimes(1);
    expect(project.get().quotes.map((q) => q.id)).toEqual([1, 2]);
    expect(reads).toEqual(['quotes', 'quotes']);
  });

  it('offers no undo for a change that cannot be undone, and says "Undone." by default', async () => {
    const { reader } = recordingReader({});
    const project = createProjectStore(projectData(), reader);
    const notices = createNoticeStore();
    await applyChange({ message: 'Chapter renamed.', refresh: ['consultation'] }, project, notices);
    expect(notices.get()?.action).toBeUndefined();
    await applyChange({ message: 'Moved.', undo: async () => {}, refresh: ['consultation'] }, project, notices);
    notices.get()?.action?.run();
    await vi.waitFor(() => expect(notices.get()?.text).toBe('Undone.'));
  });

  it('says so, and not the change, when the project cannot be read again', async () => {
    const failing: ProjectReader = {
      sources: () => Promise.reject(new Error('gone')),
      quotes: () => Promise.reject(new Error('gone')),
      consultation: () => Promise.reject(new Error('gone')),
    };
    const project = createProjectStore(projectData(), failing);
    const notices = createNoticeStore();
    await applyChange({ message: 'Quote deleted.', refresh: ['quotes'] }, project, notices);
    expect(notices.get()?.kind).toBe('error');
  });
});
