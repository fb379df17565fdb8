import type { DataSource } from 'typeorm';

/** Tables that are not tenant data and need no row-level security. */
const NON_TENANT_TABLES = new Set(['migrations']);

/**
 * Refuses to serve unless PostgreSQL enforces the tenancy rules on its own:
 * the request role is no superuser, cannot bypass RLS, owns no table, and
 * every table has RLS enabled and forced.
 */
export async function assertRowLevelSecurity(dataSource: DataSource, appRole: string): Promise<void> {
  const problems: string[] = [];
  const [role] = (await dataSource.query(
    `SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1`,
    [appRole],
  )) as { rolsuper: boolean; rolbypassrls: boolean }[];
  if (!role) problems.push(`role ${appRole} does not exist`);
  else {
    if (role.rolsuper) problems.push(`role ${appRole} is a superuser`);
    if (role.rolbypassrls) problems.push(`role ${appRole} has BYPASSRLS`);
  }
  const owned = (await dataSource.query(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) = $1`,
    [appRole],
  )) as { relname: string }[];
  for (const t of owned) problems.push(`role ${appRole} owns ${t.relname}`);
  const tables = (await dataSource.query(
    `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
  )) as { relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }[];
  for (const t of tables) {
    if (NON_TENANT_TABLES.has(t.relname)) continue;
    if (!t.relrowsecurity || !t.relforcerowsecurity) problems.push(`table ${t.relname} lacks enabled and forced RLS`);
  }
  if (problems.length > 0) {
    throw new Error(`row-level security check failed:\n  ${problems.join('\n  ')}`);
  }
}
