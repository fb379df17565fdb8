import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import type { Sql } from '../db/session-kysely';

export interface LoaderScope {
  db: EntityManager;
  sql: Sql;
  actor: Actor | null;
}

/** Builds one DataLoader for one request; modules define these in `<domain>.loader.ts`. */
export type LoaderFactory<K, V> = (scope: LoaderScope) => DataLoader<K, V>;

/**
 * Per-request DataLoaders, created on first use. Loaders run inside the
 * request's transaction, so row-level security applies to what they batch.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();

  constructor(private readonly scope: () => LoaderScope) {}

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(factory as LoaderFactory<unknown, unknown>);
    if (!loader) {
      loader = (factory as LoaderFactory<unknown, unknown>)(this.scope());
      this.loaders.set(factory as LoaderFactory<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** The actor changed (sign-in, sign-out): cached rows may no longer be visible. */
  clear(): void {
    this.loaders.clear();
  }
}
