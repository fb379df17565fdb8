import { open, seal } from '../../core/crypto/secret-box';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import { ADD_PERSON, createCase, GET_CASE } from '../../../test/support/case-fixtures';
import { personAad, personKeyAad, unwrapDataKey } from './case.crypto';
import { sealPersonsWithOwnKeys } from './person-key.backfill';

interface PersonView {
  id: string;
  fullName: string | null;
  birthYear: number | null;
  contact: string | null;
}

/**
 * Persons recorded before persons had keys of their own (their fields sealed with the organisation key, the row
 * naming its version) are read as before, and the boot step gives each a key and re-seals them, once.
 */
describe('persons sealed before per-person keys', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  let caseId: string;
  let personId: string;
  const owner = <R>(text: string, params: unknown[] = []) => app.deps.dataSource.query(text, params) as Promise<R[]>;
  const read = async () => (await own.viewer.ok<{ case: { persons: PersonView[] } }>(GET_CASE, { id: caseId })).case.persons.find((p) => p.id === personId);

  beforeAll(async () => {
    app = await startTestApp();
    own = await orgWithMembers(app);
    caseId = (await createCase(own.caseworker, own.org.id)).id;
    personId = (
      await own.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, {
        caseId,
        input: { fullName: 'Farhod Nazarov', birthYear: 1981, contact: '+7 900 123-45-67', role: 'VICTIM' },
      })
    ).addCasePerson.id;
    // As the version before stored it: the fields sealed with the organisation key (version 1), no person key.
    const [k] = await owner<{ wrapped_key: string }>(`SELECT wrapped_key FROM organisation_keys WHERE organisation_id = $1 AND version = 1`, [own.org.id]);
    const orgKey = unwrapDataKey(app.deps.masterKey, own.org.id, k.wrapped_key);
    await owner(`DELETE FROM person_keys WHERE person_id = $1`, [personId]);
    await owner(`UPDATE case_person_private SET key_version = 1, full_name = $2, birth_year = $3, contact = $4 WHERE person_id = $1`, [
      personId,
      seal(orgKey, 'Farhod Nazarov', personAad(personId, 'full_name')),
      seal(orgKey, '1981', personAad(personId, 'birth_year')),
      seal(orgKey, '+7 900 123-45-67', personAad(personId, 'contact')),
    ]);
  });
  afterAll(() => app.close());

  it('reads them as before, then gives each a key of its own at boot, re-sealed, once', async () => {
    expect(await read()).toMatchObject({ fullName: 'Farhod Nazarov', birthYear: 1981, contact: '+7 900 123-45-67' });

    // Its count covers the whole database, which other test files share: another file's server may boot (and
    // seal this person) at any moment, so this person's own rows are what the test reads.
    await sealPersonsWithOwnKeys(app.deps);
    const sealed = async () => ({
      fields: await owner<{ key_version: number | null; full_name: string }>(`SELECT key_version, full_name FROM case_person_private WHERE person_id = $1`, [personId]),
      keys: await owner<{ key_version: number; wrapped_key: string }>(`SELECT key_version, wrapped_key FROM person_keys WHERE person_id = $1`, [personId]),
    });
    const once = await sealed();
    // Once: a second boot leaves the person's key and fields as they are.
    await sealPersonsWithOwnKeys(app.deps);
    expect(await sealed()).toEqual(once);
    const [row] = once.fields;
    expect(row.key_version).toBeNull();
    const [pk] = once.keys;
    expect(pk.key_version).toBe(1);
    // The organisation key no longer opens the fields; the person's own key (which it wraps) does.
    const [k] = await owner<{ wrapped_key: string }>(`SELECT wrapped_key FROM organisation_keys WHERE organisation_id = $1 AND version = 1`, [own.org.id]);
    const orgKey = unwrapDataKey(app.deps.masterKey, own.org.id, k.wrapped_key);
    expect(() => open(orgKey, row.full_name, personAad(personId, 'full_name'))).toThrow();
    const personKey = open(orgKey, pk.wrapped_key, personKeyAad(personId, 1));
    expect(open(personKey, row.full_name, personAad(personId, 'full_name')).toString()).toBe('Farhod Nazarov');

    expect(await read()).toMatchObject({ fullName: 'Farhod Nazarov', birthYear: 1981, contact: '+7 900 123-45-67' });
  });
});
