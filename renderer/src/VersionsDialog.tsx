import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { DraftVersion } from '../../shared/ipc/contract.ts';
import { call, messageOf } from './api/workbench.ts';

type Props = { open: boolean; onClose: () => void; onRestore: (version: DraftVersion) => void };

function when(iso: string): string {
  const d = new Date(iso);
  return `${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })} ${d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
}

/** Named versions of the draft: keep one now, or go back to an earlier one (the current draft is kept first). */
export function VersionsDialog({ open, onClose, onRestore }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [versions, setVersions] = useState<DraftVersion[]>([]);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      call('listDraftVersions', {}).then(setVersions, (e: unknown) => setError(messageOf(e)));
    }
    if (!open && d.open) d.close();
  }, [open]);

  const keep = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Give this version a name, for example “Before the forum meeting”.');
      return;
    }
    try {
      const made = await call('createDraftVersion', { name: name.trim() });
      setVersions((s) => [made, ...s]);
      setName('');
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <dialog ref={dialog} className="versions-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>Versions of the draft</h2>
      <form onSubmit={(e) => void keep(e)} className="version-form">
        <label htmlFor={`${id}-name`}>Name this version</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="Before the forum meeting"
        />
        <button type="submit" className="primary">
          Keep this version
        </button>
      </form>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {versions.length ? (
        <ul className="version-list" aria-label="Kept versions">
          {versions.map((s) => (
            <li key={s.id}>
              <span>
                <strong>{s.name}</strong> <span className="muted">{when(s.createdAt)}</span>
              </span>
              <button type="button" onClick={() => onRestore(s)} aria-label={`Go back to “${s.name}”`}>
                Go back to this
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">No versions kept yet.</p>
      )}
      <div className="form-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
