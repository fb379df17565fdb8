import { statementContentHash } from '@coalition/shared';
import { loadConfig } from '../../core/config/config';
import { createScratchDatabase } from '../../../test/support/scratch-database';
import { createDataSource } from '../../core/db/data-source';
import { createLogger } from '../../core/observability/logger';
import { withServiceContext } from '../../core/graphql/context';
import { migrations } from '../../migrations';
import { seedDemo } from '../../seed/demo-seed';
import { appEntities } from '../../app/app-modules';
import { casesModule } from '../cases';
import { statementsModule } from '.';
import { statementService } from './statement.service';

const APPEAL_SIGNATORIES: [string, string][] = [
  ['adc-memorial', 'Olga Abramenko'],
  ['chr-dushanbe', 'Nodira Abdulloeva'],
  ['civil-assistance', 'Svetlana Gannushkina'],
  ['fidh', 'Suer Bellasen'],
  ['bureau-hr', 'Nargis Zokirova'],
  ['migrant-union', 'Renat Karimov'],
  ['gendermedia', 'Галина Петриашвили'],
  ['nota-bene', 'Nigina Bakhrieva'],
];

describe('demo statements', () => {
  it('seeds the 2013 appeal published with all eight signatures, an open statement with an outdated signature, and a draft', async () => {
    const scratch = await createScratchDatabase('coalition_seed');
    const url = new URL(scratch.url);
    const dataSource = createDataSource({ url: url.toString(), poolSize: 2, entities: appEntities, migrations });
    try {
      await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url.toString(), COALITION_MASTER_KEY: process.env.COALITION_MASTER_KEY, LOG_LEVEL: 'silent' });
      const deps = { config, log: createLogger('silent'), dataSource, requestDataSource: dataSource, masterKey: Buffer.from(config.COALITION_MASTER_KEY!, 'base64') };
      const demo = await seedDemo(deps, [casesModule, statementsModule]);

      // The appeal, as anyone reads it.
      const appeal = await withServiceContext(deps, null, async (ctx) => {
        const s = (await statementService.get(ctx, demo.refs['statement:appeal-2013']))!;
        const version = await statementService.currentVersion(ctx, s);
        const signatures = await statementService.signatures(ctx, s);
        const orgs = (await ctx.db.query(`SELECT id, slug FROM organisations`)) as { id: string; slug: string }[];
        const slugOf = new Map(orgs.map((o) => [o.id, o.slug]));
        return { s, version, signatures: signatures.map((g) => [slugOf.get(g.organisationId), g.signatoryName, g.current]) };
      });
      expect(appeal.s).toMatchObject({
        status: 'PUBLISHED',
        primaryLanguage: 'EN',
        addressees: ['Administration of the Russian Federation', 'Administration of the Republic of Tajikistan'],
      });
      expect(appeal.signatures).toEqual(APPEAL_SIGNATORIES.map(([slug, rep]) => [slug, rep, true]));
      expect(appeal.version.translations.map((t) => t.language)).toEqual(['EN', 'RU']);
      expect(appeal.version.contentHash).toBe(statementContentHash(appeal.version.translations));
      const [en, ru] = appeal.version.translations;
      for (const fact of ['8 February 2013', 'Apraksin Dvor', 'Gorelovo', '16 adults and 28 children', '130 migrant workers', '107 citizens', '900', 'Novgorod', 'three years', 'Convention on the Rights of the Child']) {
        expect(en.body).toContain(fact);
      }
      for (const fact of ['8 февраля 2013', 'Апраксин', 'Горелово', '16 взрослых и 28 детей', '130', '107', '900', 'Новгородской']) {
        expect(ru.body).toContain(fact);
      }
      expect(en.body).not.toContain('Kasimov');
      // The Russian text names the addressees in Russian; the English one leaves them as the statement has them.
      expect(ru.addressees).toEqual(['Руководству Российской Федерации', 'Руководству Республики Таджикистан']);
      expect(en.addressees).toBeNull();
      const cited = (await dataSource.query(`SELECT count(*)::int AS n FROM statement_cases WHERE statement_id = $1`, [appeal.s.id])) as { n: number }[];
      expect(cited[0].n).toBeGreaterThan(0);

      // The open one: three signatures, one outdated by the revision.
      const open = await withServiceContext(deps, demo.users['viewer@fidh.example.org'], async (ctx) => {
        const s = (await statementService.get(ctx, demo.refs['statement-open:families']))!;
        return { status: s.status, version: s.currentVersionNumber, signatures: (await statementService.signatures(ctx, s)).map((g) => [g.versionNumber, g.current]) };
      });
      expect(open.status).toBe('OPEN_FOR_SIGNATURE');
      expect(open.version).toBe(2);
      expect(open.signatures.filter(([, current]) => !current)).toEqual([[1, false]]);
      expect(open.signatures.filter(([, current]) => current)).toHaveLength(2);

      // The draft: only its initiator's members read it.
      const draftId = demo.refs['statement-draft:novgorod'];
      const readers = await Promise.all(
        ['viewer@civil-assistance.example.org', 'admin@adc-memorial.example.org', 'liaison@coalition.example.org'].map((email) =>
          withServiceContext(deps, demo.users[email], async (ctx) => (await statementService.get(ctx, draftId))?.status ?? null),
        ),
      );
      expect(readers).toEqual(['DRAFT', null, null]);

      const actions = (await dataSource.query(`SELECT action, count(*)::int AS n FROM audit_entries WHERE action LIKE 'statement.%' GROUP BY action ORDER BY action`)) as { action: string; n: number }[];
      expect(Object.fromEntries(actions.map((a) => [a.action, a.n]))).toEqual({
        'statement.create': 3, 'statement.open': 2, 'statement.publish': 1, 'statement.revise': 1, 'statement.sign': 12,
      });
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await scratch.drop();
    }
  });
});
