// The services' own thread: importing, indexing, exporting and saving the draft run here, so the main process stays
// free for menus, dialogs and window events. It opens its own connection to the project file (SQLite in WAL mode
// lets main keep one too, for backups and copies) and answers calls through the same `dispatch` as IPC.
import { parentPort } from 'node:worker_threads';
import type { ExportResult } from '../../../shared/ipc/contract.ts';
import type { IpcResult } from '../../../shared/ipc/result.ts';
import { dispatch } from '../api/dispatch.ts';
import { createHandlers, type Handlers } from '../api/handlers.ts';
import { openProject, type ProjectServices } from '../project/projectServices.ts';
import { templatesIn } from '../project/templateLibrary.ts';
import type { FromWorker, ToWorker, WorkerRequest } from './workerProtocol.ts';

const port = parentPort!;
let open: { project: ProjectServices; handlers: Handlers } | null = null;
let nextDelivery = 0;
const deliveries = new Map<number, { resolve: (result: ExportResult) => void; reject: (error: Error) => void }>();

const post = (message: FromWorker) => port.postMessage(message);
const failure = (error: unknown): IpcResult<unknown> => ({
  ok: false,
  error: { code: 'internal', message: error instanceof Error ? error.message : String(error) },
});

function closeProject(): void {
  open?.project.close();
  open = null;
}

async function answer(message: WorkerRequest): Promise<IpcResult<unknown>> {
  switch (message.kind) {
    case 'open': {
      closeProject();
      const project = openProject(message.path);
      const handlers = createHandlers(project, {
        templates: templatesIn(message.resourcesDir),
        deliverFile: (file) =>
          new Promise((resolve, reject) => {
            const id = nextDelivery++;
            deliveries.set(id, { resolve, reject });
            post({ kind: 'deliver', id, file });
          }),
      });
      open = { project, handlers };
      return { ok: true, value: null };
    }
    case 'close':
      closeProject();
      return { ok: true, value: null };
    case 'call':
      if (!open) return { ok: false, error: { code: 'not-found', message: 'No project is open.' } };
      return dispatch(open.handlers, message.method, message.payload);
  }
}

port.on('message', (message: ToWorker) => {
  if (message.kind === 'delivered') {
    const delivery = deliveries.get(message.id);
    deliveries.delete(message.id);
    if (message.outcome.ok) delivery?.resolve(message.outcome.result);
    else delivery?.reject(new Error(message.outcome.message));
    return;
  }
  answer(message).then(
    (result) => post({ kind: 'done', id: message.id, result }),
    (error: unknown) => post({ kind: 'done', id: message.id, result: failure(error) }),
  );
});
