import type { OlderVersion } from './useShownVersion.ts';

/** Says the reader shows an earlier version (the one a quote cites), with the way back to the current text. */
export function OlderVersionNote({ older, onShowCurrent }: { older: OlderVersion; onShowCurrent: () => void }) {
  return (
    <p className="notice warning older-version" role="note" aria-label="Version shown">
      <span>
        Version {older.version} of {older.of} — not the current version. The quote is shown in the words it cites.
      </span>{' '}
      <button type="button" className="link-button" onClick={onShowCurrent}>
        Go to the current version
      </button>
    </p>
  );
}
