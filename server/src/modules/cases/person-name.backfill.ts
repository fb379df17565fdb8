import type { AppDeps } from '../../core/config/app-deps';
import { openString } from '../../core/crypto/secret-box';
import { personAad, personFieldsKey } from './case.crypto';
import { personNameTokens } from './person-name.crypto';

const BATCH = 500;

export interface SealedPersonRow {
  person_id: string;
  owner_organisation_id: string;
  full_name: string;
  birth_year: string | null;
  contact: string | null;
  key_version: number | null;
  wrapped_key: string;
  person_key: string | null;
  person_key_version: number | null;
}

export const sealedPersonKey = (masterKey: Buffer, r: SealedPersonRow): Buffer | null =>
  personFieldsKey(masterKey, {
    personId: r.person_id,
    organisationId: r.owner_organisation_id,
    orgWrappedKey: r.wrapped_key,
    rowKeyVersion: r.key_version,
    personWrappedKey: r.person_key,
    personKeyVersion: r.person_key_version,
  });

/**
 * Indexes the names of persons recorded before the blind index existed, or whose tokens a master key rotation
 * dropped (name_tokens NULL): the key is derived from the master key, which SQL never sees, so the SearchWords
 * migration cannot. At boot, on the owner's pool (maintenance, not a request), in batches; each batch commits on
 * its own. A person whose key is not in the database (a restore without the vault row) gets no token: `{}`.
 */
export async function indexPersonNames(deps: AppDeps): Promise<number> {
  let indexed = 0;
  for (;;) {
    // A person whose key is missing has no organisation key join when pk is absent and key_version is NULL: the LEFT
    // JOIN of keys below keeps such rows so that they are marked, not selected again forever.
    const rows = (await deps.dataSource.query(
      `SELECT pp.person_id, pp.owner_organisation_id, pp.full_name, pp.birth_year, pp.contact, pp.key_version,
              k.wrapped_key, pk.wrapped_key AS person_key, pk.key_version AS person_key_version
         FROM case_person_private pp
         LEFT JOIN person_keys pk ON pk.person_id = pp.person_id AND pp.key_version IS NULL
         LEFT JOIN organisation_keys k ON k.organisation_id = pp.owner_organisation_id AND k.version = coalesce(pp.key_version, pk.key_version)
        WHERE pp.name_tokens IS NULL
        LIMIT ${BATCH}`,
    )) as (Omit<SealedPersonRow, 'wrapped_key'> & { wrapped_key: string | null })[];
    if (rows.length === 0) return indexed;
    const tokens = rows.map((r) => {
      const key = r.wrapped_key === null ? null : sealedPersonKey(deps.masterKey, { ...r, wrapped_key: r.wrapped_key });
      return key ? personNameTokens(deps.masterKey, r.owner_organisation_id, openString(key, r.full_name, personAad(r.person_id, 'full_name'))) : [];
    });
    await deps.dataSource.query(
      `UPDATE case_person_private pp SET name_tokens = ARRAY(SELECT jsonb_array_elements_text(t.tokens))
         FROM jsonb_to_recordset($1::jsonb) AS t(person_id uuid, tokens jsonb)
        WHERE pp.person_id = t.person_id`,
      [JSON.stringify(rows.map((r, i) => ({ person_id: r.person_id, tokens: tokens[i] })))],
    );
    indexed += rows.length;
  }
}
