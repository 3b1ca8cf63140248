import { useEffect, useId, useState } from 'react';
import type { Consultation } from '../../../../shared/domain/consultation.ts';
import type { TemplateSummary } from '../../../../shared/domain/consultationSnapshot.ts';
import type { InputOf } from '../../../../shared/ipc/contract.ts';
import { call, messageOf } from '../../api/workbench.ts';
import { ConfirmDialog } from '../../ConfirmDialog.tsx';
import { deliverExport } from '../../saveDownload.ts';
import { afterRefiling, useChangeHandlers } from './consultationChange.ts';
import { countOf, plural } from '../../../../shared/text/plural.ts';

type Origin = InputOf<'replaceConsultation'>['origin'];
type Pending = { origin: Origin; name: string };

// A consultation file is a few kilobytes; anything near this is the wrong file.
const MAX_FILE_BYTES = 5_000_000;

/** Start again from a shipped consultation, a blank one or a file; and save the questions to share them. */
export function ConsultationFiles({
  consultation,
  onInfo,
}: {
  consultation: Consultation;
  onInfo: (message: string) => void;
}) {
  const { onChange, onError } = useChangeHandlers();
  const id = useId();
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [picked, setPicked] = useState('');
  // Until the user picks, offer a consultation other than the one the project already has.
  const chosen = picked || (templates.find((t) => t.title !== consultation.title) ?? templates[0])?.id || '';
  const [pending, setPending] = useState<Pending | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  useEffect(() => {
    call('listTemplates', {}).then(
      (list) => setTemplates(list),
      (e: unknown) => setListError(messageOf(e)),
    );
  }, []);

  const questionCount = consultation.chapters.reduce((n, c) => n + c.questions.length, 0);
  const filed = consultation.chapters.reduce((n, c) => n + c.questions.reduce((m, q) => m + q.quoteCount, 0), 0);

  const replace = ({ origin, name }: Pending) => {
    setPending(null);
    call('replaceConsultation', { origin }).then(
      ({ previous }) =>
        onChange({
          message: `The questions are now those of “${name}”.`,
          undo: () => call('restoreConsultation', { previous }),
          refresh: afterRefiling(previous.filings.length > 0),
        }),
      (e: unknown) => onError(messageOf(e)),
    );
  };

  return (
    <section className="consultation-files" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Start again or share these questions</h3>
      {listError ? <p role="alert">The shipped consultations could not be listed: {listError}</p> : null}
      <div className="files-row">
        <label htmlFor={`${id}-s`}>Start again from</label>
        <select id={`${id}-s`} value={chosen} onChange={(e) => setPicked(e.target.value)}>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
              {t.questions ? ` (${countOf(t.questions, 'question')})` : ''}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!chosen}
          onClick={() =>
            setPending({
              origin: { kind: 'template', id: chosen },
              name: templates.find((t) => t.id === chosen)?.title ?? chosen,
            })
          }
        >
          Replace the questions…
        </button>
      </div>
      <div className="files-row">
        <label htmlFor={`${id}-f`}>Import questions from a file (JSON or CSV) or a REFI-QDA codebook (.qdc)</label>
        <input
          id={`${id}-f`}
          type="file"
          accept=".json,.csv,.qdc,application/json,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            if (file.size > MAX_FILE_BYTES) return onError(`“${file.name}” is too big to be a list of questions.`);
            file.text().then(
              (text) => setPending({ origin: { kind: 'file', fileName: file.name, text }, name: file.name }),
              () => onError(`“${file.name}” could not be read.`),
            );
          }}
        />
      </div>
      <div className="files-row" role="group" aria-label="Export the questions">
        <span>Export the questions as</span>
        {(['json', 'csv'] as const).map((format) => (
          <button
            key={format}
            type="button"
            onClick={() =>
              call('exportConsultation', { format }).then(
                (r) => onInfo(deliverExport(r)),
                (e: unknown) => onError(messageOf(e)),
              )
            }
          >
            {format === 'json' ? 'JSON' : 'CSV (spreadsheet)'}
          </button>
        ))}
      </div>
      <ConfirmDialog
        open={pending !== null}
        title="Replace the questions?"
        message={
          `${questionCount === 1 ? 'The question' : `All ${questionCount} questions`} will be replaced by those of “${pending?.name ?? ''}”.` +
          (filed
            ? ` ${countOf(filed, 'quote filing')} will be undone: the ${plural(filed, 'quote stays', 'quotes stay')} in the project, no longer filed under a question.`
            : '') +
          ' Answers you have written stay in the draft under their old headings. You can undo this straight afterwards.'
        }
        confirmLabel="Replace the questions"
        onConfirm={() => pending && replace(pending)}
        onCancel={() => setPending(null)}
      />
    </section>
  );
}
