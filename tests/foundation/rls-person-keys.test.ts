import { startTestApp, type TestApp } from '../../server/test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../server/test/support/factories';
import { ADD_PERSON, createCase } from '../../server/test/support/case-fixtures';
import { ATTACH, jpegWithGps, uploadBytes, type EvidenceShape } from '../../server/test/support/evidence-fixtures';
import { AppRoleSql } from '../../server/test/support/app-role-sql';

const RECORD_CONSENT = `mutation ($personId: ID!, $input: ConsentInput!) { recordConsent(personId: $personId, input: $input) { id } }`;

/**
 * person_keys, raw SQL as the application role, bypassing every line of our TypeScript: a person's own key is
 * read only where that person's sealed fields are (the owner's members), deleted (erasure) only by the owner's
 * ADMINs, changed by nobody, and never planted for another organisation's person. The evidence blobs a person's key
 * wraps (a consent's signed form): bound only by the owner's writers to the owner's persons, never unbound or re-bound.
 */
describe('row-level security of person_keys, raw SQL as the app role', () => {
  let app: TestApp;
  let a: TestOrgWithMembers;
  let b: TestOrgWithMembers;
  let aPerson: string;
  let bPerson: string;
  let aFormBlob: string;
  let bBlob: string;
  const db = new AppRoleSql();

  beforeAll(async () => {
    app = await startTestApp();
    [a, b] = [await orgWithMembers(app), await orgWithMembers(app)];
    const add = async (team: TestOrgWithMembers, fullName: string) => {
      const caseId = (await createCase(team.caseworker, team.org.id)).id;
      const personId = (await team.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, { caseId, input: { fullName, role: 'VICTIM' } })).addCasePerson.id;
      const uploadId = await uploadBytes(team.caseworker, caseId, 'form.jpg', await jpegWithGps(fullName.length));
      const file = (await team.caseworker.ok<{ attachEvidence: EvidenceShape }>(ATTACH, { caseId, uploadId })).attachEvidence;
      return { personId, fileId: file.id };
    };
    const blobOf = async (fileId: string) =>
      ((await app.deps.dataSource.query(`SELECT original_blob_id FROM evidence_files WHERE id = $1`, [fileId])) as { original_blob_id: string }[])[0].original_blob_id;
    const inA = await add(a, 'Farhod Nazarov');
    const inB = await add(b, 'Umed Saidov');
    [aPerson, bPerson] = [inA.personId, inB.personId];
    // A's file becomes Farhod's consent form (bound to his key); B's stays the organisation's.
    await a.caseworker.ok(RECORD_CONSENT, {
      personId: aPerson,
      input: { scope: 'SHARE_PERSONAL_DATA', purpose: 'Legal aid', givenOn: new Date().toISOString().slice(0, 10), form: 'signed form', formEvidenceId: inA.fileId },
    });
    [aFormBlob, bBlob] = [await blobOf(inA.fileId), await blobOf(inB.fileId)];
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  const asApp = <T>(userId: string | null, fn: () => Promise<T>) => db.as(userId, fn);
  const rowsOf = (sql: string, params: unknown[] = []) => db.rows(sql, params);

  it("a member of B reads B's person keys and none of A's", async () => {
    for (const who of ['admin', 'caseworker', 'viewer'] as const) {
      await asApp(b.users[who].id, async () => {
        const keys = await rowsOf(`SELECT person_id, organisation_id FROM person_keys`);
        expect(keys).toEqual([{ person_id: bPerson, organisation_id: b.org.id }]);
        expect(await rowsOf(`SELECT * FROM person_keys WHERE person_id = $1`, [aPerson])).toEqual([]);
        expect(await rowsOf(`SELECT * FROM person_keys WHERE organisation_id = $1`, [a.org.id])).toEqual([]);
      });
    }
    // Nobody signed in reads none.
    await asApp(null, async () => expect(await rowsOf(`SELECT * FROM person_keys`)).toEqual([]));
  });

  it("B's ADMIN cannot delete (erase) A's key, B's caseworker not even B's own; nobody updates one", async () => {
    await asApp(b.users.admin.id, async () => {
      expect((await db.query(`DELETE FROM person_keys WHERE person_id = $1`, [aPerson])).rowCount).toBe(0);
      expect(await db.attempt(`UPDATE person_keys SET wrapped_key = 'x' WHERE person_id = $1`, [bPerson])).toMatch(/permission denied/);
      // A's ADMIN deletes only with A's membership: here B's own key goes (the erasure's right), A's stays.
      expect((await db.query(`DELETE FROM person_keys WHERE person_id = $1`, [bPerson])).rowCount).toBe(1);
    });
    await asApp(b.users.caseworker.id, async () => {
      expect((await db.query(`DELETE FROM person_keys WHERE person_id = $1`, [bPerson])).rowCount).toBe(0);
    });
    expect(await app.deps.dataSource.query(`SELECT person_id FROM person_keys WHERE person_id = ANY($1) ORDER BY person_id`, [[aPerson, bPerson]])).toHaveLength(2);
  });

  it("a blob bound to A's person: B reads it not, binds nothing to A's person, and no one unbinds, re-binds or (but A's ADMIN) shreds it", async () => {
    expect(await app.deps.dataSource.query(`SELECT person_id, key_version FROM evidence_blobs WHERE id = $1`, [aFormBlob])).toEqual([{ person_id: aPerson, key_version: null }]);
    const refused = (sql: string, params: unknown[]) => db.attempt(sql, params);
    for (const who of ['admin', 'caseworker'] as const) {
      await asApp(b.users[who].id, async () => {
        expect(await rowsOf(`SELECT id FROM evidence_blobs WHERE person_id IS NOT NULL`)).toEqual([]);
        expect(await rowsOf(`SELECT id FROM evidence_blobs WHERE id = $1`, [aFormBlob])).toEqual([]);
        // B's own blob bound to A's person: refused by the check (A's person is not B's).
        expect(await refused(`UPDATE evidence_blobs SET person_id = $1, key_version = NULL, wrapped_key = 'x' WHERE id = $2`, [aPerson, bBlob])).toMatch(/row-level security/);
        // A's bound blob: not even seen, so nothing changes.
        expect(await refused(`UPDATE evidence_blobs SET person_id = NULL, key_version = 1 WHERE id = $1`, [aFormBlob])).toBe(0);
      });
    }
    await asApp(a.users.caseworker.id, async () => {
      // The owner's writer neither unbinds it (back to the organisation key) nor re-binds it to someone else, nor shreds it.
      expect(await refused(`UPDATE evidence_blobs SET person_id = NULL, key_version = 1 WHERE id = $1`, [aFormBlob])).toBe(0);
      expect(await refused(`UPDATE evidence_blobs SET wrapped_key = NULL WHERE id = $1`, [aFormBlob])).toBe(0);
    });
    await asApp(a.users.admin.id, async () => {
      // Shredding is the ADMIN's (erasure, removeEvidence), as for any blob.
      expect(await refused(`UPDATE evidence_blobs SET wrapped_key = NULL WHERE id = $1`, [aFormBlob])).toBe(1);
    });
    expect((await app.deps.dataSource.query(`SELECT wrapped_key IS NOT NULL AS kept FROM evidence_blobs WHERE id = $1`, [aFormBlob]))[0]).toEqual({ kept: true });
  });

  it("B's writer cannot plant a key for A's person", async () => {
    await asApp(b.users.caseworker.id, async () => {
      for (const org of [a.org.id, b.org.id]) {
        expect(await db.attempt(`INSERT INTO person_keys (person_id, organisation_id, key_version, wrapped_key) VALUES ($1, $2, 1, 'x')`, [aPerson, org])).toMatch(
          /row-level security|violates/,
        );
      }
    });
  });
});
