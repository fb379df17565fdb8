import fs from 'node:fs';
import path from 'node:path';
import { Cron } from 'croner';
import { z } from 'zod';

function validCron(pattern: string): boolean {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

const booleanFlag = z
  .enum(['0', '1', 'true', 'false'])
  .transform((v) => v === '1' || v === 'true');

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATABASE_PASSWORD_FILE: z.string().min(1).optional(),
  DATABASE_APP_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATABASE_POOLER_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : [])),
  /** A replica whose replay is further behind the primary than this serves no read (core/db/replica-router.ts). */
  REPLICA_MAX_LAG_MS: z.coerce.number().int().min(10).max(3_600_000).default(2_000),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Unset: on, also behind DATABASE_POOLER_URL (see loadConfig). */
  DB_PREPARED_STATEMENTS: booleanFlag.optional(),
  DB_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** How long a request waits for a pooled connection before it is answered SERVER_BUSY (503, Retry-After). */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(50).max(600_000).default(10_000),
  DB_APP_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a plain lowercase role name')
    .default('coalition_app'),
  DATA_DIR: z.string().min(1).default('./.data'),
  SEED_DEMO: booleanFlag.default(false),
  DEMO_PASSWORD: z.string().min(8).default('coalition-demo-2013'),
  COALITION_MASTER_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
    .optional(),
  COALITION_MASTER_KEY_FILE: z.string().min(1).optional(),
  BACKUP_RECIPIENT: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []))
    .refine((list) => list.every((r) => /^age1[0-9a-z]+$/.test(r)), 'must be age public keys (age1...), comma-separated'),
  BACKUP_SCHEDULE: z
    .string()
    .min(1)
    .optional()
    .refine((v) => v === undefined || validCron(v), 'must be a cron pattern, e.g. "0 3 * * *" (every day at 03:00 UTC)'),
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_KEEP: z.coerce.number().int().min(1).max(10_000).default(14),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  TRUST_PROXY: booleanFlag.default(false),
  BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/, 'like 512kb or 12mb').default('12mb'),
  MAX_QUERY_COMPLEXITY: z.coerce.number().int().min(100).default(20000),
  GRAPHQL_COMPILED: booleanFlag.default(true),
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CLIENT_DIST: z.string().optional(),
  EVIDENCE_MAX_BYTES: z.coerce.number().int().min(1).default(2 * 1024 ** 3),
  EVIDENCE_DIR: z.string().min(1).optional(),
  EVIDENCE_S3_URL: z
    .string()
    .regex(/^s3:\/\/|^https?:\/\//, 'like s3://bucket/prefix or http(s)://ACCESS:SECRET@host:port/bucket')
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Coalition <no-reply@coalition.invalid>'),
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/]+$/, 'must be an http(s) origin with no path, like https://coalition.example.org')
    .optional(),
});

/** Every environment variable Coalition reads (README and .env.example list them all; a test checks). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(configSchema.shape);

export type Config = z.infer<typeof configSchema> & {
  /** True when no DATABASE_URL is given and PGlite is started in DATA_DIR. */
  embedded: boolean;
  /** Named prepared statements for the hot queries: decided by loadConfig from the flag, the database and the pooler. */
  DB_PREPARED_STATEMENTS: boolean;
  dataDir: string;
  /** Where scheduled backups go: BACKUP_DIR, default DATA_DIR/backups. */
  backupDir: string;
  clientDist: string;
  isDevelopment: boolean;
  /** Encrypted evidence chunks when no EVIDENCE_S3_URL is set. */
  evidenceDir: string;
  /** tus uploads in progress (plaintext until attached, deleted after 24 h when abandoned). */
  uploadDir: string;
  /** The origin links in emails point to: PUBLIC_URL, else http://HOST:PORT. */
  publicUrl: string;
};

export class ConfigError extends Error {}

