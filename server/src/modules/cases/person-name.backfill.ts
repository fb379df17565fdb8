import type { AppDeps } from '../../core/config/app-deps';
import { openString } from '../../core/crypto/secret-box';
import { personAad, unwrapDataKey } from './case.crypto';
import { personNameTokens } from './person-name.crypto';

const BATCH = 500;

/**
 * Indexes the names of persons recorded before the blind index existed (name_tokens NULL): the key is
 * derived from the master key, which SQL never sees, so the SearchWords migration cannot. At boot, on
 * the owner's pool (maintenance, not a request), in batches; each batch commits on its own.
 */
export async function indexPersonNames(deps: AppDeps): Promise<number> {
  let indexed = 0;
  for (;;) {
    const rows = (await deps.dataSource.query(
      `SELECT pp.person_id, pp.owner_organisation_id, pp.full_name, k.wrapped_key
         FROM case_person_private pp JOIN organisation_keys k ON k.organisation_id = pp.owner_organisation_id AND k.version = pp.key_version
        WHERE pp.name_tokens IS NULL
        LIMIT ${BATCH}`,
    )) as { person_id: string; owner_organisation_id: string; full_name: string; wrapped_key: string }[];
    if (rows.length === 0) return indexed;
    const tokens = rows.map((r) => {
      const key = unwrapDataKey(deps.masterKey, r.owner_organisation_id, r.wrapped_key);
      return personNameTokens(deps.masterKey, r.owner_organisation_id, openString(key, r.full_name, personAad(r.person_id, 'full_name')));
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
