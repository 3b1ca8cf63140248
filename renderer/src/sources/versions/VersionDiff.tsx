import type { DiffPassage } from '../../../../shared/sources/versionDiff.ts';

const LABELS: Record<Exclude<DiffPassage['kind'], 'same'>, string> = {
  added: 'Added',
  removed: 'Removed',
  'moved-from': 'Moved from here',
  'moved-to': 'Moved here',
};

/** What changed between two versions of a source, passage by passage; unchanged text is left out. */
export function VersionDiff({ passages, from, to }: { passages: DiffPassage[]; from: number; to: number }) {
  const changes = passages.filter((p) => p.kind !== 'same' && p.text.trim() !== '');
  return (
    <section className="version-diff" aria-label={`Changes from version ${from} to version ${to}`}>
      {changes.length === 0 ? (
        <p>Only spacing and line breaks differ.</p>
      ) : (
        <ol>
          {changes.map((p, i) => {
            const kind = p.kind as keyof typeof LABELS;
            const Tag = kind === 'removed' || kind === 'moved-from' ? 'del' : 'ins';
            return (
              <li key={i} className={`diff-${kind}`}>
                <span className="diff-label">{LABELS[kind]}: </span>
                <Tag>{p.text.trim()}</Tag>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
