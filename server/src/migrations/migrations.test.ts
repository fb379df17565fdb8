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
    } finally {
      await dataSource.destroy();
      await scratch.drop();
    }
  });

  it('leave the definitions that have a file in server/src/db/sql to that file', () => {
    // The files are applied after every migration and win: a later migration that replaced one of
    // those functions or policies would be silently undone at the next start. Change the file instead.
    const definitions = sqlDefinitions();
    const functions = definitions.filter((d) => d.file.startsWith('functions/')).map((d) => path.basename(d.file, '.sql'));
    const tables = definitions.filter((d) => d.file.startsWith('policies/')).map((d) => path.basename(d.file, '.sql'));
    // The migrations written before the files existed (up to CaseFilterJsonNulls) and the one that made them.
    const before = (name: string) => Number(name.slice(0, 13)) <= 1795898000000 || name.startsWith('1795899500000-');
    const sinceFiles = fs.readdirSync(__dirname).filter((name) => /^\d{13}-.*\.migration\.ts$/.test(name) && !before(name));
    const offences: string[] = [];
    for (const name of sinceFiles) {
      const source = fs.readFileSync(path.join(__dirname, name), 'utf8');
      for (const fn of functions) {
        if (new RegExp(`CREATE\\s+(OR\\s+REPLACE\\s+)?FUNCTION\\s+(public\\.)?${fn}\\s*\\(`, 'i').test(source))
          offences.push(`${name}: function ${fn}`);
      }
      for (const table of tables) {
        if (new RegExp(`(CREATE|ALTER|DROP)\\s+POLICY\\s+\\w+\\s+ON\\s+(public\\.)?${table}\\b`, 'i').test(source))
          offences.push(`${name}: a policy of ${table}`);
      }
    }
    expect(offences).toEqual([]);
  });
});
