import { sql } from 'kysely';
import type { AppDeps } from '../../core/config/app-deps';
import { open, seal } from '../../core/crypto/secret-box';
import { inPooledTransaction } from '../../core/db/session-kysely';
import { newPersonKey, personAad, unwrapDataKey } from './case.crypto';

const BATCH = 500;
type Column = 'full_name' | 'birth_year' | 'contact';

/**
 * Gives every person recorded before persons had keys of their own (case_person_private.key_version set) a key,
 * and re-seals their fields with it: erasure needs one key per person. The master key is needed, which SQL never
 * sees, so this is a boot step, not the migration: on the owner's pool, in batches of its own transactions, the
 * rows themselves saying how far it got (key_version NULL once done), so an interrupted run resumes at the next boot.
 * The person key is wrapped by the organisation key version that sealed the fields; a rotation moves it on.
 */
export async function sealPersonsWithOwnKeys(deps: AppDeps): Promise<number> {
  let sealed = 0;
  for (;;) {
    const n = await inPooledTransaction(deps.dataSource, async (db) => {
      const rows = await db
        .selectFrom('case_person_private as pp')
        .innerJoin('organisation_keys as k', (j) => j.onRef('k.organisation_id', '=', 'pp.owner_organisation_id').onRef('k.version', '=', 'pp.key_version'))
        .select(['pp.person_id', 'pp.owner_organisation_id', 'pp.key_version', 'pp.full_name', 'pp.birth_year', 'pp.contact', 'k.wrapped_key'])
        .where('pp.key_version', 'is not', null)
        .orderBy('pp.person_id')
        .limit(BATCH)
        .forUpdate(['pp'])
        .execute();
      for (const r of rows) {
        const version = r.key_version!;
        const orgKey = unwrapDataKey(deps.masterKey, r.owner_organisation_id, r.wrapped_key);
        const person = newPersonKey(orgKey, r.person_id, version);
        const again = (value: string | null, column: Column) =>
          value === null ? null : seal(person.key, open(orgKey, value, personAad(r.person_id, column)), personAad(r.person_id, column));
        await db
          .insertInto('person_keys')
          .values({ person_id: r.person_id, organisation_id: r.owner_organisation_id, key_version: version, wrapped_key: person.wrapped })
          // A restore may have loaded a vault key for a row its older dump still holds sealed the old way: this one wins.
          .onConflict((oc) => oc.column('person_id').doUpdateSet({ organisation_id: r.owner_organisation_id, key_version: version, wrapped_key: person.wrapped }))
          .execute();
        await db
          .updateTable('case_person_private')
          .set({ full_name: again(r.full_name, 'full_name')!, birth_year: again(r.birth_year, 'birth_year'), contact: again(r.contact, 'contact'), key_version: sql<null>`NULL` })
          .where('person_id', '=', r.person_id)
          .execute();
      }
      return rows.length;
    });
    if (n === 0) return sealed;
    sealed += n;
  }
}
