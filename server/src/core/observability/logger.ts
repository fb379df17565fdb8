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

/** JSON lines to stdout, or to `destination` (tests capture the output to prove the redaction). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = { level, base: { service: 'coalition' }, redact: { paths: redactPaths, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
