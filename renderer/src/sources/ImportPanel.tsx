import { useRef } from 'react';
import type { ImportItem } from './useImportQueue.ts';
import { countOf } from '../../../shared/text/plural.ts';

const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.docx,.pdf';

type Props = {
  items: ImportItem[];
  onFiles: (files: File[]) => void;
  /** The picker is opening: a moment to get the importers ready. */
  onChoosing: () => void;
  onClear: () => void;
};

/** The "Import files…" button and the per-file results of the current batch. */
export function ImportPanel({ items, onFiles, onChoosing, onClear }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const done = items.filter((i) => i.status === 'imported' || i.status === 'failed').length;
  const busy = items.some((i) => i.status === 'waiting' || i.status === 'importing');
  return (
    <div className="import-panel">
      <button
        type="button"
        onClick={() => {
          onChoosing();
          input.current?.click();
        }}
      >
        Import files…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label="Choose files to import"
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          event.target.value = '';
        }}
      />
      <span className="drop-hint">or drop files here (PDF, Word, web page, text)</span>
      {items.length > 0 ? (
        <div className="import-results" role="status" aria-live="polite">
          <div className="import-progress">
            <label>
              {busy
                ? `Importing ${Math.min(done + 1, items.length)} of ${items.length}…`
                : `Imported ${items.filter((i) => i.status === 'imported').length} of ${countOf(items.length, 'file')}`}
              <progress max={items.length} value={done} />
            </label>
            {!busy ? (
              <button type="button" className="link-button" onClick={onClear}>
                Dismiss
              </button>
            ) : null}
          </div>
          <ul>
            {items.map((item) => (
              <li key={item.id} className={`import-item ${item.status}`}>
                <span className="import-file">{item.fileName}</span>: <span>{item.message}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