/** DATABASE_URL with the password of DATABASE_PASSWORD_FILE (a compose secret), so no password sits in the environment. */
function withPasswordFrom(databaseUrl: string, file: string): string {
  let password: string;
  try {
    password = fs.readFileSync(file, 'utf8').trim();
  } catch {
    throw new ConfigError(`invalid configuration:\n  DATABASE_PASSWORD_FILE: cannot read ${file}`);
  }
  const url = new URL(databaseUrl);
  if (url.password) throw new ConfigError('invalid configuration:\n  DATABASE_PASSWORD_FILE: DATABASE_URL holds a password already');
  url.password = encodeURIComponent(password);
  return url.toString();
}

/** Validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(configSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = configSchema.safeParse(relevant);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const value = parsed.data;
  if (value.COALITION_MASTER_KEY && value.COALITION_MASTER_KEY_FILE) {
    throw new ConfigError('invalid configuration:\n  COALITION_MASTER_KEY_FILE: set either it or COALITION_MASTER_KEY, not both');
  }
  if (value.DATABASE_PASSWORD_FILE) {
    if (!value.DATABASE_URL) throw new ConfigError('invalid configuration:\n  DATABASE_PASSWORD_FILE: only with DATABASE_URL');
    value.DATABASE_URL = withPasswordFrom(value.DATABASE_URL, value.DATABASE_PASSWORD_FILE);
  }
  if (value.DATABASE_REPLICA_URLS.length > 0 && !value.DATABASE_URL) {
    throw new ConfigError('invalid configuration:\n  DATABASE_REPLICA_URLS: only with DATABASE_URL (the embedded database has no replica)');
  }
  if (value.DATABASE_POOLER_URL) {
    if (!value.DATABASE_URL) throw new ConfigError('invalid configuration:\n  DATABASE_POOLER_URL: only with DATABASE_URL (the embedded database has no pooler)');
    const pooler = new URL(value.DATABASE_POOLER_URL);
    // Requests log in through the pooler as the request login (DATABASE_APP_URL's or DB_APP_ROLE's):
    // a login written here would be ignored, and could be the owner's.
    if (pooler.username || pooler.password || pooler.searchParams.has('user') || pooler.searchParams.has('password')) {
      throw new ConfigError('invalid configuration:\n  DATABASE_POOLER_URL: give no user or password: requests log in through it with the request login');
    }
  }
  if (value.BACKUP_SCHEDULE && value.BACKUP_RECIPIENT.length === 0) {
    throw new ConfigError('invalid configuration:\n  BACKUP_SCHEDULE: scheduled backups are encrypted to BACKUP_RECIPIENT, which is not set');
  }
  return {
    ...value,
    embedded: !value.DATABASE_URL,
    // On unless turned off. The embedded database serves this process one socket connection at a time, and
    // the connection that replaces a lost one starts with DEALLOCATE ALL (data-source.ts,
    // `sessionOutlivesConnection`): PGlite is one backend session, so the names the lost one prepared are
    // still there. A transaction pooler hands each transaction whichever server session is free, so behind
    // DATABASE_POOLER_URL each transaction first reads what its session has prepared (`pooledServerSessions`).
    DB_PREPARED_STATEMENTS: value.DB_PREPARED_STATEMENTS ?? true,
    dataDir: path.resolve(value.DATA_DIR),
    backupDir: path.resolve(value.BACKUP_DIR ?? path.join(value.DATA_DIR, 'backups')),
    clientDist: path.resolve(value.CLIENT_DIST ?? path.join(__dirname, '../../../../client/dist')),
    isDevelopment: value.NODE_ENV === 'development',
    evidenceDir: path.resolve(value.EVIDENCE_DIR ?? path.join(value.DATA_DIR, 'evidence')),
    uploadDir: path.resolve(value.DATA_DIR, 'uploads'),
    publicUrl: value.PUBLIC_URL ?? `http://${value.HOST}:${value.PORT}`,
  };
}

/** Where loadMasterKey finds the master key under this configuration. */
export function masterKeySource(config: Config): { value?: string; file?: string; dataDir: string } {
  return { value: config.COALITION_MASTER_KEY, file: config.COALITION_MASTER_KEY_FILE, dataDir: config.dataDir };
}
