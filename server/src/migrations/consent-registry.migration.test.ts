import { DataSource } from 'typeorm';
import { createScratchDatabase, embeddedTestDatabase } from '../../test/support/scratch-database';
import { createDataSource } from '../core/db/data-source';
import { appEntities } from '../app/app-modules';
import { migrations } from '.';
import { ConsentRegistry1795900400000 } from './1795900400000-consent-registry.migration';

const maybe = embeddedTestDatabase() ? describe.skip : describe;

maybe('the consent registry migration', () => {
  it('turns every consentToShare flag into one migrated SHARE_PERSONAL_DATA consent for every member organisation, and back', async () => {
    const scratch = await createScratchDatabase('coalition_consents');
    const before = migrations.slice(0, migrations.indexOf(ConsentRegistry1795900400000));
    const old = createDataSource({ url: scratch.url, poolSize: 1, entities: [], migrations: before });
    const all = createDataSource({ url: scratch.url, poolSize: 1, entities: appEntities, migrations });
    try {
      await old.initialize();
      // TypeORM's own run: the SQL definition files are today's and name the new tables.
      await DataSource.prototype.runMigrations.call(old, { transaction: 'each' });
      const [org] = (await old.query(`INSERT INTO organisations (slug, name, city, country_code) VALUES ('adc', 'ADC Memorial', 'St. Petersburg', 'RU') RETURNING id`)) as { id: string }[];
      const [c] = (await old.query(
        `INSERT INTO cases (owner_organisation_id, reference, title, summary, status, visibility, country_code) VALUES ($1, 'ADC-2013-001', 'Raid', 'Raid', 'OPEN', 'SHARED', 'RU') RETURNING id`,
        [org.id],
      )) as { id: string }[];
      const persons = (await old.query(
        `INSERT INTO case_persons (case_id, position, pseudonym, role, consent_to_share, created_at)
         VALUES ($1, 0, 'Person A', 'VICTIM', true, '2013-02-10T10:00:00Z'), ($1, 1, 'Person B', 'VICTIM', false, now()) RETURNING id, consent_to_share`,
        [c.id],
      )) as { id: string; consent_to_share: boolean }[];
      await old.destroy();

      await all.initialize();
      await all.runMigrations({ transaction: 'each' }).catch((e: unknown) => {
        throw new Error(`up: ${String(e)}`);
      });
      const consents = (await all.query(
        `SELECT person_id, owner_organisation_id, scope, organisation_ids, given_on::text AS given_on, expires_on, withdrawn_at, migrated, recorded_by_user_id FROM consents`,
      )) as Record<string, unknown>[];
      const consenting = persons.find((p) => p.consent_to_share)!;
      expect(consents).toEqual([
        {
          person_id: consenting.id,
          owner_organisation_id: org.id,
          scope: 'SHARE_PERSONAL_DATA',
          organisation_ids: [],
          given_on: '2013-02-10',
          expires_on: null,
          withdrawn_at: null,
          migrated: true,
          recorded_by_user_id: null,
        },
      ]);
      const columns = (await all.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'case_persons' AND column_name = 'consent_to_share'`)) as unknown[];
      expect(columns).toEqual([]);

      // Down, through every later migration and the registry's two: the flag comes back from the registry.
      const downs = migrations.length - migrations.indexOf(ConsentRegistry1795900400000);
      for (let i = 1; i <= downs; i++) {
        await all.undoLastMigration({ transaction: 'each' }).catch((e: unknown) => {
          throw new Error(`down ${i}: ${String(e)}`);
        });
      }
      const flags = (await all.query(`SELECT id, consent_to_share FROM case_persons ORDER BY position`)) as { id: string; consent_to_share: boolean }[];
      expect(flags.map((f) => f.consent_to_share)).toEqual([true, false]);
    } finally {
      if (old.isInitialized) await old.destroy();
      if (all.isInitialized) await all.destroy();
      await scratch.drop();
    }
  });
});
