export const ERROR_CODES = ['invalid-input', 'not-found', 'conflict', 'forbidden', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ApiError = { code: ErrorCode; message: string };

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by services for failures the user should read; anything else is reported as 'internal'. */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}
