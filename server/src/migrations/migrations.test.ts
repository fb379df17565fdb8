import fs from 'node:fs';
import path from 'node:path';
import { createDataSource } from '../core/db/data-source';
import { dumpSchema, SCHEMA_SQL_FILE } from '../core/db/schema-dump';
import { applySqlDefinitions, sqlDefinitions } from '../core/db/sql-definitions';
import { appEntities } from '../app/app-modules';
import { createScratchDatabase } from '../../test/support/scratch-database';
import { migrations } from '.';

describe('migrations', () => {
  it('agree with the entities: nothing left to generate', async () => {
    const dataSource = createDataSource({
      url: process.env.COALITION_TEST_DATABASE_URL!,
      poolSize: 1,
      entities: appEntities,
      migrations,
    });
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('all go down again and up again', async () => {
    const scratch = await createScratchDatabase('coalition_mig');
    const dataSource = createDataSource({ url: scratch.url, poolSize: 1, entities: appEntities, migrations });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      for (let i = 0; i < migrations.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      const tables = (await dataSource.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
      )) as { tablename: string }[];
      expect(tables).toEqual([]);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      expect(applied).toHaveLength(migrations.length);
    } finally {
      await dataSource.destroy();
      await scratch.drop();
    }
  });

  it('make the committed server/schema.sql (run `npm run schema:sql -w server` after changing them)', async () => {
    const scratch = await createScratchDatabase('coalition_mig');
    const dataSource = createDataSource({ url: scratch.url, poolSize: 1, entities: appEntities, migrations });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      expect(await dumpSchema(scratch.url)).toBe(fs.readFileSync(SCHEMA_SQL_FILE, 'utf8'));
    } finally {
      await dataSource.destroy();
      await scratch.drop();
    }
  });

  it('apply the SQL definitions again only when a file changed or a migration ran', async () => {
    const scratch = await createScratchDatabase('coalition_mig');
    const dataSource = createDataSource({ url: scratch.url, poolSize: 1, entities: appEntities, migrations });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      const recorded = async () =>
        (await dataSource.query(`SELECT file, checksum FROM sql_definitions ORDER BY file`)) as {
          file: string;
          checksum: string;
        }[];
      expect((await recorded()).map((r) => r.file)).toEqual(
        sqlDefinitions()
          .map((d) => d.file)
          .sort(),
      );
      expect(await applySqlDefinitions(dataSource, false)).toBe(false);
      // A definition replaced behind the files' back (a stale checksum) is put back.
      await dataSource.query(
        `CREATE OR REPLACE FUNCTION app_org_ids() RETURNS uuid[] LANGUAGE sql STABLE AS $$ SELECT '{}'::uuid[] $$`,
      );
      await dataSource.query(`UPDATE sql_definitions SET checksum = 'stale' WHERE file = 'functions/app_org_ids.sql'`);
      expect(await applySqlDefinitions(dataSource, false)).toBe(true);
      const [{ def }] = (await dataSource.query(`SELECT pg_get_functiondef('app_org_ids'::regproc) AS def`)) as { def: string }[];
      expect(def).toContain('app_actor()');
      expect(await recorded()).toEqual(
        sqlDefinitions()
          .map((d) => ({ file: d.file, checksum: d.checksum }))
          .sort((a, b) => (a.file < b.file ? -1 : 1)),
      );

      // A triggers file is the whole truth for its table: a stray trigger goes, a dropped one comes back.
      const triggers = async (table: string) =>
        (
          (await dataSource.query(
            `SELECT tgname FROM pg_trigger WHERE tgrelid = $1::regclass AND NOT tgisinternal ORDER BY tgname`,
            [table],
          )) as { tgname: string }[]
        ).map((t) => t.tgname);
      const statementsTriggers = await triggers('statements');
      expect(statementsTriggers).toContain('statements_guard');
      await dataSource.query(`DROP TRIGGER statements_guard ON statements`);
      await dataSource.query(
        `CREATE TRIGGER statements_stray BEFORE INSERT ON statements FOR EACH ROW EXECUTE FUNCTION audit_is_append_only()`,
      );
      // The materialised view keeps its data (the same relation) when its file did not change.
      const rollupOid = async () =>
        ((await dataSource.query(`SELECT to_regclass('case_statistics_rollup')::oid AS oid`)) as { oid: number | null }[])[0].oid;
      const before = await rollupOid();
      expect(before).not.toBeNull();
      expect(await applySqlDefinitions(dataSource, true)).toBe(true);
      expect(await triggers('statements')).toEqual(statementsTriggers);
      expect(await rollupOid()).toBe(before);
      // ... and is made again when it is missing or its file changed.
      await dataSource.query(`DROP MATERIALIZED VIEW case_statistics_rollup`);
      expect(await applySqlDefinitions(dataSource, true)).toBe(true);
      expect(await rollupOid()).not.toBeNull();
      const [{ relispopulated }] = (await dataSource.query(
        `SELECT relispopulated FROM pg_class WHERE oid = 'case_statistics_rollup'::regclass`,
      )) as { relispopulated: boolean }[];
      expect(relispopulated).toBe(true);
      const remade = await rollupOid();
      await dataSource.query(`UPDATE sql_definitions SET checksum = 'stale' WHERE file = 'views/case_statistics_rollup.sql'`);
      expect(await applySqlDefinitions(dataSource, false)).toBe(true);
      expect(await rollupOid()).not.toBe(remade);
    } finally {
      await dataSource.destroy();
      await scratch.drop();
    }
  });

  it('leave the definitions that have a file in server/src/db/sql to that file', () => {
    // The files are applied after every migration and win: a later migration that replaced one of
    // those functions, views, policies or triggers would be silently undone at the next start (or, for
    // a view, left to differ from its file). Change the file instead.
    const definitions = sqlDefinitions();
    const named = (kind: string) =>
      definitions.filter((d) => d.file.startsWith(`${kind}/`)).map((d) => path.basename(d.file, '.sql'));
    // The migrations written before the files existed, up to the one that made them (ActorContext).
    const before = (name: string) => Number(name.slice(0, 13)) <= 1795899500000;
    const sinceFiles = fs.readdirSync(__dirname).filter((name) => /^\d{13}-.*\.migration\.ts$/.test(name) && !before(name));
    const offences: string[] = [];
    for (const name of sinceFiles) {
      const source = fs.readFileSync(path.join(__dirname, name), 'utf8');
      for (const fn of named('functions')) {
        if (
          new RegExp(
            `(CREATE\\s+(OR\\s+REPLACE\\s+)?|ALTER\\s+|DROP\\s+)FUNCTION\\s+(IF\\s+EXISTS\\s+)?(public\\.)?${fn}\\s*\\(`,
            'i',
          ).test(source)
        )
          offences.push(`${name}: function ${fn}`);
      }
      for (const view of named('views')) {
        if (
          new RegExp(
            `(CREATE|ALTER|DROP)\\s+(OR\\s+REPLACE\\s+)?(MATERIALIZED\\s+)?VIEW\\s+(IF\\s+(NOT\\s+)?EXISTS\\s+)?(public\\.)?${view}\\b`,
            'i',
          ).test(source)
        )
          offences.push(`${name}: view ${view}`);
      }
      for (const table of named('policies')) {
        if (new RegExp(`(CREATE|ALTER|DROP)\\s+POLICY\\s+\\w+\\s+ON\\s+(public\\.)?${table}\\b`, 'i').test(source))
          offences.push(`${name}: a policy of ${table}`);
      }
      for (const table of named('triggers')) {
        if (
          new RegExp(
            `(CREATE|ALTER|DROP)\\s+(OR\\s+REPLACE\\s+)?(CONSTRAINT\\s+)?TRIGGER\\s+[^;\`]*?\\bON\\s+(public\\.)?${table}\\b`,
            'i',
          ).test(source)
        )
          offences.push(`${name}: a trigger of ${table}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('give every function, view and trigger of the schema its file in server/src/db/sql', async () => {
    const dataSource = createDataSource({
      url: process.env.COALITION_TEST_DATABASE_URL!,
      poolSize: 1,
      entities: [],
      migrations: [],
    });
    await dataSource.initialize();
    try {
      const inSchema = (await dataSource.query(`
        SELECT 'functions/' || p.proname || '.sql' AS file FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
        UNION SELECT 'views/' || c.relname || '.sql' FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('v', 'm')
        UNION SELECT 'triggers/' || c.relname || '.sql' FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
         WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal
      `)) as { file: string }[];
      const files = sqlDefinitions()
        .map((d) => d.file)
        .filter((file) => !file.startsWith('policies/'))
        .sort();
      expect(inSchema.map((r) => r.file).sort()).toEqual(files);
    } finally {
      await dataSource.destroy();
    }
  });
});
