import { ErrorCode } from '@coalition/shared';

/**
 * A domain error: its message is safe to show, its code is one of the
 * contract's. Anything else thrown is internal and masked.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
    /** Writes made before the error are still committed (a failed sign-in is recorded). */
    readonly keepsWrites = false,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = 'Sign in first.') => new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You are not allowed to do this.') => new AppError(ErrorCode.FORBIDDEN, message);
export const notFound = (what = 'The item') => new AppError(ErrorCode.NOT_FOUND, `${what} does not exist or is not readable.`);
export const conflict = (message: string, extra: Record<string, unknown> = {}) => new AppError(ErrorCode.CONFLICT, message, extra);
export const badInput = (field: string, message: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });
export const rateLimited = (message: string) => new AppError(ErrorCode.RATE_LIMITED, message, {}, true);
