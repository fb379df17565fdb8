import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CoalitionRole } from '@coalition/shared';
import { coalitionUser, orgWithMembers, signIn, type TestOrgWithMembers } from '../../server/test/support/factories';
import { ADD_PERSON, createCase, GET_CASE } from '../../server/test/support/case-fixtures';
import { createScratchDatabase, embeddedTestDatabase, migrateDatabase, type ScratchDatabase } from '../../server/test/support/scratch-database';
import { openStatement, SIGN, signInput, STATEMENT_FIELDS } from '../../server/test/support/statement-fixtures';
import { ATTACH, uploadBytes, VERIFY } from '../../server/test/support/evidence-fixtures';
import { open } from '../../server/src/core/crypto/secret-box';
import { personAad, personKeyAad, unwrapDataKey } from '../../server/src/modules/cases';
import { blobKeyAad } from '../../server/src/modules/evidence';
import { startTestApp } from '../../server/test/support/test-app';
import { TestClient } from '../../server/test/support/test-client';
import { waitUntil } from '../../server/test/support/wait-until';
import { startServerProcess } from '../support/server-process';
import { canary, DEMO_PASSWORD, npmRun, ownerQuery, signedIn, VERIFY_CHAIN, verifyChainSql } from './support/reliability-kit';

const scratchIt = embeddedTestDatabase() ? it.skip : it;
const hasPgTools = spawnSync('pg_dump', ['--version']).status === 0 && spawnSync('pg_restore', ['--version']).status === 0;
const serverIt = hasPgTools ? scratchIt : it.skip;

const STATEMENT = `query ($id: ID!) { statement(id: $id) { ${STATEMENT_FIELDS} } }`;
const coalition = (args: string[], env: Record<string, string> = {}) => npmRun('coalition', args, env);

interface CaseView {
  id: string;
  title: string;
  persons: { fullName: string | null; contact: string | null }[];
}

