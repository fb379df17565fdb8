import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { Logger } from '../observability/logger';

/** What the running server is made of; built once in main.ts or a test. */
export interface AppDeps {
  config: Config;
  log: Logger;
  dataSource: DataSource;
  masterKey: Buffer;
}
