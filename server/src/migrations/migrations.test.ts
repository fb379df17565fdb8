import { createDataSource } from '../core/db/data-source';
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
});
