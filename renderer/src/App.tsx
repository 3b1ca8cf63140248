import { useEffect, useState } from 'react';
import { messageOf } from './api/workbench.ts';
import { loadWorkbench } from './state/loadWorkbench.ts';
import { readRest } from './state/readRest.ts';
import { WorkbenchContext, type Workbench } from './state/workbench.ts';
import { WorkbenchWindow } from './WorkbenchWindow.tsx';

/** Opens the project, then shows its window; or says why it could not. */
export function App() {
  const [workbench, setWorkbench] = useState<Workbench | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    loadWorkbench().then(setWorkbench, (error: unknown) => setLoadError(messageOf(error)));
  }, []);
  // A large project's first screen holds part of its sources and quotes: the rest is read once it is up. Started
  // here, above the window, as parts of the window wait (suspend) for it.
  useEffect(() => {
    if (!workbench) return;
    readRest(workbench.project).catch((error: unknown) =>
      workbench.notices.say('error', `The project could not be read in full: ${messageOf(error)}`),
    );
  }, [workbench]);

  if (loadError) {
    return (
      <main className="load-error">
        <h1>Consultation Workbench</h1>
        <p role="alert">The project could not be opened: {loadError}</p>
      </main>
    );
  }
  if (!workbench) {
    return (
      <main className="loading">
        <p role="status">Opening the project…</p>
      </main>
    );
  }
  return (
    <WorkbenchContext.Provider value={workbench}>
      <WorkbenchWindow />
    </WorkbenchContext.Provider>
  );
}