describe('coalition, the operators\' command line', () => {
  let dir = '';
  const databases: ScratchDatabase[] = [];
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-cli-'));
  });
  afterAll(async () => {
    for (const db of databases) await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lists its commands, explains each, and answers wrong usage with exit code 2', async () => {
    const help = await coalition(['--help']);
    expect(help.code).toBe(0);
    for (const name of ['backup', 'restore', 'verify-backup', 'generate-backup-key', 'migrate', 'rotate-master-key', 'rotate-organisation-key', 'create-coordinator']) {
      expect(help.stdout).toContain(`  ${name} `);
    }
    const usage = await coalition(['restore', '--help']);
    expect(usage.code).toBe(0);
    expect(usage.stdout).toContain('coalition restore --in FILE [--identity KEYFILE]');

    const unknown = await coalition(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const missing = await coalition(['backup']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--out is required');
    const badOption = await coalition(['backup', '--out', path.join(dir, 'x'), '--force']);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('unknown option --force');
    // A backup is encrypted unless the operator says otherwise: no recipient, no backup.
    const noRecipient = await coalition(['backup', '--out', path.join(dir, 'plain.age')], { DATA_DIR: path.join(dir, 'none') });
    expect(noRecipient.code).toBe(1);
    expect(noRecipient.stderr).toContain('no age recipient');
    expect(fs.existsSync(path.join(dir, 'plain.age'))).toBe(false);
    // A dozen command-line processes (npm, then the CLI from source): more than a minute beside three other workers.
  }, 180_000);

  serverIt(
    'restore drill: an encrypted backup, destroyed database, restore with the private key, the API answers as before; then the master key is rotated',
    async () => {
      const masterKey = crypto.randomBytes(32).toString('base64');
      const source = await createScratchDatabase('coalition_cli_src');
      databases.push(source);
      await migrateDatabase(source.url);
      const name = canary('Name');
      const contact = canary('Contact');
      const title = canary('Title');
      const app = await startTestApp({ COALITION_MASTER_KEY: masterKey }, { databaseUrl: source.url });
      let org: TestOrgWithMembers;
      let caseId: string;
      let statementId: string;
      let before: { case: CaseView; statement: unknown };
      try {
        org = await orgWithMembers(app);
        caseId = (await createCase(org.caseworker, org.org.id, { title })).id;
        await org.caseworker.ok(ADD_PERSON, { caseId, input: { fullName: name, contact, role: 'VICTIM', birthYear: 1987 } });
        const statement = await openStatement(org);
        statementId = statement.id;
        await org.signatory.ok(SIGN, signInput(statement, org));
        before = {
          case: (await org.caseworker.ok<{ case: CaseView }>(GET_CASE, { id: caseId })).case,
          statement: (await org.caseworker.ok<{ statement: unknown }>(STATEMENT, { id: statementId })).statement,
        };
      } finally {
        await app.close();
      }
      const chain = await verifyChainSql(source.url);
      expect(chain.ok).toBe(true);

      const keyFile = path.join(dir, 'backup-key.txt');
      const generated = await coalition(['generate-backup-key', '--out', keyFile]);
      expect(generated.code).toBe(0);
      const recipient = generated.stdout.trim();
      expect(recipient).toMatch(/^age1[0-9a-z]+$/);
      expect(fs.statSync(keyFile).mode & 0o077).toBe(0);

      const file = path.join(dir, 'drill.age');
      const backedUp = await coalition(['backup', '--out', file], { DATABASE_URL: source.url, BACKUP_RECIPIENT: recipient });
      expect(backedUp.stderr).not.toContain('failed');
      expect(backedUp.code).toBe(0);
      expect(backedUp.stdout).toContain('encrypted to 1 age recipient');
      // Nobody without the private key reads anything of it: not the case title, not a table name.
      const bytes = fs.readFileSync(file);
      expect(bytes.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
      for (const text of [title, 'case_persons', 'audit_entries', 'PGDMP']) expect(bytes.includes(Buffer.from(text))).toBe(false);

      const verified = await coalition(['verify-backup', file, '--identity', keyFile]);
      expect(verified.code).toBe(0);
      expect(verified.stdout).toContain('sound server backup, encrypted');
      // The vault beside it is checked too: it decrypts, parses, and holds the person's key.
      const vault = path.join(dir, 'coalition-keys.age');
      expect(verified.stdout).toContain(`Key vault ${vault}: sound, encrypted;`);
      expect(verified.stdout).toMatch(/encrypted; [1-9]\d* person keys, [1-9]\d* organisation keys/);
      const moved = path.join(dir, 'elsewhere-keys.age');
      fs.renameSync(vault, moved);
      const noVault = await coalition(['verify-backup', file, '--identity', keyFile]);
      expect(noVault.code).toBe(1);
      expect(noVault.stderr).toContain(`no key vault at ${vault}`);
      const named = await coalition(['verify-backup', file, '--identity', keyFile, '--vault', moved]);
      expect(named.code).toBe(0);
      expect(named.stdout).toMatch(/elsewhere-keys\.age: sound, encrypted; [1-9]\d* person keys/);
      const damagedVault = path.join(dir, 'damaged-keys.age');
      const vaultBytes = fs.readFileSync(moved);
      vaultBytes[vaultBytes.length - 20] ^= 0x01;
      fs.writeFileSync(damagedVault, vaultBytes);
      const unreadable = await coalition(['verify-backup', file, '--identity', keyFile, '--vault', damagedVault]);
      expect(unreadable.code).toBe(1);
      expect(unreadable.stderr).toContain('is unreadable');
      fs.renameSync(moved, vault);
      // A dump from before per-person keys (no table person_keys) needs no vault; a vault named but absent still fails.
      const older = path.join(dir, 'before-vaults', 'old.dump');
      fs.mkdirSync(path.dirname(older));
      const dumped = spawnSync('pg_dump', ['--format=custom', '--no-owner', '--exclude-table=person_keys', `--dbname=${source.url}`, `--file=${older}`], { encoding: 'utf8' });
      expect(dumped.stderr).toBe('');
      const predates = await coalition(['verify-backup', older]);
      expect(predates.code).toBe(0);
      expect(predates.stdout).toContain('predates per-person keys');
      expect((await coalition(['verify-backup', older, '--vault', path.join(dir, 'before-vaults', 'missing.age')])).code).toBe(1);
      const needsKey = await coalition(['verify-backup', file]);
      expect(needsKey.code).toBe(1);
      expect(needsKey.stderr).toContain('--identity');
      const otherKey = path.join(dir, 'other-key.txt');
      expect((await coalition(['generate-backup-key', '--out', otherKey])).code).toBe(0);
      expect((await coalition(['verify-backup', file, '--identity', otherKey])).code).toBe(1);
      const tampered = path.join(dir, 'tampered.age');
      const changed = Buffer.from(bytes);
      changed[Math.floor(changed.length / 2)] ^= 0x01;
      fs.writeFileSync(tampered, changed);
      const refused = await coalition(['verify-backup', tampered, '--identity', keyFile]);
      expect(refused.code).toBe(1);

      // The source database is gone; a new, empty one receives the backup.
      await source.drop();
      databases.splice(databases.indexOf(source), 1);
      const target = await createScratchDatabase('coalition_cli_dst');
      databases.push(target);
      const restored = await coalition(['restore', '--in', file, '--identity', keyFile], { DATABASE_URL: target.url });
      expect(restored.stderr).not.toContain('failed');
      expect(restored.code).toBe(0);
      expect(await verifyChainSql(target.url)).toEqual(chain);

      const after = await startTestApp({ COALITION_MASTER_KEY: masterKey }, { databaseUrl: target.url });
      try {
        const caseworker = await signIn(after, org.users.caseworker);
        expect((await caseworker.ok<{ case: CaseView }>(GET_CASE, { id: caseId })).case).toEqual(before.case);
        expect((await caseworker.ok<{ statement: unknown }>(STATEMENT, { id: statementId })).statement).toEqual(before.statement);
        const { client: coordinator } = await coalitionUser(after, CoalitionRole.COORDINATOR);
        expect((await coordinator.ok<{ verifyAuditChain: { ok: boolean } }>(VERIFY_CHAIN)).verifyAuditChain.ok).toBe(true);
      } finally {
        await after.close();
      }

      // Rotation: every sealed key re-wrapped in one transaction; the old key then opens nothing.
      const newKey = crypto.randomBytes(32).toString('base64');
      const rotated = await coalition(['rotate-master-key'], { DATABASE_URL: target.url, COALITION_MASTER_KEY: masterKey, COALITION_NEW_MASTER_KEY: newKey });
      expect(rotated.stderr).not.toContain('failed');
      expect(rotated.code).toBe(0);
      expect(rotated.stdout).toContain('organisation_keys');
      const wrongOld = await coalition(['rotate-master-key'], { DATABASE_URL: target.url, COALITION_MASTER_KEY: masterKey, COALITION_NEW_MASTER_KEY: crypto.randomBytes(32).toString('base64') });
      expect(wrongOld.code).toBe(1);
      expect(wrongOld.stderr).toContain('does not open with the current master key');
      const audit = await ownerQuery<{ action: string }>(target.url, `SELECT action FROM audit_entries ORDER BY seq DESC LIMIT 1`);
      expect(audit[0].action).toBe('operator.rotate_master_key');

      const withNew = await startTestApp({ COALITION_MASTER_KEY: newKey }, { databaseUrl: target.url });
      try {
        const caseworker = await signIn(withNew, org.users.caseworker);
        expect((await caseworker.ok<{ case: CaseView }>(GET_CASE, { id: caseId })).case.persons).toEqual(before.case.persons);
        // The blind index of names was rebuilt under the new key at start: the person is found by name.
        const found = await caseworker.ok<{ cases: { edges: { node: { id: string } }[] } }>(
          `query ($filter: CaseFilter) { cases(filter: $filter, first: 10) { edges { node { id } } } }`,
          { filter: { personName: name } },
        );
        expect(found.cases.edges.map((e) => e.node.id)).toEqual([caseId]);
      } finally {
        await withNew.close();
      }
      const withOld = await startTestApp({ COALITION_MASTER_KEY: masterKey }, { databaseUrl: target.url });
      try {
        const caseworker = await signIn(withOld, org.users.caseworker);
        const result = JSON.stringify(await caseworker.gql(GET_CASE, { id: caseId }));
        expect(result).not.toContain(name);
        expect(result).not.toContain(contact);
      } finally {
        await withOld.close();
      }
    },
    // About twenty command-line processes and four server starts one after another: beside three other test
    // workers on two cores that took more than four minutes.
    600_000,
  );

  scratchIt(
    'rotate-organisation-key: a new data key in batches while the server serves, stopped and resumed; the API answers the same and the old key is gone',
    async () => {
      const masterKey = crypto.randomBytes(32).toString('base64');
      const db = await createScratchDatabase('coalition_cli_orgkey');
      databases.push(db);
      await migrateDatabase(db.url);
      const env = { DATABASE_URL: db.url, COALITION_MASTER_KEY: masterKey };
      const rotate = (args: string[]) => coalition(['rotate-organisation-key', ...args], env);
      const app = await startTestApp({ COALITION_MASTER_KEY: masterKey }, { databaseUrl: db.url });
      try {
        const org = await orgWithMembers(app);
        const other = await orgWithMembers(app);
        const names = Array.from({ length: 5 }, (_, i) => canary(`Person${i}`));
        const caseId = (await createCase(org.caseworker, org.org.id)).id;
        const personIds: string[] = [];
        for (const [i, fullName] of names.entries()) {
          const added = await org.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, { caseId, input: { fullName, contact: `+7 921 555 01 ${10 + i}`, role: 'VICTIM', birthYear: 1980 + i } });
          personIds.push(added.addCasePerson.id);
        }
        const otherCase = (await createCase(other.caseworker, other.org.id)).id;
        await other.caseworker.ok(ADD_PERSON, { caseId: otherCase, input: { fullName: canary('Other'), contact: null, role: 'WITNESS', birthYear: null } });
        const bytes = Buffer.from(`Witness statement ${canary('Evidence')}, typed.\n`);
        const uploadId = await uploadBytes(org.caseworker, caseId, 'statement.txt', bytes);
        const evidenceId = (await org.caseworker.ok<{ attachEvidence: { id: string } }>(ATTACH, { uploadId, caseId })).attachEvidence.id;
        const download = async () => Buffer.from(await (await org.caseworker.get(`/evidence/${evidenceId}/original`)).arrayBuffer());
        expect((await download()).equals(bytes)).toBe(true);
        // A consent's signed form: its keys are wrapped by the person's key, which the rotation re-wraps; they stay.
        const formBytes = Buffer.from(`Consent form ${canary('Form')}, signed.\n`);
        const formId = (await org.caseworker.ok<{ attachEvidence: { id: string } }>(ATTACH, { uploadId: await uploadBytes(org.caseworker, caseId, 'consent.txt', formBytes), caseId })).attachEvidence.id;
        await org.caseworker.ok(`mutation ($personId: ID!, $input: ConsentInput!) { recordConsent(personId: $personId, input: $input) { id } }`, {
          personId: personIds[0],
          input: { scope: 'SHARE_PERSONAL_DATA', purpose: 'Legal aid', givenOn: new Date().toISOString().slice(0, 10), form: 'signed form', formEvidenceId: formId },
        });
        const formDownload = async () => Buffer.from(await (await org.caseworker.get(`/evidence/${formId}/original`)).arrayBuffer());
        expect((await formDownload()).equals(formBytes)).toBe(true);
        const boundBefore = await ownerQuery(db.url, `SELECT id, wrapped_key, key_version, person_id FROM evidence_blobs WHERE person_id IS NOT NULL ORDER BY id`);
        expect(boundBefore.length).toBeGreaterThan(0);
        const before = (await org.caseworker.ok<{ case: CaseView }>(GET_CASE, { id: caseId })).case;
        const otherBefore = (await other.caseworker.ok<{ case: CaseView }>(GET_CASE, { id: otherCase })).case;
        const keysOf = (organisationId: string) =>
          ownerQuery<{ version: number; wrapped_key: string }>(db.url, `SELECT version, wrapped_key FROM organisation_keys WHERE organisation_id = $1 ORDER BY version`, [organisationId]);
        const [v1] = await keysOf(org.org.id);
        expect(v1.version).toBe(1);
        const oldKey = unwrapDataKey(Buffer.from(masterKey, 'base64'), org.org.id, v1.wrapped_key);
        const otherKeys = await keysOf(other.org.id);
        const blobsBefore = await ownerQuery<{ id: string; wrapped_key: string }>(db.url, `SELECT id, wrapped_key FROM evidence_blobs WHERE organisation_id = $1 AND person_id IS NULL ORDER BY id`, [org.org.id]);
        expect(blobsBefore.length).toBeGreaterThan(0);

        // Wrong usage and unknown organisations change nothing.
        expect((await rotate([])).code).toBe(2);
        const badBatch = await rotate([org.org.slug, '--batch-size', '0']);
        expect(badBatch.code).toBe(2);
        expect(badBatch.stderr).toContain('--batch-size must be a whole number');
        const unknown = await rotate(['no-such-organisation']);
        expect(unknown.code).toBe(1);
        expect(unknown.stderr).toContain('no organisation with the slug "no-such-organisation"');
        const wrongMaster = await coalition(['rotate-organisation-key', org.org.slug], { ...env, COALITION_MASTER_KEY: crypto.randomBytes(32).toString('base64') });
        expect(wrongMaster.code).toBe(1);
        expect(wrongMaster.stderr).toContain('does not open with the current master key');
        expect(await keysOf(org.org.id)).toEqual([v1]);
        expect((await rotate(['--help'])).stdout).toContain('coalition rotate-organisation-key SLUG [--batch-size N] [--max-batches N]');

        const fieldsOf = () =>
          ownerQuery<{ person_id: string; full_name: string; contact: string | null; key_version: number | null }>(
            db.url,
            `SELECT person_id, full_name, contact, key_version FROM case_person_private WHERE owner_organisation_id = $1 ORDER BY person_id`,
            [org.org.id],
          );
        const fieldsBefore = await fieldsOf();
        expect(fieldsBefore.every((f) => f.key_version === null)).toBe(true);
        // Stopped after 2 batches of 2 persons, as a killed run would stop between batches: each batch committed.
        const stopped = await rotate([org.org.slug, '--batch-size', '2', '--max-batches', '2']);
        expect(stopped.stderr).not.toContain('failed');
        expect(stopped.code).toBe(3);
        expect(stopped.stdout).toContain('Run the same command again to resume');
        expect((await keysOf(org.org.id)).map((k) => k.version)).toEqual([1, 2]);
        const versions = async () =>
          ownerQuery<{ key_version: number; n: number }>(
            db.url,
            // Persons have keys of their own: the rotation re-wraps those, each names the version that wraps it.
            `SELECT key_version, count(*)::int AS n FROM person_keys WHERE organisation_id = $1 GROUP BY key_version ORDER BY key_version`,
            [org.org.id],
          );
        expect(await versions()).toEqual([{ key_version: 1, n: 1 }, { key_version: 2, n: 4 }]);
        // Meanwhile the server serves rows under both versions alike, and seals what it writes under the new one.
        expect((await org.caseworker.ok<{ case: CaseView }>(GET_CASE, { id: caseId })).case).toEqual(before);
        expect((await download()).equals(bytes)).toBe(true);
        const late = canary('Late');
        await org.caseworker.ok(ADD_PERSON, { caseId, input: { fullName: late, contact: null, role: 'WITNESS', birthYear: null } });
        expect(await versions()).toEqual([{ key_version: 1, n: 1 }, { key_version: 2, n: 5 }]);

        // Run again: it resumes the rotation under way (no third version), finishes, and deletes version 1.
        const resumed = await rotate([org.org.slug, '--batch-size', '2']);
        expect(resumed.stderr).not.toContain('failed');
        expect(resumed.code).toBe(0);
        expect(resumed.stderr).toContain('Resuming the rotation');
        expect(resumed.stdout).toContain('version 2');
        expect(resumed.stdout).toContain('older key version 1 deleted');
        const after = await keysOf(org.org.id);
        expect(after.map((k) => k.version)).toEqual([2]);
        expect(after[0].wrapped_key).not.toBe(v1.wrapped_key);
        expect(await versions()).toEqual([{ key_version: 2, n: 6 }]);
        const blobsAfter = await ownerQuery<{ id: string; wrapped_key: string; key_version: number }>(
          db.url,
          `SELECT id, wrapped_key, key_version FROM evidence_blobs WHERE organisation_id = $1 AND person_id IS NULL ORDER BY id`,
          [org.org.id],
        );
        expect(blobsAfter.map((b) => [b.id, b.key_version])).toEqual(blobsBefore.map((b) => [b.id, 2]));
        for (const [i, b] of blobsAfter.entries()) expect(b.wrapped_key).not.toBe(blobsBefore[i].wrapped_key);
        expect(await ownerQuery(db.url, `SELECT id, wrapped_key, key_version, person_id FROM evidence_blobs WHERE person_id IS NOT NULL ORDER BY id`)).toEqual(boundBefore);
        expect((await formDownload()).equals(formBytes)).toBe(true);
        // The old key opens nothing that is left: not a person's name, not an evidence file's key.
        const sealed = await ownerQuery<{ person_id: string; full_name: string }>(db.url, `SELECT person_id, full_name FROM case_person_private WHERE owner_organisation_id = $1`, [org.org.id]);
        for (const p of sealed) expect(() => open(oldKey, p.full_name, personAad(p.person_id, 'full_name'))).toThrow();
        const personKeys = await ownerQuery<{ person_id: string; wrapped_key: string }>(db.url, `SELECT person_id, wrapped_key FROM person_keys WHERE organisation_id = $1`, [org.org.id]);
        expect(personKeys).toHaveLength(6);
        for (const k of personKeys) {
          expect(() => open(oldKey, k.wrapped_key, personKeyAad(k.person_id, 1))).toThrow();
          expect(() => open(oldKey, k.wrapped_key, personKeyAad(k.person_id, 2))).toThrow();
        }
        // Only the wrapping changed: the persons' sealed fields are the very bytes they were (none re-sealed).
        const fieldsAfter = await fieldsOf();
        for (const f of fieldsBefore) expect(fieldsAfter.find((a) => a.person_id === f.person_id)).toEqual(f);
        for (const b of blobsAfter) expect(() => open(oldKey, b.wrapped_key, blobKeyAad(b.id))).toThrow();
        // Another organisation's key is untouched.
        expect(await keysOf(other.org.id)).toEqual(otherKeys);

        // The API answers as before (and the late person too), the evidence bytes are the same and still verify.
        const now = (await org.caseworker.ok<{ case: CaseView }>(GET_CASE, { id: caseId })).case;
        // (The case's version counts the late person.)
        expect({ ...now, version: 0, persons: now.persons.slice(0, before.persons.length) }).toEqual({ ...before, version: 0 });
        expect(now.persons.map((p) => p.fullName)).toEqual([...names, late]);
        expect((await other.caseworker.ok<{ case: CaseView }>(GET_CASE, { id: otherCase })).case).toEqual(otherBefore);
        expect((await download()).equals(bytes)).toBe(true);
        const verified = await org.caseworker.ok<{ verifyEvidence: { custody: { action: string; sha256Matched: boolean | null }[] } }>(VERIFY, { id: evidenceId });
        expect(verified.verifyEvidence.custody.at(-1)).toMatchObject({ action: 'VERIFIED', sha256Matched: true });

        const audit = await ownerQuery<{ action: string; organisation_id: string; details: Record<string, unknown> }>(
          db.url,
          `SELECT action, organisation_id, details FROM audit_entries WHERE action LIKE 'operator.%' ORDER BY seq`,
        );
        expect(audit.map((a) => [a.action, a.organisation_id])).toEqual([
          ['operator.rotate_organisation_key', org.org.id],
          ['operator.rotate_organisation_key.finish', org.org.id],
        ]);
        expect(audit[1].details).toMatchObject({ version: 2, deletedVersions: '1' });
        for (const text of [...names, late, 'Witness']) expect(JSON.stringify(audit)).not.toContain(text);
        expect((await verifyChainSql(db.url)).ok).toBe(true);
      } finally {
        await app.close();
      }
    },
    600_000,
  );

  scratchIt('create-coordinator makes an account that signs in as coordinator, once, audited', async () => {
    const db = await createScratchDatabase('coalition_cli_coord');
    databases.push(db);
    const migrated = await coalition(['migrate'], { DATABASE_URL: db.url });
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toMatch(/Applied \d+ migration/);
    expect((await coalition(['migrate'], { DATABASE_URL: db.url })).stdout).toContain('up to date');

    const email = `coordinator-${crypto.randomBytes(3).toString('hex')}@example.org`;
    const created = await coalition(['create-coordinator', '--email', email], { DATABASE_URL: db.url });
    expect(created.code).toBe(0);
    const password = /One-time password: (\S+)/.exec(created.stdout)?.[1];
    expect(password).toBeDefined();
    expect((await coalition(['create-coordinator', '--email', email], { DATABASE_URL: db.url })).stdout).toContain('already a coordinator');
    expect((await coalition(['create-coordinator', '--email', 'not-an-email'], { DATABASE_URL: db.url })).code).toBe(2);

    const app = await startTestApp({}, { databaseUrl: db.url });
    try {
      const client = new TestClient(app.url);
      const login = await client.login(email, password!);
      expect(login.errors).toBeUndefined();
      const verified = await client.ok<{ verifyAuditChain: { ok: boolean; checked: number } }>(VERIFY_CHAIN);
      expect(verified.verifyAuditChain.ok).toBe(true);
    } finally {
      await app.close();
    }
    const audit = await ownerQuery<{ action: string }>(db.url, `SELECT action FROM audit_entries WHERE action LIKE 'operator.%'`);
    expect(audit.map((a) => a.action)).toEqual(['operator.create_coordinator']);
  }, 120_000);

  it('a running embedded server backs itself up on BACKUP_SCHEDULE, encrypted, keeping BACKUP_KEEP; the backup restores', async () => {
    const keyFile = path.join(dir, 'scheduled-key.txt');
    const recipient = (await coalition(['generate-backup-key', '--out', keyFile])).stdout.trim();
    const dataDir = path.join(dir, 'scheduled-data');
    const backupDir = path.join(dir, 'scheduled-backups');
    const keySecret = path.join(dir, 'master-key.secret');
    fs.writeFileSync(keySecret, `${crypto.randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    const server = await startServerProcess(
      {
        DATA_DIR: dataDir,
        COALITION_MASTER_KEY_FILE: keySecret,
        // Every second (croner's six-field form), so that the test sees the schedule turn and the retention act.
        BACKUP_SCHEDULE: '* * * * * *',
        BACKUP_RECIPIENT: recipient,
        BACKUP_DIR: backupDir,
        BACKUP_KEEP: '2',
        NODE_ENV: 'production',
      },
      120_000,
    );
    let title = '';
    try {
      // Ready once the database answers /ready's check within its 3 s: on the embedded database a backup
      // every second holds the one connection, so under load a first check may fall during one (503), as it
      // would for an orchestrator, which asks again.
      await waitUntil('the server is ready', async () => (await fetch(`${server.url}/ready`)).status === 200, { timeoutMs: 60_000, intervalMs: 500 });
      const caseworker = await signedIn(server.url, 'caseworker@adc-memorial.example.org', DEMO_PASSWORD);
      const me = await caseworker.ok<{ me: { memberships: { organisation: { id: string } }[] } }>(`{ me { memberships { organisation { id } } } }`);
      title = canary('Scheduled');
      await createCase(caseworker, me.me.memberships[0].organisation.id, { title });
      // Wait for a backup taken after the case was written, and for the retention to have pruned older ones.
      const startedAfter = Date.now();
      await waitUntil(
        'two scheduled backups newer than the case, and no more than BACKUP_KEEP in all',
        () => {
          const names = fs.existsSync(backupDir) ? fs.readdirSync(backupDir).filter((n) => n.endsWith('.embedded.age')) : [];
          const fresh = names.filter((n) => fs.statSync(path.join(backupDir, n)).mtimeMs > startedAfter);
          return fresh.length >= 2 && names.length <= 2;
        },
        { timeoutMs: 60_000 },
      );
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      expect(metrics).toMatch(/coalition_backup_last_success_timestamp_seconds \d/);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    const newest = fs.readdirSync(backupDir).filter((n) => n.endsWith('.embedded.age')).sort().at(-1)!;
    // Each scheduled backup rewrote the key vault beside it; no person key is in the backup itself.
    expect(fs.readdirSync(backupDir).sort()).toEqual([...fs.readdirSync(backupDir).filter((n) => n.endsWith('.embedded.age')).sort(), 'coalition-keys.age'].sort());
    const file = path.join(backupDir, newest);
    expect(fs.readFileSync(file).includes(Buffer.from(title))).toBe(false);
    const verified = await coalition(['verify-backup', file, '--identity', keyFile]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/sound embedded backup, encrypted; organisations 8/);
    // An embedded backup has table person_keys too: the vault beside it (BACKUP_DIR's) is opened and counted.
    expect(verified.stdout).toMatch(/Key vault .*coalition-keys\.age: sound, encrypted; [1-9]\d* person keys/);

    const restoredDir = path.join(dir, 'scheduled-restored');
    const restored = await coalition(['restore', '--in', file, '--identity', keyFile], { DATA_DIR: restoredDir });
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/Loaded [1-9]\d* person keys from .*coalition-keys\.age/);
    const second = await startServerProcess({ DATA_DIR: restoredDir, COALITION_MASTER_KEY_FILE: keySecret, NODE_ENV: 'production' }, 120_000);
    try {
      const caseworker = await signedIn(second.url, 'caseworker@adc-memorial.example.org', DEMO_PASSWORD);
      const cases = await caseworker.ok<{ cases: { edges: { node: { title: string } }[] } }>(`{ cases(first: 100) { edges { node { title } } } }`);
      expect(cases.cases.edges.map((e) => e.node.title)).toContain(title);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  }, 300_000);
});
