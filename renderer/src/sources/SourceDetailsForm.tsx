import { useId, useState, type FormEvent } from 'react';
import type { SourceSummary } from '../../../shared/domain/source.ts';
import { SOURCE_KINDS, SOURCE_KIND_LABELS, type SourceKind } from '../../../shared/domain/sourceKinds.ts';
import type { SourceId } from '../../../shared/ids.ts';
import { call, messageOf } from '../api/workbench.ts';

type Props = { source: SourceSummary; onSaved: (source: SourceSummary) => void; onCancel: () => void };

/** Title, author, date, URL and kind: guessed at import, corrected here. The text itself never changes. */
export function SourceDetailsForm({ source, onSaved, onCancel }: Props) {
  const id = useId();
  const [title, setTitle] = useState(source.title);
  const [author, setAuthor] = useState(source.author ?? '');
  const [publishedOn, setPublishedOn] = useState(source.publishedOn ?? '');
  const [url, setUrl] = useState(source.url ?? '');
  const [kind, setKind] = useState<SourceKind>(source.kind);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const metadata = {
      title: title.trim(),
      author: author.trim() || null,
      publishedOn: publishedOn || null,
      url: url.trim() || null,
      kind,
    };
    // The schema (and zod) load on the first save rather than with the window's first screen.
    const { SourceMetadataSchema } = await import('../../../shared/domain/source.ts');
    const checked = SourceMetadataSchema.safeParse(metadata);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const field =
        { title: 'Title', author: 'Author', publishedOn: 'Date', url: 'Web address', kind: 'Kind' }[
          String(issue?.path[0]) as 'title'
        ] ?? 'A field';
      setError(
        `${field}: ${field === 'Web address' ? 'use a full address starting with https://' : field === 'Title' ? 'give the source a title' : issue?.message}`,
      );
      return;
    }
    setSaving(true);
    try {
      onSaved(await call('updateSource', { id: source.id as SourceId, metadata: checked.data }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="source-details" onSubmit={(e) => void submit(e)} aria-label="Source details">
      <label htmlFor={`${id}-title`}>Title</label>
      <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} required />
      <label htmlFor={`${id}-author`}>Author or organisation</label>
      <input id={`${id}-author`} value={author} onChange={(e) => setAuthor(e.target.value)} />
      <label htmlFor={`${id}-date`}>Date</label>
      <input id={`${id}-date`} type="date" value={publishedOn} onChange={(e) => setPublishedOn(e.target.value)} />
      <label htmlFor={`${id}-url`}>Web address</label>
      <input id={`${id}-url`} type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" />
      <label htmlFor={`${id}-kind`}>Kind</label>
      <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as SourceKind)}>
        {SOURCE_KINDS.map((k) => (
          <option key={k} value={k}>
            {SOURCE_KIND_LABELS[k]}
          </option>
        ))}
      </select>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save details'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
