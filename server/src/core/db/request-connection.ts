import crypto from 'node:crypto';
import { Client } from 'pg';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import { createDataSource } from './data-source';

/**
 * The request connection: on a PostgreSQL server, every transaction that acts
 * for someone (GraphQL, file and export routes, subscriptions) logs in as the
 * application role itself, never as the owner. `SET LOCAL ROLE` then changes
 * nothing, and neither does an injected `RESET ROLE` or `set_config('role', ...)`:
 * the session user has no more rights than the app role, so it cannot leave
 * row-level security, write the actor context or append to the audit log.
 * Migrations, SQL definitions, seeding and maintenance keep the owner's pool.
 */

const PASSWORD_CONTEXT = 'coalition db app role password';

/**
 * The app role's password: derived from the master key, so every server
 * process on the same data computes the same one and nothing new must be
 * configured. Never stored or logged; PostgreSQL keeps only its SCRAM verifier.
 */
export function appRolePassword(masterKey: Buffer): string {
  return crypto.createHmac('sha256', masterKey).update(PASSWORD_CONTEXT).digest('base64url');
}

/** The owner's URL with the app role's credentials: same host, port, database and TLS options. */
export function appRoleUrl(ownerUrl: string, role: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  url.searchParams.delete('user');
  url.searchParams.delete('password');
  return url.toString();
}

/** The same credentials on another server (a read replica) as those in `credentialsUrl`. */
export function withCredentialsOf(url: string, credentialsUrl: string): string {
  const from = new URL(credentialsUrl);
  return appRoleUrl(url, decodeURIComponent(from.username), decodeURIComponent(from.password));
}

/**
 * A SCRAM-SHA-256 verifier (RFC 5802/7677, PostgreSQL's format), so that the
 * clear password never reaches the server's statement log. The salt is
 * derived too: the same key always gives the same verifier.
 */
export function scramVerifier(password: string, salt: Buffer, iterations = 4096): string {
  const salted = crypto.pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const clientKey = crypto.createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = crypto.createHash('sha256').update(clientKey).digest();
  const serverKey = crypto.createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

/** True when `url` admits a login; false when PostgreSQL refuses the credentials (class 28). */
export async function canLogIn(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return true;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('28')) return false;
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * canLogIn through a pooler: PgBouncer 1.18 answers a wrong password, and an unknown user, with SQLSTATE
 * 08P01 ("SASL authentication failed"), not PostgreSQL's class 28, so that means refused here too.
 */
async function canLogInThroughPooler(url: string): Promise<boolean> {
  try {
    return await canLogIn(url);
  } catch (error) {
    if ((error as { code?: unknown }).code === '08P01' && /authentication failed|no such user/i.test((error as Error).message)) return false;
    throw error;
  }
}

/**
 * Lets the app role log in with the derived password, as the owner (who made
 * the role in the migrations and so may alter it). Only when a login with that
 * password fails: after the first boot, or when the master key changed. Two
 * processes racing here set the same verifier; a loser's catalog conflict is
 * forgiven once the login works.
 */
export async function ensureAppRoleLogin(owner: DataSource, role: string, masterKey: Buffer, url: string): Promise<void> {
  if (await canLogIn(url)) return;
  const salt = crypto.createHmac('sha256', masterKey).update(`${PASSWORD_CONTEXT} salt`).digest().subarray(0, 16);
  // The role name is config-validated (a plain lowercase identifier); the verifier is base64, '$' and ':'.
  const verifier = scramVerifier(appRolePassword(masterKey), salt);
  try {
    await owner.query(`ALTER ROLE ${role} LOGIN PASSWORD '${verifier}'`);
  } catch (error) {
    if (await canLogIn(url)) return;
    throw new Error(
      `cannot let the app role ${role} log in (${(error as Error).message}): give the database owner CREATEROLE, or create a login role for requests yourself and set DATABASE_APP_URL`,
    );
  }
  if (!(await canLogIn(url))) {
    throw new Error(`the app role ${role} still cannot log in: pg_hba.conf must admit it to this database with a password (scram-sha-256), or set DATABASE_APP_URL`);
  }
}

export interface RequestDataSourceOptions {
  /** The owner's pool, initialized and migrated: it makes the role able to log in. */
  owner: DataSource;
  ownerUrl: string;
  appRole: string;
  masterKey: Buffer;
  /** DATABASE_APP_URL: the operator's own login role for requests; nothing is altered then. */
  appUrl?: string;
  /**
   * DATABASE_POOLER_URL: a transaction-mode pooler (PgBouncer) in front of the primary. The request pool
   * connects through it with the request login's credentials; the login is still set up and checked on
   * the primary itself (ownerUrl), where the owner's pool and the LISTEN connection stay.
   */
  poolerUrl?: string;
  poolSize: number;
  idleTimeoutMillis?: number;
  connectTimeoutMillis?: number;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
}

/**
 * The request pool, initialized. Made by createDataSource like every pool, so
 * its connections are SessionClients (statements counted and serialised,
 * prepared statements per connection). It runs no migrations.
 */
/** The request login's URL on the primary: DATABASE_APP_URL, or the app role with its derived password. */
export function requestLoginUrl(options: Pick<RequestDataSourceOptions, 'ownerUrl' | 'appRole' | 'masterKey' | 'appUrl'>): string {
  return options.appUrl ?? appRoleUrl(options.ownerUrl, options.appRole, appRolePassword(options.masterKey));
}

export async function openRequestDataSource(options: RequestDataSourceOptions): Promise<DataSource> {
  const url = requestLoginUrl(options);
  if (!options.appUrl) await ensureAppRoleLogin(options.owner, options.appRole, options.masterKey, url);
  const connectUrl = options.poolerUrl ? withCredentialsOf(options.poolerUrl, url) : url;
  if (options.poolerUrl && !(await canLogInThroughPooler(connectUrl))) {
    const login = decodeURIComponent(new URL(url).username);
    const pooler = new URL(options.poolerUrl);
    throw new Error(
      `the pooler at ${pooler.host} (DATABASE_POOLER_URL) refuses the request login ${login}: give PgBouncer its password (auth_file, or auth_query through an auth_user; see docs/SCALING.md), or set DATABASE_APP_URL to a login it knows`,
    );
  }
  const dataSource = createDataSource({
    url: connectUrl,
    pooledServerSessions: Boolean(options.poolerUrl),
    poolSize: options.poolSize,
    idleTimeoutMillis: options.idleTimeoutMillis,
    connectTimeoutMillis: options.connectTimeoutMillis,
    entities: options.entities,
    migrations: [],
  });
  await dataSource.initialize();
  return dataSource;
}
