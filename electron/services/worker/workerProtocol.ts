// The messages between the main process and the services worker. Calls carry the same method names and payloads
// as Electron IPC and the test bridge; `dispatch` in the worker validates them exactly as it does everywhere else.
import type { Method } from '../../../shared/ipc/channels.ts';
import type { ExportResult } from '../../../shared/ipc/contract.ts';
import type { IpcResult } from '../../../shared/ipc/result.ts';

/** What main asks of the worker; each request is answered by one `done` carrying its id. */
export type WorkerRequest =
  | { kind: 'open'; path: string; resourcesDir: string }
  | { kind: 'call'; method: Method; payload: unknown }
  | { kind: 'close' };

export type DeliveryOutcome = { ok: true; result: ExportResult } | { ok: false; message: string };

export type ToWorker =
  | (WorkerRequest & { id: number })
  /** Main's answer to a `deliver` request: where the user saved the file, that they cancelled, or why saving failed. */
  | { kind: 'delivered'; id: number; outcome: DeliveryOutcome };

export type FromWorker =
  | { kind: 'done'; id: number; result: IpcResult<unknown> }
  /** A finished export, for main to offer the user in a save dialog (dialogs belong to main). */
  | { kind: 'deliver'; id: number; file: { fileName: string; bytes: Uint8Array } };
