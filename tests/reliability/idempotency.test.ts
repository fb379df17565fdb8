import crypto from 'node:crypto';
import { assertRowLevelSecurity } from '../../server/src/core/db/rls-check';
import { orgWithMembers, type TestOrgWithMembers } from '../../server/test/support/factories';
import { startTestApp, type TestApp } from '../../server/test/support/test-app';
import type { TestClient } from '../../server/test/support/test-client';
import { ADD_PERSON, caseInput, createCase, UPDATE_CASE } from '../../server/test/support/case-fixtures';
import { canary } from './support/reliability-kit';

const CREATE = `mutation ($input: CreateCaseInput!) { createCase(input: $input) { id title } }`;

interface Answer {
  status: number;
  replayed: boolean;
  body: { data?: Record<string, { id: string } | null> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** A GraphQL POST with the Idempotency-Key header, as a retrying client sends it. */
async function withKey(client: TestClient, key: string, query: string, variables: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${client.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, cookie: client.cookie! },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, replayed: response.headers.get('idempotency-replayed') === 'true', body: (await response.json()) as Answer['body'] };
}

describe('Idempotency-Key on creating mutations', () => {
  let app: TestApp;
  let org: TestOrgWithMembers;
  const newKey = () => crypto.randomBytes(12).toString('base64url');
  const count = async (sql: string, params: unknown[]) => ((await app.deps.dataSource.query(sql, params)) as { n: number }[])[0].n;
  const casesTitled = (title: string) => count(`SELECT count(*)::int AS n FROM cases WHERE title = $1`, [title]);

  beforeAll(async () => {
    app = await startTestApp();
    org = await orgWithMembers(app);
  });
  afterAll(() => app?.close());

  it('a retried createCase returns the first answer and creates one case with one audit entry', async () => {
    const key = newKey();
    const title = `Idempotent ${key}`;
    const first = await withKey(org.caseworker, key, CREATE, { input: caseInput(org.org.id, { title }) });
    const retry = await withKey(org.caseworker, key, CREATE, { input: caseInput(org.org.id, { title }) });
    expect(first.body.errors).toBeUndefined();
    expect(first.replayed).toBe(false);
    expect(retry.replayed).toBe(true);
    expect(retry.body).toEqual(first.body);
    expect(await casesTitled(title)).toBe(1);
    const id = first.body.data!.createCase!.id;
    expect(await count(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'case.create' AND entity_id = $1`, [id])).toBe(1);
  });

  it('10 concurrent retries with one key create one case, and all get its answer', async () => {
    const key = newKey();
    const title = `Concurrent idempotent ${key}`;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => withKey(org.caseworker, key, CREATE, { input: caseInput(org.org.id, { title }) })),
    );
    expect(answers.every((a) => !a.body.errors)).toBe(true);
    expect(new Set(answers.map((a) => a.body.data!.createCase!.id)).size).toBe(1);
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    expect(await casesTitled(title)).toBe(1);
  });

  it('refuses a key reused for a different request or malformed, and creates nothing', async () => {
    const key = newKey();
    await withKey(org.caseworker, key, CREATE, { input: caseInput(org.org.id, { title: `First ${key}` }) });
    const other = await withKey(org.caseworker, key, CREATE, { input: caseInput(org.org.id, { title: `Second ${key}` }) });
    expect(other.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await casesTitled(`Second ${key}`)).toBe(0);
    for (const bad of ['short', 'x'.repeat(101), 'has space in it', 'ключ-идемпотентности']) {
      const answer = await withKey(org.caseworker, encodeURIComponent(bad), CREATE, { input: caseInput(org.org.id, { title: `Bad key ${key}` }) });
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await casesTitled(`Bad key ${key}`)).toBe(0);
  });

  it('keys belong to their user: another member with the same key creates their own', async () => {
    const key = newKey();
    const mine = await withKey(org.caseworker, key, CREATE, { input: caseInput(org.org.id, { title: `Mine ${key}` }) });
    const theirs = await withKey(org.admin, key, CREATE, { input: caseInput(org.org.id, { title: `Mine ${key}` }) });
    expect(theirs.replayed).toBe(false);
    expect(theirs.body.data!.createCase!.id).not.toBe(mine.body.data!.createCase!.id);
  });

  it('a failed mutation is not remembered: the retry runs again', async () => {
    const key = newKey();
    const refused = await withKey(org.viewer, key, CREATE, { input: caseInput(org.org.id, { title: `Viewer ${key}` }) });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count(`SELECT count(*)::int AS n FROM idempotency_keys WHERE key = $1`, [key])).toBe(0);
  });

  it('stores answers sealed (they may name people), ignores the key on other operations, keeps RLS checked', async () => {
    const c = await createCase(org.caseworker, org.org.id);
    const name = canary('Person');
    const key = newKey();
    const added = await withKey(org.caseworker, key, ADD_PERSON, { caseId: c.id, input: { fullName: name, role: 'VICTIM' } });
    expect(JSON.stringify(added.body)).toContain(name);
    const rows = (await app.deps.dataSource.query(`SELECT response FROM idempotency_keys WHERE key = $1`, [key])) as { response: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0].response).not.toContain(name);
    expect(rows[0].response).toMatch(/^v1\./);

    const updateKey = newKey();
    const v1 = await withKey(org.caseworker, updateKey, UPDATE_CASE, { id: c.id, version: c.version + 1, input: { title: 'Renamed once' } });
    expect(v1.body.errors).toBeUndefined();
    const again = await withKey(org.caseworker, updateKey, UPDATE_CASE, { id: c.id, version: c.version + 1, input: { title: 'Renamed once' } });
    // Not a creating mutation: no replay, the stale version is a CONFLICT as always.
    expect(again.replayed).toBe(false);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    await assertRowLevelSecurity(app.deps.dataSource, 'coalition_app');
    // Under the app role, another user sees none of these keys.
    const seen = await app.deps.dataSource.transaction(async (m) => {
      await m.query(`SELECT FROM app_act_as($1)`, [org.users.admin.id]);
      await m.query(`SELECT set_config('role', 'coalition_app', true)`);
      return (await m.query(`SELECT count(*)::int AS n FROM idempotency_keys WHERE key = $1`, [key])) as { n: number }[];
    });
    expect(seen[0].n).toBe(0);
  });
});
