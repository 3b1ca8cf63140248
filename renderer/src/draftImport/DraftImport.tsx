import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { MAX_DRAFT_FILE_BYTES } from '../../../shared/ipc/limits.ts';
import { useWorkbench } from '../state/workbench.ts';
import { DraftImportReportDialog } from './DraftImportReportDialog.tsx';
import { ReplaceAnswersDialog } from './ReplaceAnswersDialog.tsx';
import { useDraftImport } from './useDraftImport.ts';
import './draftImport.css';

const ACCEPT = '.docx,.md,.markdown';

export type DraftImportHandle = {
  /** Opens the file picker; call it from a click or key press, or the browser opens nothing. */
  chooseFile: () => void;
};

/**
 * "Import a draft…": the page's own file picker (the header's More menu) and the file main's File menu chose,
 * both imported the same way, with the question before answers are replaced and the report after.
 */
export function DraftImport({ ref }: { ref: Ref<DraftImportHandle> }) {
  const input = useRef<HTMLInputElement>(null);
  const { notices } = useWorkbench();
  const { step, importFile, replaceAnswers, cancel, close } = useDraftImport();
  useImperativeHandle(ref, () => ({ chooseFile: () => input.current?.click() }), []);

  useEffect(
    () =>
      window.workbenchEvents?.onDraftFileChosen((file) => {
        if ('bytes' in file) importFile(file);
        else notices.say('error', file.message);
      }),
    [importFile, notices],
  );

  return (
    <>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label="Choose a draft to import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          // One byte over the limit is enough for the import to say the file is too large.
          if (file)
            void file
              .slice(0, MAX_DRAFT_FILE_BYTES + 1)
              .arrayBuffer()
              .then((b) => importFile({ fileName: file.name, bytes: new Uint8Array(b) }));
        }}
      />
      <ReplaceAnswersDialog
        open={step.kind === 'confirm'}
        fileName={step.kind === 'confirm' ? step.file.fileName : ''}
        questions={step.kind === 'confirm' ? step.report.conflicts : []}
        onReplace={replaceAnswers}
        onCancel={cancel}
      />
      <DraftImportReportDialog
        open={step.kind === 'report'}
        fileName={step.kind === 'report' ? step.fileName : ''}
        report={step.kind === 'report' ? step.report : null}
        onClose={close}
      />
    </>
  );
}
