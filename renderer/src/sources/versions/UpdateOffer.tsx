type Props = {
  title: string;
  file: File;
  busy: boolean;
  onUpdate: () => void;
  onImport: () => void;
  onCancel: () => void;
};

/** Asks whether a file dropped on a source is its new version; a drop alone never changes a source. */
export function UpdateOffer({ title, file, busy, onUpdate, onImport, onCancel }: Props) {
  return (
    <div
      role="alertdialog"
      aria-labelledby="update-offer-question"
      aria-describedby="update-offer-detail"
      className="notice update-offer"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id="update-offer-question">
        <strong>
          Update “{title}” from {file.name}?
        </strong>
      </p>
      <p id="update-offer-detail">
        The file becomes the current version; the old text is kept, quotes move with their words, and any whose words
        changed wait for your review. You can undo the update.
      </p>
      {/* The drop moved the user's attention here: the answer they most likely want is focused. */}
      <button type="button" className="primary" disabled={busy} autoFocus onClick={onUpdate}>
        Update
      </button>{' '}
      <button type="button" disabled={busy} onClick={onImport}>
        Import as a new source
      </button>{' '}
      <button type="button" disabled={busy} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
