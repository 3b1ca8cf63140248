import { useId, useState } from 'react';
import type { UnmatchedPart } from '../../../shared/draftImport/matchQuestions.ts';

/** A part of the imported file that matched no question: what it is, its text, and a button to copy it. */
export function UnmatchedPartView({ part }: { part: UnmatchedPart }) {
  const id = useId();
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const copy = () =>
    void navigator.clipboard.writeText(part.text).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  return (
    <>
      <p id={id} className="draft-import-part">
        {part.summary}
      </p>
      {part.text ? (
        <>
          <textarea readOnly aria-labelledby={id} value={part.text} rows={Math.min(4, part.text.split('\n').length)} />
          <button type="button" onClick={copy} aria-describedby={id}>
            Copy this text
          </button>
          <span role="status" className="muted">
            {copied === 'copied'
              ? ' Copied.'
              : copied === 'failed'
                ? ' Could not copy: select the text and press Ctrl+C.'
                : ''}
          </span>
        </>
      ) : null}
    </>
  );
}
