import { loadConfig } from '../../core/config/config';
import { createScratchDatabase, embeddedTestDatabase } from '../../../test/support/scratch-database';
import { createDataSource } from '../../core/db/data-source';
import { createLogger } from '../../core/observability/logger';
import { withServiceContext } from '../../core/graphql/context';
import { migrations } from '../../migrations';
import { seedDemo } from '../../seed/demo-seed';
import { appEntities } from '../../app/app-modules';
import { casesModule, caseService } from '../cases';
import { consentsModule } from '../consents';
import { referralsModule } from '.';
import { referralService } from './referral.service';
import { caseLinkService } from './case-link.service';

const maybe = embeddedTestDatabase() ? describe.skip : describe;

maybe('demo referrals', () => {
  it('the mosque raid’s deported father referred to Dushanbe and accepted, one timeline on both sides; Gorelovo’s urgent referral pending', async () => {
    const scratch = await createScratchDatabase('coalition_seed');
    const dataSource = createDataSource({ url: scratch.url, poolSize: 2, entities: appEntities, migrations });
    try {
      await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: scratch.url, COALITION_MASTER_KEY: process.env.COALITION_MASTER_KEY, LOG_LEVEL: 'silent' });
      const deps = { config, log: createLogger('silent'), dataSource, requestDataSource: dataSource, masterKey: Buffer.from(config.COALITION_MASTER_KEY!, 'base64') };
      const demo = await seedDemo(deps, [casesModule, consentsModule, referralsModule]);
      const followUp = demo.refs['case:dushanbe-follow-up'];
      const timelineAs = (email: string, caseId: string) =>
        withServiceContext(deps, demo.users[email], async (ctx) => {
          const c = (await caseService.get(ctx, caseId))!;
          return (await caseLinkService.crossBorderTimeline(ctx, c)).map((e) => e.title);
        });
      const dushanbe = await timelineAs('viewer@chr-dushanbe.example.org', followUp);
      expect(dushanbe).toEqual(expect.arrayContaining(['Raid during Friday prayers', 'Met in Khujand after deportation', 'Psychological support for the younger son']));
      const mosque = await withServiceContext(deps, demo.users['viewer@adc-memorial.example.org'], async (ctx) => {
        const [r] = (await referralService.list(ctx, null, false)).filter((x) => x.status === 'ACCEPTED');
        return { r, timeline: (await caseLinkService.crossBorderTimeline(ctx, (await caseService.get(ctx, r.caseId))!)).map((e) => e.title) };
      });
      expect(mosque.r.linkedCaseId).toBe(followUp);
      expect(mosque.timeline).toEqual(dushanbe);
      const pending = await withServiceContext(deps, demo.users['caseworker@nota-bene.example.org'], (ctx) => referralService.list(ctx, null, true));
      expect(pending.map((r) => [r.status, r.urgent])).toEqual([['PENDING', true]]);
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await scratch.drop();
    }
  });
});
