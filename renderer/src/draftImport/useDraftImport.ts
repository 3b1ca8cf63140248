import { useCallback, useState } from 'react';
import type { DraftImportReport } from '../../../shared/ipc/contract.ts';
import { call, messageOf } from '../api/workbench.ts';
import { useApplyChange } from '../state/useApplyChange.ts';
import { useWorkbench } from '../state/workbench.ts';
import { countOf } from '../../../shared/text/plural.ts';

export type DraftFile = { fileName: string; bytes: Uint8Array<ArrayBuffer> };

/** Where an import of a draft file is: asking before answers are replaced, or reporting what came in. */
export type DraftImportStep =
  | { kind: 'idle' }
  | { kind: 'importing'; fileName: string }
  | { kind: 'confirm'; file: DraftFile; report: DraftImportReport }
  | { kind: 'report'; fileName: string; report: DraftImportReport };

function answersTo(count: number): string {
  return countOf(count, 'question');
}

/**
 * Imports a draft written elsewhere into the open draft: what was typed is stored first (so it is in the version
 * kept before the import), answers already written are replaced only when the writer says so, the editor then
 * shows the imported draft, and Undo goes back to the version kept before it.
 */
export function useDraftImport() {
  const { project, editor, notices } = useWorkbench();
  const applyChange = useApplyChange();
  const [step, setStep] = useState<DraftImportStep>({ kind: 'idle' });

  const showDraft = useCallback(
    (content: string) => {
      // A new generation loads the draft into a fresh editor, which reports each answer's words again.
      project.update({ draft: { content, generation: project.get().draft.generation + 1 } });
    },
    [project],
  );

  const run = useCallback(
    async (file: DraftFile, overwrite: boolean) => {
      setStep({ kind: 'importing', fileName: file.fileName });
      notices.say('info', `Importing “${file.fileName}”…`);
      const release = editor.current?.holdEdits();
      try {
        await editor.current?.flushSave();
        const report = await call('importDraft', { ...file, overwrite });
        if (!report.imported && report.conflicts.length > 0) {
          setStep({ kind: 'confirm', file, report });
          notices.say('info', `Importing “${file.fileName}” would replace answers you have written.`);
          return;
        }
        setStep({ kind: 'report', fileName: file.fileName, report });
        if (!report.imported || report.content === null || report.keptAs === null) {
          notices.say('info', `Nothing was imported from “${file.fileName}”.`);
          return;
        }
        showDraft(report.content);
        const keptId = report.keptAs.id;
        applyChange({
          message: `Imported answers to ${answersTo(report.matched.length)} from “${file.fileName}”. Undo puts the draft back as it was.`,
          refresh: [],
          undo: async () => {
            const releaseUndo = editor.current?.holdEdits();
            try {
              await editor.current?.flushSave();
              const { content } = await call('restoreDraftVersion', { id: keptId });
              showDraft(content);
            } finally {
              releaseUndo?.();
            }
          },
          undoneMessage: `The draft is back as it was before importing “${file.fileName}”.`,
        });
      } catch (error) {
        setStep({ kind: 'idle' });
        notices.say('error', messageOf(error));
      } finally {
        release?.();
      }
    },
    [editor, notices, applyChange, showDraft],
  );

  const importFile = useCallback((file: DraftFile) => void run(file, false), [run]);
  const replaceAnswers = useCallback(() => {
    if (step.kind === 'confirm') void run(step.file, true);
  }, [run, step]);
  // A dialog also says it closed once the step has moved on; that must not end the step now under way.
  const cancel = useCallback(() => {
    if (step.kind !== 'confirm') return;
    notices.say('info', `Nothing was imported from “${step.file.fileName}”.`);
    setStep({ kind: 'idle' });
  }, [notices, step]);
  const close = useCallback(() => setStep((now) => (now.kind === 'report' ? { kind: 'idle' } : now)), []);

  return { step, importFile, replaceAnswers, cancel, close };
}
