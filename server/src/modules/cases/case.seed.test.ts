import { loadConfig } from '../../core/config/config';
import { createScratchDatabase } from '../../../test/support/scratch-database';
import { createDataSource } from '../../core/db/data-source';
import { createLogger } from '../../core/observability/logger';
import { withServiceContext } from '../../core/graphql/context';
import { migrations } from '../../migrations';
import { seedDemo } from '../../seed/demo-seed';
import { appEntities } from '../../app/app-modules';
import { casesModule } from '.';
import { caseService, readablePersons } from './case.service';
import { caseEventService } from './case-event.service';

describe('demo cases', () => {
  it('seeds the five dated incidents of the appeal, with each visibility rule', async () => {
    const scratch = await createScratchDatabase('coalition_seed');
    const url = new URL(scratch.url);
    const dataSource = createDataSource({ url: url.toString(), poolSize: 2, entities: appEntities, migrations });
    try {
      await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url.toString(), COALITION_MASTER_KEY: process.env.COALITION_MASTER_KEY, LOG_LEVEL: 'silent' });
      const deps = { config, log: createLogger('silent'), dataSource, requestDataSource: dataSource, masterKey: Buffer.from(config.COALITION_MASTER_KEY!, 'base64') };
      const demo = await seedDemo(deps, [casesModule]);
      const refs = Object.keys(demo.refs).filter((k) => k.startsWith('case:'));
      expect(refs.length).toBe(5);
      const rows = (await dataSource.query(
        `SELECT c.reference, c.title, c.visibility, c.incident_date::text AS d, c.detained, c.children_affected, o.slug
           FROM cases c JOIN organisations o ON o.id = c.owner_organisation_id ORDER BY c.incident_date`,
      )) as { reference: string; title: string; visibility: string; d: string; detained: number; children_affected: number; slug: string }[];
      expect(rows.map((r) => [r.d, r.slug, r.visibility])).toEqual(
        expect.arrayContaining([
          ['2013-01-31', 'adc-memorial', 'RESTRICTED'],
          ['2013-02-06', 'civil-assistance', 'COALITION'],
          ['2013-02-07', 'adc-memorial', 'SHARED'],
          ['2013-02-07', 'migrant-union', 'COALITION'],
          ['2013-02-08', 'adc-memorial', 'COALITION'],
        ]),
      );
      expect(rows.find((r) => r.title.startsWith('Gorelovo'))).toMatchObject({ detained: 16, children_affected: 28, visibility: 'SHARED' });
      expect(rows.find((r) => r.title.startsWith('Novgorod'))?.visibility).toBe('RESTRICTED');
      expect(rows.find((r) => r.title.includes('Apraksin'))?.visibility).toBe('COALITION');
      // chr-dushanbe reads the Gorelovo names of consenting persons only; fidh reads the Apraksin case without names.
      const gorelovo = demo.refs[`case:${rows.find((r) => r.title.startsWith('Gorelovo'))!.reference}`];
      const names = await withServiceContext(deps, demo.users['viewer@chr-dushanbe.example.org'], async (ctx) => {
        const c = (await caseService.get(ctx, gorelovo))!;
        return (await readablePersons(ctx, c)).map((p) => p.fullName);
      });
      expect(names).toEqual(['Zarina Khodjaeva', null]);
      const apraksin = demo.refs[`case:${rows.find((r) => r.title.includes('Apraksin'))!.reference}`];
      const fidh = await withServiceContext(deps, demo.users['viewer@fidh.example.org'], async (ctx) => {
        const c = (await caseService.get(ctx, apraksin))!;
        return { persons: (await readablePersons(ctx, c)).map((p) => [p.pseudonym, p.fullName]), events: (await caseEventService.list(ctx, c)).length };
      });
      expect(fidh).toEqual({ persons: [['Person A', null], ['Person B', null]], events: 5 });
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await scratch.drop();
    }
  });
});
