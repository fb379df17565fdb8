import { sql, type RawBuilder } from 'kysely';
import type { CoalitionRole, Language, OrgRole } from '@coalition/shared';
import type { Sql } from './session-kysely';

/**
 * The SQL functions the core calls, each declared once with its result type (the migrations define
 * them; kysely-codegen types tables, not functions). Module functions are declared in their modules.
 */

/** A row of app_authenticate / app_act_as_granted: the actor's identity and memberships. */
export interface ActorRow {
  user_id: string | null;
  session_id: string | null;
  display_name: string | null;
  coalition_roles: CoalitionRole[] | null;
  memberships: { organisationId: string; roles: OrgRole[] }[] | null;
  email: string | null;
  locale: Language | null;
  totp_enabled: boolean | null;
}

/** `= ANY($1::<type>[])`: one parameter (one statement text) whatever the length of `values`. */
export function anyOf<T extends string | number>(values: readonly T[], type: 'uuid' | 'text' | 'int'): RawBuilder<T> {
  return sql<T>`ANY(${values}::${sql.raw(type)}[])`;
}

/**
 * Waits for the transaction-scoped advisory lock named `key` (hashed with `seed`, a literal so that each
 * caller's text stays one statement): callers with the same key run one after another until each commits.
 */
export async function advisoryXactLock(db: Sql, key: string, seed: number): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, ${sql.lit(seed)}))`.execute(db);
}

/** Sets a transaction-local setting (`set_config(name, value, true)`), e.g. one a row-level policy reads. */
export async function setLocalConfig(db: Sql, name: string, value: string): Promise<void> {
  await sql`SELECT set_config(${sql.lit(name)}, ${value}, true)`.execute(db);
}

/** A row of app_login_lookup: the account of an email, whatever the actor may read (sign-in, invitations). */
export interface LoginLookupRow {
  id: string;
  password_hash: string;
  totp_enabled: boolean;
  totp_secret: string | null;
  /** bigint, as text. */
  totp_last_step: string | null;
}

/** The row of audit_head(): the chain's last entry (none yet: nulls) and the transaction's actor; takes the append lock. */
export interface AuditHeadRow {
  /** bigint, as text. */
  seq: string | null;
  hash: string | null;
  actor_user_id: string | null;
}

export const auditHead = () => sql<AuditHeadRow>`audit_head()`;
