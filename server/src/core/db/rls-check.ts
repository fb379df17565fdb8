import { sql } from 'kysely';
import type { DataSource } from 'typeorm';
import { withPooledSql, type Sql } from './session-kysely';

/** Tables that are not tenant data and need no row-level security. */
const NON_TENANT_TABLES = new Set(['migrations']);

/**
 * Refuses to serve unless PostgreSQL enforces the tenancy rules on its own:
 * the request role is no superuser, cannot bypass RLS, owns no table, and
 * every table has RLS enabled and forced.
 */
export async function assertRowLevelSecurity(dataSource: DataSource, appRole: string): Promise<void> {
  const problems = await withPooledSql(dataSource, (db) => rowLevelSecurityProblems(db, appRole));
  if (problems.length > 0) {
    throw new Error(`row-level security check failed:\n  ${problems.join('\n  ')}`);
  }
}

// The catalogs are not in the generated table types: each query declares its row.
async function rowLevelSecurityProblems(db: Sql, appRole: string): Promise<string[]> {
  const problems: string[] = [];
  const {
    rows: [role],
  } = await sql<{ rolsuper: boolean; rolbypassrls: boolean }>`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = ${appRole}`.execute(db);
  if (!role) problems.push(`role ${appRole} does not exist`);
  else {
    if (role.rolsuper) problems.push(`role ${appRole} is a superuser`);
    if (role.rolbypassrls) problems.push(`role ${appRole} has BYPASSRLS`);
  }
  const { rows: owned } = await sql<{ relname: string }>`SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) = ${appRole}`.execute(db);
  for (const t of owned) problems.push(`role ${appRole} owns ${t.relname}`);
  const { rows: tables } = await sql<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>`
     SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`.execute(db);
  for (const t of tables) {
    if (NON_TENANT_TABLES.has(t.relname)) continue;
    if (!t.relrowsecurity || !t.relforcerowsecurity) problems.push(`table ${t.relname} lacks enabled and forced RLS`);
  }
  return problems;
}
