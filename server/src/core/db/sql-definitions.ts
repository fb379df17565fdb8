import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { DataSource } from 'typeorm';
import { appRole } from '../../migrations/1795889057581-foundation-security.migration';
import { inPooledTransaction } from './session-kysely';

/**
 * Today's definition of each SQL function, view, and each table's policies and triggers, one file each,
 * in server/src/db/sql (`functions/<name>.sql`, `views/<name>.sql`, `policies/<table>.sql`,
 * `triggers/<table>.sql`). Migrations create and change tables; these files say what the rules are now,
 * so a reader opens one file instead of replaying migrations. They are applied after the migrations,
 * whenever a migration ran or a file's checksum differs from the one recorded in `sql_definitions` (a
 * repeatable migration step); a view file only when its own checksum changed or its view is missing.
 *
 * Resolved from the package root (`server/`), the same from src/ and from dist/: the image ships
 * server/src/db/sql beside server/dist.
 */
export const SQL_DEFINITIONS_DIR = path.resolve(__dirname, '..', '..', '..', 'src', 'db', 'sql');

/**
 * Functions first (views, policies and triggers name them), then views, policies, triggers;
 * alphabetical within each.
 */
const KINDS = ['functions', 'views', 'policies', 'triggers'] as const;

export interface SqlDefinition {
  /** e.g. `functions/app_may_read_case.sql` */
  file: string;
  sql: string;
  checksum: string;
}

export function sqlDefinitions(dir = SQL_DEFINITIONS_DIR): SqlDefinition[] {
  return KINDS.flatMap((kind) =>
    fs
      .readdirSync(path.join(dir, kind))
      .filter((name) => name.endsWith('.sql'))
      .sort()
      .map((name) => {
        const sql = fs.readFileSync(path.join(dir, kind, name), 'utf8');
        return { file: `${kind}/${name}`, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') };
      }),
  );
}

/** One checksum over every file: names the PGlite template with the definitions it holds. */
export function sqlDefinitionsChecksum(definitions = sqlDefinitions()): string {
  const hash = crypto.createHash('sha256');
  for (const d of definitions) hash.update(`${d.file}\0${d.checksum}\n`);
  return hash.digest('hex');
}

/**
 * Applies every file when a migration just ran (it may have replaced a definition) or when the
 * recorded checksums differ from the files; otherwise does nothing. One transaction, under an advisory
 * lock, so servers starting together apply once. A policies or triggers file is the whole truth for its
 * table: the table's policies (or triggers, but for PostgreSQL's internal constraint triggers) are
 * dropped first, so one removed from the file goes from the database. A view file (a materialised view
 * holds data that recreating it recomputes) is applied only when its checksum differs from the recorded
 * one or the view is missing; it drops and recreates its view itself. Returns whether it applied.
 */
export async function applySqlDefinitions(dataSource: DataSource, migrationsRan: boolean): Promise<boolean> {
  const definitions = sqlDefinitions();
  return inPooledTransaction(dataSource, async (db) => {
    // pg_policies is a catalog, not in the generated table types: its query declares its row.
    const { ready } = await db.selectNoFrom(sql<boolean>`to_regclass('public.sql_definitions') IS NOT NULL`.as('ready')).executeTakeFirstOrThrow();
    if (!ready) return false;
    await sql`SELECT pg_advisory_xact_lock(hashtext('sql_definitions'))`.execute(db);
    const recorded = await db.selectFrom('sql_definitions').select(['file', 'checksum']).orderBy('file').execute();
    const current = [...definitions].sort((a, b) => (a.file < b.file ? -1 : 1));
    const same =
      recorded.length === current.length &&
      recorded.every((r, i) => r.file === current[i].file && r.checksum === current[i].checksum);
    if (same && !migrationsRan) return false;
    // Bodies name functions defined by later files; each is checked when it runs, by the tests.
    await sql`SET LOCAL check_function_bodies = off`.execute(db);
    const role = appRole();
    const recordedChecksum = new Map(recorded.map((r) => [r.file, r.checksum]));
    for (const d of definitions) {
      if (d.file.startsWith('views/')) {
        const view = `public.${path.basename(d.file, '.sql')}`;
        const { exists } = await db.selectNoFrom(sql<boolean>`to_regclass(${view}) IS NOT NULL`.as('exists')).executeTakeFirstOrThrow();
        if (exists && recordedChecksum.get(d.file) === d.checksum) continue;
      }
      if (d.file.startsWith('triggers/')) {
        const table = path.basename(d.file, '.sql');
        // pg_trigger is a catalog, not in the generated table types: its query declares its row.
        const { rows: triggers } = await sql<{ tgname: string }>`SELECT tgname FROM pg_trigger
          WHERE tgrelid = to_regclass(${`public.${table}`}) AND NOT tgisinternal ORDER BY tgname`.execute(db);
        for (const t of triggers) await sql`DROP TRIGGER ${sql.id(t.tgname)} ON ${sql.id(table)}`.execute(db);
      }
      if (d.file.startsWith('policies/')) {
        const table = path.basename(d.file, '.sql');
        const { rows: policies } = await sql<{ policyname: string }>`SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = ${table}`.execute(db);
        for (const p of policies) await sql`DROP POLICY ${sql.id(p.policyname)} ON ${sql.id(table)}`.execute(db);
      }
      // A file is several statements: without parameters it goes by the simple-query protocol, which runs them all.
      await sql.raw(d.sql.replaceAll('@app_role@', role)).execute(db);
    }
    await db.deleteFrom('sql_definitions').execute();
    for (const d of current) await db.insertInto('sql_definitions').values({ file: d.file, checksum: d.checksum }).execute();
    return true;
  });
}
