import { useEffect, useState } from 'react';
import type { QuoteMismatch } from '../../shared/domain/quote.ts';
import { call } from './api/workbench.ts';
import { useWorkbench } from './state/workbench.ts';
import { countOf, plural } from '../../shared/text/plural.ts';

/** Every quote is checked against its source on opening; a mismatch is shown, never hidden. */
export function IntegrityAlert() {
  const [mismatches, setMismatches] = useState<QuoteMismatch[]>([]);
  const { project } = useWorkbench();
  // The check reads every quoted source's text (seconds in a project of thousands of quotes), and the services answer
  // in turn: it waits until the first screen has asked for what it shows, and a large project's lists are read, so
  // neither the open source nor the rest of the lists is kept waiting.
  useEffect(() => {
    let cancelled = false;
    let idle: number | undefined;
    const check = () => {
      call('checkQuotes', {}).then(
        (found) => {
          if (!cancelled) setMismatches(found);
        },
        () => {},
      );
    };
    void project.complete.then(() => {
      if (!cancelled) idle = window.requestIdleCallback?.(check, { timeout: 1000 }) ?? window.setTimeout(check, 0);
    });
    return () => {
      cancelled = true;
      if (idle !== undefined) (window.cancelIdleCallback ?? window.clearTimeout)(idle);
    };
  }, [project]);
  if (mismatches.length === 0) return null;
  return (
    <div className="integrity-alert" role="alert">
      <strong>
        {countOf(mismatches.length, 'quote')} no longer {plural(mismatches.length, 'matches', 'match')} the source it
        was taken from.
      </strong>{' '}
      The project file may have been changed outside Consultation Workbench. Check{' '}
      {[...new Set(mismatches.map((m) => m.quoteId))].map((id) => `quote ${id}`).join(', ')} before you rely on{' '}
      {plural(mismatches.length, 'it', 'them')}.
    </div>
  );
}
