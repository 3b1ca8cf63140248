import type { z } from 'zod';
import { METHODS, type Method } from '../../../shared/ipc/channels.ts';
import { contract } from '../../../shared/ipc/contract.ts';
import { AppError, type IpcResult } from '../../../shared/ipc/result.ts';
import type { Handlers } from './handlers.ts';

export function isMethod(value: string): value is Method {
  return (METHODS as string[]).includes(value);
}

/** A message a person can act on, naming the field that was wrong. */
function describeInvalid(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The request was not valid.';
  const where = issue.path.length ? ` (${issue.path.join('.')})` : '';
  return `The request was not valid${where}: ${issue.message}`;
}

/**
 * The single entry point for every transport (Electron IPC and the test bridge):
 * validate the payload against the contract, run the handler, and turn any failure into an IpcResult.
 */
export async function dispatch(handlers: Handlers, method: Method, payload: unknown): Promise<IpcResult<unknown>> {
  const parsed = contract[method].input.safeParse(payload === undefined ? {} : payload);
  if (!parsed.success) return { ok: false, error: { code: 'invalid-input', message: describeInvalid(parsed.error) } };
  try {
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
    console.error(`[${method}]`, error);
    return {
      ok: false,
      error: { code: 'internal', message: 'Something went wrong; nothing was changed. Please try again.' },
    };
  }
}
