// The main process's side of the services worker: calls go in as messages and come back as IpcResults; a finished
// export comes back to main to be offered in a save dialog.
import type { Worker } from 'node:worker_threads';
import type { Method } from '../../../shared/ipc/channels.ts';
import type { ExportResult } from '../../../shared/ipc/contract.ts';
import type { IpcResult } from '../../../shared/ipc/result.ts';
import type { DeliveryOutcome, FromWorker, WorkerRequest } from './workerProtocol.ts';

export type DeliverFile = (file: { fileName: string; bytes: Uint8Array }) => Promise<ExportResult>;

export type ServicesConnection = {
  /** Opens a project in the worker (closing the one before); rejects with the reason it could not. */
  open(path: string, resourcesDir: string): Promise<void>;
  call(method: Method, payload: unknown): Promise<IpcResult<unknown>>;
  close(): Promise<void>;
  /** Stops the worker; calls still waiting get an 'internal' error. */
  terminate(): Promise<void>;
};

// A call the worker can no longer answer (it stopped, or the app is closing) gets this rather than no answer.
const STOPPED: IpcResult<unknown> = {
  ok: false,
  error: { code: 'internal', message: 'The app stopped before it could do this. Please close it and open it again.' },
};

export function connectServices(worker: Worker, deliverFile: DeliverFile): ServicesConnection {
  let nextId = 0;
  let stopped = false;
  const waiting = new Map<number, (result: IpcResult<unknown>) => void>();
  const request = (message: WorkerRequest) =>
    new Promise<IpcResult<unknown>>((resolve) => {
      if (stopped) return resolve(STOPPED);
      const id = nextId++;
      waiting.set(id, resolve);
      worker.postMessage({ ...message, id });
    });
  const stopAll = () => {
    stopped = true;
    for (const resolve of waiting.values()) resolve(STOPPED);
    waiting.clear();
  };

  worker.on('message', (message: FromWorker) => {
    if (message.kind === 'done') {
      waiting.get(message.id)?.(message.result);
      waiting.delete(message.id);
      return;
    }
    const reply = (outcome: DeliveryOutcome) => worker.postMessage({ kind: 'delivered', id: message.id, outcome });
    deliverFile(message.file).then(
      (result) => reply({ ok: true, result }),
      (error: unknown) => reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
  });
  worker.on('error', (error) => {
    console.error('[services worker]', error);
    stopAll();
  });
  worker.on('exit', stopAll);

  return {
    async open(path, resourcesDir) {
      const result = await request({ kind: 'open', path, resourcesDir });
      if (!result.ok) throw new Error(result.error.message);
    },
    call: (method, payload) => request({ kind: 'call', method, payload }),
    async close() {
      await request({ kind: 'close' });
    },
    async terminate() {
      await worker.terminate();
      stopAll();
    },
  };
}
