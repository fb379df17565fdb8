import { CoalitionRole } from '@coalition/shared';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { coalitionUser, orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import type { TestClient } from '../../../test/support/test-client';
import {
  CREATE, LIST, ONE, OPEN, PUBLISH, PUBLISHED, REVISE, SIGN, UNSIGN, WITHDRAW,
  createStatement, openStatement, signInput, translations, type StatementView,
} from '../../../test/support/statement-fixtures';

const count = async (app: TestApp, sql: string, params: unknown[]) =>
  ((await app.deps.dataSource.query(sql, params)) as { n: number }[])[0].n;

describe('statements: who may read and do what', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  let other: TestOrgWithMembers;
  let liaison: TestClient;
  let coordinator: TestClient;

  beforeAll(async () => {
    app = await startTestApp();
    own = await orgWithMembers(app);
    other = await orgWithMembers(app);
    liaison = (await coalitionUser(app, CoalitionRole.LIAISON)).client;
    coordinator = (await coalitionUser(app, CoalitionRole.COORDINATOR)).client;
  });
  afterAll(() => app.close());

  const input = () => ({ initiatorOrganisationId: own.org.id, addressees: ['Administration of the Republic of Tajikistan'], primaryLanguage: 'EN', translations: translations() });

  it('createStatement: own ADMIN and CASEWORKER only; validated; nothing written on failure', async () => {
    const before = await count(app, `SELECT count(*)::int AS n FROM statements WHERE initiator_organisation_id = $1`, [own.org.id]);
    expect(await app.client().code(CREATE, { input: input() })).toBe('UNAUTHENTICATED');
    expect(await own.signatory.code(CREATE, { input: input() })).toBe('FORBIDDEN');
    expect(await own.viewer.code(CREATE, { input: input() })).toBe('FORBIDDEN');
    expect(await other.admin.code(CREATE, { input: input() })).toBe('FORBIDDEN');
    expect(await liaison.code(CREATE, { input: input() })).toBe('FORBIDDEN');
    expect(await coordinator.code(CREATE, { input: input() })).toBe('FORBIDDEN');
    const noPrimary = await own.admin.gql(CREATE, { input: { ...input(), primaryLanguage: 'TG' } });
    expect(noPrimary.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'translations' });
    const twice = await own.admin.gql(CREATE, { input: { ...input(), translations: [...translations(), ...translations()] } });
    expect(twice.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const noAddressee = await own.admin.gql(CREATE, { input: { ...input(), addressees: [] } });
    expect(noAddressee.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'addressees' });
    const badCase = await own.admin.gql(CREATE, { input: { ...input(), caseIds: ['00000000-0000-0000-0000-000000000000'] } });
    expect(badCase.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseIds' });
    expect(await count(app, `SELECT count(*)::int AS n FROM statements WHERE initiator_organisation_id = $1`, [own.org.id])).toBe(before);

    const created = await createStatement(own.caseworker, own);
    expect(created).toMatchObject({ status: 'DRAFT', signatureCount: 0, currentVersion: { number: 1 } });
    expect(created.slug).toMatch(/^appeal-on-raids-/);
    await createStatement(own.admin, own);
  });

  it('a DRAFT is read by the initiator members only; an open statement by every member; not by the liaison', async () => {
    const draft = await createStatement(own.caseworker, own);
    for (const c of [own.admin, own.caseworker, own.signatory, own.viewer]) {
      expect((await c.ok<{ statement: StatementView | null }>(ONE, { id: draft.id })).statement?.id).toBe(draft.id);
    }
    for (const c of [other.admin, other.viewer, liaison, coordinator]) {
      expect((await c.ok<{ statement: StatementView | null }>(ONE, { id: draft.id })).statement).toBeNull();
    }
    expect(await app.client().code(ONE, { id: draft.id })).toBe('UNAUTHENTICATED');
    expect((await own.viewer.ok<{ statement: null }>(ONE, { id: 'nope' })).statement).toBeNull();
    expect((await app.client().ok<{ publishedStatement: null }>(PUBLISHED, { slug: draft.slug })).publishedStatement).toBeNull();

    const open = await openStatement(own);
    for (const c of [other.admin, other.viewer, own.viewer]) {
      expect((await c.ok<{ statement: StatementView | null }>(ONE, { id: open.id })).statement?.status).toBe('OPEN_FOR_SIGNATURE');
    }
    expect((await liaison.ok<{ statement: null }>(ONE, { id: open.id })).statement).toBeNull();
    expect((await coordinator.ok<{ statement: null }>(ONE, { id: open.id })).statement).toBeNull();

    const list = async (c: TestClient) =>
      (await c.ok<{ statements: { edges: { node: { id: string } }[] } }>(LIST, { first: 100 })).statements.edges.map((e) => e.node.id);
    expect(await list(own.viewer)).toEqual(expect.arrayContaining([draft.id, open.id]));
    expect(await list(other.viewer)).toContain(open.id);
    expect(await list(other.viewer)).not.toContain(draft.id);
    expect(await list(liaison)).not.toContain(open.id);
    expect(await app.client().code(LIST, {})).toBe('UNAUTHENTICATED');
  });

  it('the database hides a draft from other organisations even without the service', async () => {
    const draft = await createStatement(own.caseworker, own);
    const runner = app.deps.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT * FROM app_act_as($1)`, [other.users.admin.id]);
      await runner.query(`SELECT set_config('role', 'coalition_app', true)`);
      expect(await runner.query(`SELECT id FROM statements WHERE id = $1`, [draft.id])).toEqual([]);
      expect(await runner.query(`SELECT id FROM statement_versions WHERE statement_id = $1`, [draft.id])).toEqual([]);
      const updated = await runner.query(`UPDATE statements SET addressees = '{x}' WHERE id = $1`, [draft.id]);
      expect(updated[1]).toBe(0);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('reviseStatement: initiator ADMIN/CASEWORKER; others FORBIDDEN or NOT_FOUND', async () => {
    const s = await openStatement(own);
    const vars = (base = 1) => ({ id: s.id, baseVersion: base, translations: translations(), changeNote: 'typo' });
    expect(await app.client().code(REVISE, vars())).toBe('UNAUTHENTICATED');
    expect(await own.signatory.code(REVISE, vars())).toBe('FORBIDDEN');
    expect(await own.viewer.code(REVISE, vars())).toBe('FORBIDDEN');
    expect(await other.admin.code(REVISE, vars())).toBe('FORBIDDEN');
    expect(await liaison.code(REVISE, vars())).toBe('NOT_FOUND');
    const draft = await createStatement(own.caseworker, own);
    expect(await other.admin.code(REVISE, { ...vars(), id: draft.id })).toBe('NOT_FOUND');
    expect(await own.admin.code(REVISE, { ...vars(), id: '00000000-0000-0000-0000-000000000000' })).toBe('NOT_FOUND');
    expect(await count(app, `SELECT count(*)::int AS n FROM statement_versions WHERE statement_id = $1`, [s.id])).toBe(1);
    await own.caseworker.ok(REVISE, vars(1));
    await own.admin.ok(REVISE, vars(2));
    expect(await count(app, `SELECT count(*)::int AS n FROM statement_versions WHERE statement_id = $1`, [s.id])).toBe(3);
  });

  it('openStatementForSignature, publishStatement, withdrawStatement: initiator ADMIN only', async () => {
    const draft = await createStatement(own.caseworker, own);
    for (const q of [OPEN, PUBLISH, WITHDRAW]) {
      expect(await app.client().code(q, { id: draft.id })).toBe('UNAUTHENTICATED');
      expect(await own.caseworker.code(q, { id: draft.id })).toBe('FORBIDDEN');
      expect(await own.signatory.code(q, { id: draft.id })).toBe('FORBIDDEN');
      expect(await own.viewer.code(q, { id: draft.id })).toBe('FORBIDDEN');
      expect(await other.admin.code(q, { id: draft.id })).toBe('NOT_FOUND');
    }
    await own.admin.ok(OPEN, { id: draft.id });
    for (const q of [PUBLISH, WITHDRAW]) {
      expect(await own.caseworker.code(q, { id: draft.id })).toBe('FORBIDDEN');
      expect(await other.admin.code(q, { id: draft.id })).toBe('FORBIDDEN');
    }
    await own.signatory.ok(SIGN, signInput(draft, own));
    expect(await own.caseworker.code(PUBLISH, { id: draft.id })).toBe('FORBIDDEN');
    await own.admin.ok(PUBLISH, { id: draft.id });
    expect(await other.admin.code(WITHDRAW, { id: draft.id })).toBe('FORBIDDEN');
    const [{ status }] = await app.deps.dataSource.query(`SELECT status FROM statements WHERE id = $1`, [draft.id]);
    expect(status).toBe('PUBLISHED');
    await own.admin.ok(WITHDRAW, { id: draft.id });
  });

  it('signStatement and withdrawSignature: SIGNATORY or ADMIN of the signing organisation', async () => {
    const s = await openStatement(own);
    expect(await app.client().code(SIGN, signInput(s, other))).toBe('UNAUTHENTICATED');
    expect(await other.caseworker.code(SIGN, signInput(s, other))).toBe('FORBIDDEN');
    expect(await other.viewer.code(SIGN, signInput(s, other))).toBe('FORBIDDEN');
    expect(await own.signatory.code(SIGN, signInput(s, other))).toBe('FORBIDDEN');
    expect(await own.admin.code(SIGN, signInput(s, other))).toBe('FORBIDDEN');
    expect(await liaison.code(SIGN, signInput(s, other))).toBe('NOT_FOUND');
    const bad = await other.signatory.gql(SIGN, { input: { ...signInput(s, other).input, signatoryName: '  ' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'signatoryName' });
    expect(await count(app, `SELECT count(*)::int AS n FROM statement_signatures WHERE statement_id = $1`, [s.id])).toBe(0);
    await other.signatory.ok(SIGN, signInput(s, other));
    await other.admin.ok(SIGN, signInput(s, other));
    await own.signatory.ok(SIGN, signInput(s, own));

    const unsign = { statementId: s.id, organisationId: other.org.id };
    expect(await app.client().code(UNSIGN, unsign)).toBe('UNAUTHENTICATED');
    expect(await other.caseworker.code(UNSIGN, unsign)).toBe('FORBIDDEN');
    expect(await own.admin.code(UNSIGN, unsign)).toBe('FORBIDDEN');
    expect(await count(app, `SELECT count(*)::int AS n FROM statement_signatures WHERE statement_id = $1`, [s.id])).toBe(2);
    expect((await other.signatory.ok<{ withdrawSignature: boolean }>(UNSIGN, unsign)).withdrawSignature).toBe(true);
    expect(await other.signatory.code(UNSIGN, unsign)).toBe('NOT_FOUND');
    const view = (await other.viewer.ok<{ statement: StatementView }>(ONE, { id: s.id })).statement;
    expect(view.signatures.map((g) => g.organisation.id)).toEqual([own.org.id]);
    expect(view.signatureCount).toBe(1);
  });

  it('a PUBLISHED statement is read by everyone: liaison, anonymous through publishedStatement, other members', async () => {
    const s = await openStatement(own);
    await own.signatory.ok(SIGN, signInput(s, own));
    await other.signatory.ok(SIGN, signInput(s, other));
    await own.admin.ok(PUBLISH, { id: s.id });
    const anonymous = (await app.client().ok<{ publishedStatement: StatementView }>(PUBLISHED, { slug: s.slug })).publishedStatement;
    expect(anonymous).toMatchObject({ id: s.id, status: 'PUBLISHED', signatureCount: 2 });
    expect(anonymous.currentVersion.translations.map((t) => t.language)).toEqual(['EN', 'RU']);
    expect((await liaison.ok<{ statement: StatementView }>(ONE, { id: s.id })).statement.id).toBe(s.id);
    expect((await liaison.ok<{ statements: { edges: { node: { id: string } }[] } }>(LIST, { first: 100 })).statements.edges.map((e) => e.node.id)).toContain(s.id);
    expect((await other.viewer.ok<{ publishedStatement: StatementView }>(PUBLISHED, { slug: s.slug })).publishedStatement.id).toBe(s.id);
    // withdrawn: members still read it, the public no longer
    await own.admin.ok(WITHDRAW, { id: s.id });
    expect((await app.client().ok<{ publishedStatement: null }>(PUBLISHED, { slug: s.slug })).publishedStatement).toBeNull();
    expect((await liaison.ok<{ statement: null }>(ONE, { id: s.id })).statement).toBeNull();
    expect((await other.viewer.ok<{ statement: StatementView }>(ONE, { id: s.id })).statement.status).toBe('WITHDRAWN');
  });

  it('audits every change with the hash a signature bound', async () => {
    const s = await openStatement(own);
    await other.signatory.ok(SIGN, signInput(s, other));
    const rows = (await app.deps.dataSource.query(
      `SELECT action, organisation_id AS "organisationId", details FROM audit_entries WHERE entity_id = $1 ORDER BY seq`,
      [s.id],
    )) as { action: string; organisationId: string; details: Record<string, unknown> }[];
    expect(rows.map((r) => r.action)).toEqual(['statement.create', 'statement.open', 'statement.sign']);
    expect(rows[2]).toMatchObject({ organisationId: other.org.id, details: { contentHash: s.currentVersion.contentHash, versionNumber: 1 } });
  });
});
