import type { DataSource } from 'typeorm';
import type { KeyVaultWriter } from '../backup/key-vault';
import type { Config } from './config';
import type { Logger } from '../observability/logger';
import type { ReplicaRouter } from '../db/replica-router';

/** What the running server is made of; built once in main.ts or a test. */
export interface AppDeps {
  config: Config;
  log: Logger;
  /** The owner's pool: migrations, SQL definitions, seeding, maintenance. Never acts for anyone. */
  dataSource: DataSource;
  /**
   * The pool every actor transaction runs on (ActorTransaction.open): logged in as the
   * app role, see core/db/request-connection.ts. The same pool as `dataSource` only on the
   * embedded single-user database.
   */
  requestDataSource: DataSource;
  /** DATABASE_REPLICA_URLS: where read-only requests may run instead of `requestDataSource`. */
  replicas?: ReplicaRouter;
  masterKey: Buffer;
  /** Rewrites BACKUP_DIR's key vault after an erasure (core/backup/key-vault.ts); absent in tools that erase nothing. */
  keyVault?: KeyVaultWriter;
  /** The clock TOTP codes are checked against (ms since the epoch): Date.now unless a test fixes it. */
  now?: () => number;
}
