import { useCallback, useState } from 'react';
import { call, messageOf } from '../api/workbench.ts';
import { useMenuCommand } from '../menuCommands.ts';
import { deliverExport } from '../saveDownload.ts';
import { usePopover } from '../usePopover.ts';
import { useSay } from '../state/hooks.ts';

type ExportMethod = 'exportDocx' | 'exportEvidencePack' | 'exportQuotesCsv';

/** Export to Word, and the other exports in a menu. */
export function ExportMenu() {
  const say = useSay();
  const [exporting, setExporting] = useState(false);
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const { opener: buttonRef, popover: listRef } = usePopover<HTMLButtonElement, HTMLUListElement>(open, close);

  const run = useCallback(
    async (method: ExportMethod) => {
      setExporting(true);
      setOpen(false);
      say('info', method === 'exportQuotesCsv' ? 'Exporting quotes…' : 'Exporting to Word…');
      try {
        say('info', deliverExport(await call(method, {})));
      } catch (error) {
        say('error', messageOf(error));
      } finally {
        setExporting(false);
      }
    },
    [say],
  );
  useMenuCommand('export-docx', () => void run('exportDocx'));

  return (
    <>
      <div className="more-exports">
        <button
          ref={buttonRef}
          type="button"
          aria-expanded={open}
          aria-controls="more-exports-list"
          onClick={() => setOpen((v) => !v)}
          disabled={exporting}
        >
          More exports
        </button>
        {open ? (
          <ul ref={listRef} id="more-exports-list" className="more-exports-list">
            <li>
              <button type="button" onClick={() => void run('exportEvidencePack')}>
                Evidence pack (Word)
              </button>
            </li>
            <li>
              <button type="button" onClick={() => void run('exportQuotesCsv')}>
                All quotes (CSV spreadsheet)
              </button>
            </li>
          </ul>
        ) : null}
      </div>
      <button type="button" className="primary" onClick={() => void run('exportDocx')} disabled={exporting}>
        {exporting ? 'Exporting…' : 'Export to Word'}
      </button>
    </>
  );
}
