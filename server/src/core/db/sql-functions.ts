import { sql, type RawBuilder } from 'kysely';
import type { CoalitionRole, OrgRole } from '@coalition/shared';
import type { Sql } from './session-kysely';

/**
 * The SQL functions the core calls, each declared once with its result type (the migrations define
 * them; kysely-codegen types tables, not functions). Module functions are declared in their modules.
 */

/** A row of app_authenticate / app_act_as: the actor's identity and memberships. */
export interface ActorRow {
  user_id: string | null;
  session_id: string | null;
  display_name: string | null;
  coalition_roles: CoalitionRole[] | null;
  memberships: { organisationId: string; roles: OrgRole[] }[] | null;
}

/** Makes `userId` the transaction's actor (settings for row-level security) and returns who that is. */
export async function appActAs(db: Sql, userId: string): Promise<ActorRow | undefined> {
  const { rows } = await sql<ActorRow>`SELECT * FROM app_act_as(${userId})`.execute(db);
  return rows[0];
}

/** `= ANY($1::<type>[])`: one parameter (one statement text) whatever the length of `values`. */
export function anyOf<T extends string | number>(values: readonly T[], type: 'uuid' | 'text' | 'int'): RawBuilder<T> {
  return sql<T>`ANY(${values}::${sql.raw(type)}[])`;
}
