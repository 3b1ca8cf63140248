import { useCallback, useEffect, useRef, useState } from 'react';
import { SOURCE_KIND_LABELS } from '../../../shared/domain/sourceKinds.ts';
import type { ImportResult } from '../../../shared/ipc/contract.ts';
import { MAX_IMPORT_BYTES } from '../../../shared/ipc/limits.ts';
import { call, messageOf } from '../api/workbench.ts';

export type ImportItem = {
  id: number;
  fileName: string;
  status: 'waiting' | 'importing' | 'imported' | 'failed';
  message: string;
};

/**
 * Imports dropped or picked files one at a time, each all or nothing, so one bad file never stops
 * the others and every file ends with its own result line.
 */
export function useImportQueue(onImported: (result: ImportResult) => void) {
  const [items, setItems] = useState<ImportItem[]>([]);
  const nextId = useRef(1);
  const running = useRef(Promise.resolve());

  const update = (id: number, patch: Partial<ImportItem>) =>
    setItems((all) => all.map((item) => (item.id === id ? { ...item, ...patch } : item)));

  const importFiles = useCallback(
    (files: readonly File[]) => {
      const batch = files.map((file) => ({ file, id: nextId.current++ }));
      setItems((all) => [
        ...all.filter((i) => i.status === 'waiting' || i.status === 'importing'),
        ...batch.map(({ file, id }) => ({ id, fileName: file.name, status: 'waiting' as const, message: 'Waiting' })),
      ]);
      running.current = running.current.then(async () => {
        for (const { file, id } of batch) {
          update(id, { status: 'importing', message: 'Importing…' });
          try {
            if (file.size > MAX_IMPORT_BYTES) {
              throw new Error(
                `"${file.name}" is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most one file can be.`,
              );
            }
            const bytes = new Uint8Array(await file.arrayBuffer());
            const result = await call('importSource', { fileName: file.name, bytes });
            // The title and kind are guesses: say them, so the user can check them in the source's details.
            update(id, {
              status: 'imported',
              message: `Imported as “${result.source.title}” (${SOURCE_KIND_LABELS[result.source.kind]}): check its details`,
            });
            onImported(result);
          } catch (error) {
            update(id, {
              status: 'failed',
              message: error instanceof Error && !('code' in error) ? error.message : messageOf(error),
            });
          }
        }
      });
    },
    [onImported],
  );

  // File › Import Sources… runs in the desktop app's main process; its files join this list step by step.
  const fromMenu = useRef(new Map<string, number>());
  useEffect(
    () =>
      window.workbenchEvents?.onImportProgress(({ key, fileName, status, message, result }) => {
        const id = fromMenu.current.get(key) ?? nextId.current++;
        fromMenu.current.set(key, id);
        setItems((all) =>
          all.some((item) => item.id === id)
            ? all.map((item) => (item.id === id ? { ...item, status, message } : item))
            : [...all, { id, fileName, status, message }],
        );
        if (result) onImported(result);
      }),
    [onImported],
  );

  // The user is opening the file picker or dragging files in: the PDF reader starts meanwhile, so the first PDF of the
  // session reads as quickly as the next. Nothing the user needs to hear if it fails: the import itself reports.
  const prepare = useCallback(() => void call('prepareImport', {}).catch(() => {}), []);

  const clear = useCallback(
    () => setItems((all) => all.filter((i) => i.status === 'waiting' || i.status === 'importing')),
    [],
  );
  return { items, importFiles, prepare, clear };
}
