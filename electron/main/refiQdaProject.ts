import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { describeRefiImport, type RefiImportReport } from '../../shared/refiQda/refiImportReport.ts';
import { openProject, type ProjectServices } from '../services/project/projectServices.ts';
import { createProjectFromRefiQda } from '../services/refiQda/newProjectFromRefiQda.ts';

/**
 * File › New Project from NVivo, ATLAS.ti or MAXQDA…: the user picks a .qdpx or .qdc, then where the new project goes;
 * it opens in place of the current one, and a message says what was left out and why.
 */
export async function newProjectFromRefiQdaFile(deps: {
  win: BrowserWindow | null;
  choosePath: (suggestedName: string) => Promise<string | null>;
  switchTo: (path: string, open: () => Promise<ProjectServices>) => Promise<unknown>;
}): Promise<void> {
  const options = {
    title: 'New project from NVivo, ATLAS.ti, MAXQDA, QualCoder or Taguette',
    properties: ['openFile' as const],
    filters: [{ name: 'REFI-QDA project or codebook', extensions: ['qdpx', 'qdc'] }],
  };
  const choice = deps.win ? await dialog.showOpenDialog(deps.win, options) : await dialog.showOpenDialog(options);
  const file = choice.filePaths[0];
  if (choice.canceled || !file) return;
  const path = await deps.choosePath(basename(file, extname(file)));
  if (!path) return;
  const made: { report?: RefiImportReport } = {};
  await deps.switchTo(path, async () => {
    const bytes = new Uint8Array(await readFile(file));
    made.report = await createProjectFromRefiQda(path, { fileName: basename(file), bytes });
    return openProject(path);
  });
  if (!made.report) return;
  const { message, detail } = describeRefiImport(made.report);
  const box = {
    type: made.report.skipped.length ? ('warning' as const) : ('info' as const),
    title: 'New project',
    message,
    detail,
  };
  void (deps.win ? dialog.showMessageBox(deps.win, box) : dialog.showMessageBox(box));
}
