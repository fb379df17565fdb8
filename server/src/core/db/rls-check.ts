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

/**
 * Refuses to serve unless the request connection logs in as a role that
 * cannot leave row-level security: `RESET ROLE` or `set_config('role', ...)`
 * falls back to the session user, so neither it nor any role it may become
 * is a superuser, bypasses RLS, creates roles, or owns the schema, the
 * database, a table or a function. It must be able to become the app role.
 */
export async function assertRequestConnection(requestDataSource: DataSource, appRole: string): Promise<void> {
  const problems = await withPooledSql(requestDataSource, (db) => requestConnectionProblems(db, appRole));
  if (problems.length > 0) {
    throw new Error(`request connection check failed:\n  ${problems.join('\n  ')}`);
  }
}

async function requestConnectionProblems(db: Sql, appRole: string): Promise<string[]> {
  const problems: string[] = [];
  const {
    rows: [session],
  } = await sql<{ user: string; may_act: boolean }>`SELECT session_user AS user, pg_has_role(session_user, ${appRole}, 'MEMBER') AS may_act`.execute(
    db,
  );
  if (!session.may_act) problems.push(`the request connection's user ${session.user} cannot become ${appRole}`);
  const { rows: roles } = await sql<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean; rolcreaterole: boolean }>`
     SELECT rolname, rolsuper, rolbypassrls, rolcreaterole FROM pg_roles WHERE pg_has_role(session_user, oid, 'MEMBER')`.execute(db);
  for (const r of roles) {
    const as = r.rolname === session.user ? `the request connection's user ${r.rolname}` : `the request connection's user ${session.user} can become ${r.rolname}, which`;
    if (r.rolsuper) problems.push(`${as} is a superuser`);
    if (r.rolbypassrls) problems.push(`${as} has BYPASSRLS`);
    if (r.rolcreaterole) problems.push(`${as} has CREATEROLE`);
  }
  const { rows: owned } = await sql<{ what: string; owner: string }>`
     SELECT 'database ' || datname AS what, pg_get_userbyid(datdba) AS owner FROM pg_database
      WHERE datname = current_database() AND pg_has_role(session_user, datdba, 'MEMBER')
     UNION ALL
     SELECT 'schema public', pg_get_userbyid(nspowner) FROM pg_namespace
      WHERE nspname = 'public' AND pg_has_role(session_user, nspowner, 'MEMBER')
     UNION ALL
     SELECT 'table ' || c.relname, pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND pg_has_role(session_user, c.relowner, 'MEMBER')
     UNION ALL
     SELECT 'function ' || p.proname, pg_get_userbyid(p.proowner) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' AND pg_has_role(session_user, p.proowner, 'MEMBER')`.execute(db);
  // A superuser may act as every owner: name a few, not every table.
  for (const o of owned.slice(0, 5)) problems.push(`the request connection's user ${session.user} can act as ${o.owner}, the owner of ${o.what}`);
  if (owned.length > 5) problems.push(`... and ${owned.length - 5} more objects`);
  return problems;
}
