import path from 'node:path';
import { z } from 'zod';

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
  DATABASE_APP_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : [])),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DB_PREPARED_STATEMENTS: booleanFlag.default(true),
  DB_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
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
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  TRUST_PROXY: booleanFlag.default(false),
  BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/, 'like 512kb or 12mb').default('12mb'),
  MAX_QUERY_COMPLEXITY: z.coerce.number().int().min(100).default(20000),
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CLIENT_DIST: z.string().optional(),
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
  dataDir: string;
  clientDist: string;
  isDevelopment: boolean;
  /** The origin links in emails point to: PUBLIC_URL, else http://HOST:PORT. */
  publicUrl: string;
};

export class ConfigError extends Error {}

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
  return {
    ...value,
    embedded: !value.DATABASE_URL,
    // PGlite is one backend session for every socket connection: names prepared by one would collide.
    DB_PREPARED_STATEMENTS: value.DB_PREPARED_STATEMENTS && Boolean(value.DATABASE_URL),
    dataDir: path.resolve(value.DATA_DIR),
    clientDist: path.resolve(value.CLIENT_DIST ?? path.join(__dirname, '../../../../client/dist')),
    isDevelopment: value.NODE_ENV === 'development',
    publicUrl: value.PUBLIC_URL ?? `http://${value.HOST}:${value.PORT}`,
  };
}
