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
];

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'coalition' }, redact: { paths: redactPaths, censor: '[redacted]' } });
}

export type { Logger };
