// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/ipc/contract.ts';
import type { ImportProgress, WorkbenchEvents } from '../../shared/ipc/events.ts';
import { useImportQueue, type ImportItem } from '../../renderer/src/sources/useImportQueue.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The preload's event API, with only the import events wired: main "sends" through `emit`. */
function desktopEvents() {
  const listeners = new Set<(p: ImportProgress) => void>();
  const events = {
    onMenuCommand: () => () => {},
    onFlushRequest: () => () => {},
    onDraftFileChosen: () => () => {},
    onImportProgress(listener: (p: ImportProgress) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as WorkbenchEvents;
  return { events, emit: (p: ImportProgress) => act(() => listeners.forEach((l) => l(p))) };
}

afterEach(() => {
  delete window.workbenchEvents;
});

describe('File › Import Sources… run by main', () => {
  it('shows each file of the batch in the import list and refreshes for each one imported', async () => {
    const desktop = desktopEvents();
    window.workbenchEvents = desktop.events;
    const imported: ImportResult[] = [];
    let items: ImportItem[] = [];
    function Probe() {
      items = useImportQueue((result) => imported.push(result)).items;
      return null;
    }
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<Probe />));

    const result = { format: 'pdf', source: { id: 7, title: 'Parent survey' } } as unknown as ImportResult;
    desktop.emit({ key: 'menu-1-0', fileName: 'survey.pdf', status: 'importing', message: 'Importing…' });
    desktop.emit({ key: 'menu-1-1', fileName: 'bad.docx', status: 'importing', message: 'Importing…' });
    expect(items.map((i) => [i.fileName, i.status])).toEqual([
      ['survey.pdf', 'importing'],
      ['bad.docx', 'importing'],
    ]);
    desktop.emit({ key: 'menu-1-0', fileName: 'survey.pdf', status: 'imported', message: 'Imported', result });
    desktop.emit({ key: 'menu-1-1', fileName: 'bad.docx', status: 'failed', message: 'Not a Word document.' });
    expect(items.map((i) => [i.fileName, i.status, i.message])).toEqual([
      ['survey.pdf', 'imported', 'Imported'],
      ['bad.docx', 'failed', 'Not a Word document.'],
    ]);
    expect(imported).toEqual([result]);
    await act(async () => root.unmount());
  });
});
