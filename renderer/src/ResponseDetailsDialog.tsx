import { useId, useState, type FormEvent } from 'react';
import { ResponseDetailsSchema, type ResponseDetails } from '../../shared/domain/project.ts';
import { call, messageOf } from './api/workbench.ts';
import { useModalDialog } from './useModalDialog.ts';

type Props = {
  open: boolean;
  details: ResponseDetails;
  onSaved: (details: ResponseDetails) => void;
  onClose: () => void;
};

const FIELD_NAMES: Record<string, string> = {
  name: 'Project name',
  organisation: 'Organisation',
  contactName: 'Contact name',
  contactEmail: 'Contact email',
  responseDate: 'Date',
};

/** Who is responding and how the Word document is set out; used in the title block and the export. */
export function ResponseDetailsDialog({ open, details, onSaved, onClose }: Props) {
  const dialog = useModalDialog(open);
  const id = useId();
  const [form, setForm] = useState(details);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof ResponseDetails>(key: K, value: ResponseDetails[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = ResponseDetailsSchema.safeParse(form);
    if (!checked.success) {
      const field = String(checked.error.issues[0]?.path[0] ?? '');
      setError(
        `${FIELD_NAMES[field] ?? 'A field'} is not valid${field === 'contactEmail' ? ': use an address like name@example.org' : field === 'name' ? ': give the project a name' : ''}.`,
      );
      return;
    }
    setSaving(true);
    try {
      const info = await call('updateProject', { details: checked.data });
      setError(null);
      onSaved(info.details);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setSaving(false);
    }
  };

  const text = (key: 'name' | 'organisation' | 'contactName' | 'contactEmail', type = 'text') => (
    <>
      <label htmlFor={`${id}-${key}`}>{FIELD_NAMES[key]}</label>
      <input id={`${id}-${key}`} type={type} value={form[key]} onChange={(e) => set(key, e.target.value)} />
    </>
  );

  return (
    <dialog ref={dialog} className="details-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={`${id}-title`}>Response details</h2>
        <div className="details-grid">
          {text('name')}
          {text('organisation')}
          {text('contactName')}
          {text('contactEmail', 'email')}
          <label htmlFor={`${id}-date`}>Date</label>
          <input
            id={`${id}-date`}
            type="date"
            value={form.responseDate}
            onChange={(e) => set('responseDate', e.target.value)}
          />
          <label htmlFor={`${id}-publish`}>May this response be published?</label>
          <select
            id={`${id}-publish`}
            value={form.mayPublish}
            onChange={(e) => set('mayPublish', e.target.value as ResponseDetails['mayPublish'])}
          >
            <option value="not-said">Do not say</option>
            <option value="yes">Yes</option>
            <option value="no">No</option>
          </select>
          <label htmlFor={`${id}-citations`}>Cite sources as</label>
          <select
            id={`${id}-citations`}
            value={form.citationStyle}
            onChange={(e) => set('citationStyle', e.target.value as ResponseDetails['citationStyle'])}
          >
            <option value="footnotes">Footnotes</option>
            <option value="author-date">Author and year in the text</option>
          </select>
          <span />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.tableOfContents}
              onChange={(e) => set('tableOfContents', e.target.checked)}
            />{' '}
            Include a table of contents
          </label>
        </div>
        {error ? (
          <p role="alert" className="form-error">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
