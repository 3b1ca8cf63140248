import type { Method } from '../../../shared/ipc/channels.ts';
import type { InputOf, OutputOf, WorkbenchApi } from '../../../shared/ipc/contract.ts';
import type { ErrorCode, IpcResult } from '../../../shared/ipc/result.ts';

declare global {
  interface Window {
    /** Put there by the preload in the app, or by the loopback bridge in browser tests. */
    workbench: WorkbenchApi;
  }
}

/** A failed call, carrying the message the main process wrote for the user. */
export class ApiFailure extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
  }
}

export async function call<M extends Method>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const fn = window.workbench[method] as (input: InputOf<M>) => Promise<IpcResult<OutputOf<M>>>;
  const result = await fn(input);
  if (!result.ok) throw new ApiFailure(result.error.code, result.error.message);
  return result.value;
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiFailure) return error.message;
  return 'Something went wrong talking to the project file. Please try again.';
}
