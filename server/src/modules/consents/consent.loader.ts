import DataLoader from 'dataloader';
import { sql, type Selectable } from 'kysely';
import type { Database } from '../../core/db/session-kysely';
import { anyOf } from '../../core/db/sql-functions';
import type { LoaderFactory } from '../../core/graphql/loader-registry';
import { isUuid } from '../../core/graphql/ids';
import type { ConsentScope } from '@coalition/shared';
import { Consent } from './consent.entity';

export type ConsentRow = Omit<Selectable<Database['consents']>, 'given_on' | 'expires_on'> & { given_on: string; expires_on: string | null; active: boolean };

/** A consent's columns as the GraphQL type wants them: dates as YYYY-MM-DD, `active` judged by the database. */
export const consentColumns = [
  'k.id',
  'k.person_id',
  'k.owner_organisation_id',
  'k.scope',
  'k.organisation_ids',
  'k.purpose',
  sql<string>`k.given_on::text`.as('given_on'),
  sql<string | null>`k.expires_on::text`.as('expires_on'),
  'k.form',
  'k.form_evidence_id',
  'k.recorded_at',
  'k.recorded_by_user_id',
  'k.migrated',
  'k.withdrawn_at',
  'k.withdrawn_by_user_id',
  sql<boolean>`consent_is_active(k.withdrawn_at, k.given_on, k.expires_on)`.as('active'),
] as const;

export function consentFromRow(r: ConsentRow): Consent {
  return Object.assign(new Consent(), {
    id: r.id,
    personId: r.person_id,
    ownerOrganisationId: r.owner_organisation_id,
    scope: r.scope as ConsentScope,
    organisationIds: r.organisation_ids,
    purpose: r.purpose,
    givenOn: r.given_on,
    expiresOn: r.expires_on,
    form: r.form,
    formEvidenceId: r.form_evidence_id,
    recordedAt: r.recorded_at,
    recordedByUserId: r.recorded_by_user_id,
    migrated: r.migrated,
    withdrawnAt: r.withdrawn_at,
    withdrawnByUserId: r.withdrawn_by_user_id,
    active: r.active,
  });
}


/** A person's consents that the actor may read (row-level security: whoever reads the personal data), oldest first. */
export const consentsByPerson: LoaderFactory<string, Consent[]> = ({ sql: db }) =>
  new DataLoader(async (ids) => {
    const wanted = ids.filter(isUuid);
    const rows = wanted.length
      ? await db
          .selectFrom('consents as k')
          .select(consentColumns)
          .where('k.person_id', '=', anyOf(wanted, 'uuid'))
          .orderBy('k.recorded_at')
          .orderBy('k.id')
          .execute()
      : [];
    return ids.map((id) => rows.filter((r) => r.person_id === id).map(consentFromRow));
  });
