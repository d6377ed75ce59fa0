import type { ErrorCode } from '../../shared/api';

/** An error the person can act on: its message is French and says what to do. */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = 'AppError';
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

export function fail(code: ErrorCode, message: string): never {
  throw new AppError(code, message);
}
