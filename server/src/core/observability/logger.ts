import pino, { type Logger } from 'pino';

// Paths that may carry credentials or personal data never reach the log.
const redactPaths = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'totpCode',
  'code',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.fullName',
  '*.contact',
  '*.birthYear',
  // TypeORM's QueryFailedError carries the statement's parameters: they may be personal data.
  'err.parameters',
  'err.driverError.parameters',
  '*.parameters',
];

const SQLSTATE = /^[0-9A-Z]{5}$/;
type SerializedError = ReturnType<typeof pino.stdSerializers.err> & Record<string, unknown>;

/**
 * PostgreSQL quotes the offending value in data errors (class 22: `invalid
 * input syntax for type integer: "..."`) and constraint errors (class 23, in
 * `detail`: `Key (email)=(...)`). Those values may be personal data: such
 * messages are replaced by their SQLSTATE, and `detail` and `where` never
 * reach the log. The statement text stays: it is ours.
 */
function scrubDatabaseError(error: SerializedError): SerializedError {
  const out: SerializedError = { ...error };
  const code = out.code;
  if (typeof code === 'string' && SQLSTATE.test(code)) {
    if (code.startsWith('22') || code.startsWith('23')) {
      const generic = `database rejected a value (SQLSTATE ${code})`;
      if (typeof out.stack === 'string' && out.message) out.stack = out.stack.split(out.message).join(generic);
      out.message = generic;
    }
    if ('detail' in out) out.detail = '[redacted]';
    if ('where' in out) out.where = '[redacted]';
  }
  if (out.driverError && typeof out.driverError === 'object') {
    const inner = scrubDatabaseError(out.driverError as SerializedError);
    out.driverError = inner;
    if (inner.message !== (error.driverError as SerializedError).message && typeof out.message === 'string') {
      const original = (error.driverError as SerializedError).message;
      if (typeof out.stack === 'string') out.stack = out.stack.split(original).join(inner.message);
      out.message = out.message.split(original).join(inner.message);
    }
  }
  return out;
}

function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  return scrubDatabaseError(pino.stdSerializers.err(error) as SerializedError);
}

/** JSON lines to stdout, or to `destination` (tests capture the output to prove the redaction). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'coalition' },
    serializers: { err: serializeError },
    redact: { paths: redactPaths, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
