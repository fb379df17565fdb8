/** Seconds a client is told to wait (Retry-After) when the server is busy. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

/**
 * Every connection of a pool stayed taken for the whole connect timeout (DB_CONNECT_TIMEOUT_MS): the
 * server is overloaded, nothing is wrong with the request. Answered as `SERVER_BUSY` (HTTP 503 with
 * Retry-After), which a client may retry, never as an internal error.
 */
export class PoolBusyError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('every database connection stayed busy for the connect timeout', options);
    this.name = 'PoolBusyError';
  }
}

/** pg-pool's error when no connection became free within connectionTimeoutMillis. */
export function isPoolTimeout(error: unknown): boolean {
  return error instanceof Error && error.message === 'timeout exceeded when trying to connect';
}

/** Takes a pooled connection; a pool that stays busy for the connect timeout throws PoolBusyError. */
export async function connectOrBusy<T>(connect: () => Promise<T>): Promise<T> {
  try {
    return await connect();
  } catch (error) {
    throw isPoolTimeout(error) ? new PoolBusyError({ cause: error }) : error;
  }
}
