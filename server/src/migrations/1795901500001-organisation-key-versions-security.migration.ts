import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

/**
 * A request creates an organisation's first data key on first use, and nothing else: the application role
 * inserts only the organisation and the wrapped key, so `version` takes its default (1). Later versions are the
 * operator's (`coalition rotate-organisation-key`, as the owner): a writer cannot plant a newer key that the
 * organisation's writers would then seal under.
 */
export class OrganisationKeyVersionsSecurity1795901500001 implements MigrationInterface {
  name = 'OrganisationKeyVersionsSecurity1795901500001';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    await q.query(`REVOKE INSERT ON organisation_keys FROM ${role}`);
    await q.query(`GRANT INSERT (organisation_id, wrapped_key) ON organisation_keys TO ${role}`);
  }

  async down(q: QueryRunner): Promise<void> {
    const role = appRole();
    await q.query(`REVOKE INSERT (organisation_id, wrapped_key) ON organisation_keys FROM ${role}`);
    await q.query(`GRANT INSERT ON organisation_keys TO ${role}`);
  }
}
