import { statementContentHash } from '@coalition/shared';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import { createCase, GET_CASE } from '../../../test/support/case-fixtures';
import {
  CREATE, LIST, ONE, OPEN, PUBLISH, PUBLISHED, REVISE, SIGN, UNSIGN, WITHDRAW,
  createStatement, openStatement, signInput, translations, type StatementView,
} from '../../../test/support/statement-fixtures';

describe('statements: state machine, hash binding, signatures', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  let other: TestOrgWithMembers;
  let third: TestOrgWithMembers;

  beforeAll(async () => {
    app = await startTestApp();
    own = await orgWithMembers(app);
    other = await orgWithMembers(app);
    third = await orgWithMembers(app);
  });
  afterAll(() => app.close());

  const read = async (id: string) => (await own.viewer.ok<{ statement: StatementView }>(ONE, { id })).statement;
  const status = async (id: string) => ((await app.deps.dataSource.query(`SELECT status FROM statements WHERE id = $1`, [id])) as { status: string }[])[0].status;

  it('answers CONFLICT to every wrong transition and changes nothing', async () => {
    const s = await createStatement(own.caseworker, own);
    // DRAFT: cannot be published, withdrawn or signed
    expect(await own.admin.code(PUBLISH, { id: s.id })).toBe('CONFLICT');
    expect(await own.admin.code(WITHDRAW, { id: s.id })).toBe('CONFLICT');
    expect(await own.signatory.code(SIGN, signInput(s, own))).toBe('CONFLICT');
    expect(await own.signatory.code(UNSIGN, { statementId: s.id, organisationId: own.org.id })).toBe('CONFLICT');
    expect(await status(s.id)).toBe('DRAFT');
    // OPEN: cannot be opened again; publishing needs the initiator's current signature
    await own.admin.ok(OPEN, { id: s.id });
    expect(await own.admin.code(OPEN, { id: s.id })).toBe('CONFLICT');
    await other.signatory.ok(SIGN, signInput(s, other));
    expect(await own.admin.code(PUBLISH, { id: s.id })).toBe('CONFLICT');
    await own.signatory.ok(SIGN, signInput(s, own));
    // a revision outdates the initiator's signature: publishing needs it again
    const revised = (await own.caseworker.ok<{ reviseStatement: StatementView }>(REVISE, { id: s.id, baseVersion: 1, translations: translations() })).reviseStatement;
    expect(await own.admin.code(PUBLISH, { id: s.id })).toBe('CONFLICT');
    expect(await status(s.id)).toBe('OPEN_FOR_SIGNATURE');
    await own.signatory.ok(SIGN, signInput(revised, own));
    await own.admin.ok(PUBLISH, { id: s.id });
    // PUBLISHED: no revision, no opening, no publishing again, no signing
    expect(await own.caseworker.code(REVISE, { id: s.id, baseVersion: 2, translations: translations() })).toBe('CONFLICT');
    expect(await own.admin.code(OPEN, { id: s.id })).toBe('CONFLICT');
    expect(await own.admin.code(PUBLISH, { id: s.id })).toBe('CONFLICT');
    expect(await other.signatory.code(SIGN, signInput(revised, other))).toBe('CONFLICT');
    expect(await own.signatory.code(UNSIGN, { statementId: s.id, organisationId: own.org.id })).toBe('CONFLICT');
    // WITHDRAWN: final
    await own.admin.ok(WITHDRAW, { id: s.id });
    for (const q of [OPEN, PUBLISH, WITHDRAW]) expect(await own.admin.code(q, { id: s.id })).toBe('CONFLICT');
    expect(await own.caseworker.code(REVISE, { id: s.id, baseVersion: 2, translations: translations() })).toBe('CONFLICT');
    const final = await read(s.id);
    expect(final).toMatchObject({ status: 'WITHDRAWN', currentVersion: { number: 2 } });
    expect(final.versions.map((v) => v.number)).toEqual([1, 2]);
  });

  it('the database refuses a transition the service would refuse', async () => {
    const s = await createStatement(own.caseworker, own);
    const runner = app.deps.dataSource.createQueryRunner();
    await runner.connect();
    try {
      for (const [user, sql] of [
        [own.users.caseworker.id, `UPDATE statements SET status = 'OPEN_FOR_SIGNATURE' WHERE id = $1`],
        [own.users.admin.id, `UPDATE statements SET status = 'PUBLISHED' WHERE id = $1`],
        [own.users.admin.id, `UPDATE statements SET current_version_number = 5 WHERE id = $1`],
        [own.users.admin.id, `UPDATE statements SET addressees = '{Someone else}' WHERE id = $1`],
        [own.users.caseworker.id, `UPDATE statements SET signature_deadline = now() WHERE id = $1`],
      ] as const) {
        await runner.startTransaction();
        await runner.query(`SELECT * FROM app_act_as($1)`, [user]);
        await runner.query(`SELECT set_config('role', 'coalition_app', true)`);
        await expect(runner.query(sql, [s.id])).rejects.toThrow();
        await runner.rollbackTransaction();
      }
    } finally {
      await runner.release();
    }
    expect(await status(s.id)).toBe('DRAFT');
  });

  it('reviseStatement: version n+1 with its hash; a stale baseVersion is CONFLICT', async () => {
    const s = await openStatement(own);
    const text = translations();
    const revised = (await own.caseworker.ok<{ reviseStatement: StatementView }>(REVISE, { id: s.id, baseVersion: 1, translations: text, changeNote: 'dates' })).reviseStatement;
    expect(revised.currentVersion).toMatchObject({ number: 2, changeNote: 'dates', contentHash: statementContentHash(text) });
    expect(await own.admin.code(REVISE, { id: s.id, baseVersion: 1, translations: translations() })).toBe('CONFLICT');
    expect(await own.admin.code(REVISE, { id: s.id, baseVersion: 3, translations: translations() })).toBe('CONFLICT');
    const bad = await own.admin.gql(REVISE, { id: s.id, baseVersion: 2, translations: [{ language: 'RU', title: 'Только', body: 'русский' }] });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'translations' });
    expect((await read(s.id)).versions.map((v) => v.number)).toEqual([1, 2]);
    // two writers revising the same base at once: exactly one wins
    const results = await Promise.all([own.admin, own.caseworker].map((c) => c.gql(REVISE, { id: s.id, baseVersion: 2, translations: translations() })));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.find((r) => r.errors)?.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await read(s.id)).versions.map((v) => v.number)).toEqual([1, 2, 3]);
  });

  it('binds a signature to the exact text: a stale hash is CONFLICT, a revision outdates earlier signatures', async () => {
    const s = await openStatement(own);
    const wrong = statementContentHash([{ language: 'EN', title: 'something else', body: 'x' }]);
    expect(await other.signatory.code(SIGN, signInput(s, other, wrong))).toBe('CONFLICT');
    const signed = (await other.signatory.ok<{ signStatement: { versionNumber: number; contentHash: string; current: boolean } }>(SIGN, signInput(s, other))).signStatement;
    expect(signed).toEqual(expect.objectContaining({ versionNumber: 1, contentHash: s.currentVersion.contentHash, current: true }));
    // hashes are case-insensitive hex on input, stored lowercase
    await third.signatory.ok(SIGN, signInput(s, third, s.currentVersion.contentHash.toUpperCase()));
    expect((await read(s.id)).signatureCount).toBe(2);

    const text = translations();
    await own.caseworker.ok(REVISE, { id: s.id, baseVersion: 1, translations: text });
    let view = await read(s.id);
    expect(view.signatureCount).toBe(0);
    expect(view.signatures.map((g) => [g.organisation.id, g.versionNumber, g.current])).toEqual([
      [other.org.id, 1, false],
      [third.org.id, 1, false],
    ]);
    // the old hash no longer signs; the new one does, and replaces the old signature
    expect(await other.signatory.code(SIGN, signInput(s, other))).toBe('CONFLICT');
    await other.admin.ok(SIGN, { input: { ...signInput(s, other, statementContentHash(text)).input, signatoryName: 'Another Person' } });
    view = await read(s.id);
    expect(view.signatureCount).toBe(1);
    expect(view.signatures.filter((g) => g.organisation.id === other.org.id)).toEqual([
      expect.objectContaining({ versionNumber: 2, current: true, signatoryName: 'Another Person', contentHash: statementContentHash(text) }),
    ]);
    const audit = (await app.deps.dataSource.query(
      `SELECT details FROM audit_entries WHERE entity_id = $1 AND action = 'statement.sign' AND organisation_id = $2 ORDER BY seq`,
      [s.id, other.org.id],
    )) as { details: { contentHash: string; versionNumber: number } }[];
    expect(audit.map((a) => [a.details.versionNumber, a.details.contentHash])).toEqual([
      [1, s.currentVersion.contentHash],
      [2, statementContentHash(text)],
    ]);
    // filter: signed by (current signatures only)
    const signedBy = async (orgId: string) =>
      (await own.viewer.ok<{ statements: { edges: { node: { id: string } }[] } }>(LIST, { filter: { signedByOrganisationId: orgId }, first: 100 })).statements.edges.map((e) => e.node.id);
    expect(await signedBy(other.org.id)).toContain(s.id);
    expect(await signedBy(third.org.id)).not.toContain(s.id);
  });

  it('50 concurrent signatures from one organisation leave exactly one', async () => {
    const s = await openStatement(own);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        (i % 2 ? other.signatory : other.admin).gql(SIGN, { input: { ...signInput(s, other).input, signatoryName: `Signatory ${i}` } }),
      ),
    );
    expect(results.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
    const rows = await app.deps.dataSource.query(`SELECT signatory_name FROM statement_signatures WHERE statement_id = $1`, [s.id]);
    expect(rows).toHaveLength(1);
    const view = await read(s.id);
    expect(view.signatureCount).toBe(1);
    expect(view.signatures).toHaveLength(1);
    const [{ n }] = await app.deps.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE entity_id = $1 AND action = 'statement.sign'`,
      [s.id],
    );
    expect(n).toBe(50);
  });

  it('enforces the signature deadline', async () => {
    expect((await own.admin.gql(OPEN, { id: (await createStatement(own.admin, own)).id, deadline: '2013-02-08T12:00:00Z' })).errors?.[0].extensions)
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'signatureDeadline' });
    const s = await createStatement(own.admin, own);
    const deadline = new Date(Date.now() + 3_600_000).toISOString();
    const opened = (await own.admin.ok<{ openStatementForSignature: { signatureDeadline: string } }>(OPEN, { id: s.id, deadline })).openStatementForSignature;
    expect(opened.signatureDeadline).toBe(deadline);
    await other.signatory.ok(SIGN, signInput(s, other));
    // time passes (written as the owner: test set-up)
    await app.deps.dataSource.query(`UPDATE statements SET signature_deadline = now() - interval '1 minute' WHERE id = $1`, [s.id]);
    expect(await third.signatory.code(SIGN, signInput(s, third))).toBe('CONFLICT');
    expect(await other.signatory.code(UNSIGN, { statementId: s.id, organisationId: other.org.id })).toBe('CONFLICT');
    expect((await read(s.id)).signatures).toHaveLength(1);
  });

  it('lists only readable cited cases, and Case.statements only readable statements', async () => {
    const ownCase = await createCase(own.caseworker, own.org.id, { visibility: 'RESTRICTED' });
    const coalitionCase = await createCase(own.caseworker, own.org.id, { visibility: 'COALITION' });
    const s = await createStatement(own.caseworker, own, { caseIds: [ownCase.id, coalitionCase.id] });
    expect(s.cases.map((c) => c.id).sort()).toEqual([ownCase.id, coalitionCase.id].sort());
    // another organisation cannot cite a case it cannot read
    const foreign = await other.admin.gql(CREATE, {
      input: { initiatorOrganisationId: other.org.id, addressees: ['x'], primaryLanguage: 'EN', translations: translations(), caseIds: [ownCase.id] },
    });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseIds' });

    const caseStatements = async (c: typeof own.viewer, id: string) =>
      (await c.ok<{ case: { statements: { id: string }[] } | null }>(GET_CASE.replace('shares {', 'statements { id } shares {'), { id })).case?.statements.map((x) => x.id);
    expect(await caseStatements(own.viewer, ownCase.id)).toEqual([s.id]);
    expect(await caseStatements(other.viewer, coalitionCase.id)).toEqual([]); // the statement is still a draft
    await own.admin.ok(OPEN, { id: s.id });
    expect(await caseStatements(other.viewer, coalitionCase.id)).toEqual([s.id]);
    const seenByOther = (await other.viewer.ok<{ statement: StatementView }>(ONE, { id: s.id })).statement;
    expect(seenByOther.cases.map((c) => c.id)).toEqual([coalitionCase.id]);
    await own.signatory.ok(SIGN, signInput(s, own));
    await own.admin.ok(PUBLISH, { id: s.id });
    const anonymous = (await app.client().ok<{ publishedStatement: StatementView }>(PUBLISHED, { slug: s.slug })).publishedStatement;
    expect(anonymous.cases).toEqual([]);
  });

  it("gives readable unique slugs that say nothing of another organisation's hidden draft of the same title", async () => {
    const text = [{ language: 'RU', title: 'Освободите задержанных в Горелово', body: 'Текст.' }];
    const input = (org: TestOrgWithMembers) => ({ input: { initiatorOrganisationId: org.org.id, addressees: ['x'], primaryLanguage: 'RU', translations: text } });
    const shape = /^osvobodite-zaderzhannykh-v-gorelovo-[0-9a-f]{8}$/;
    // Without the other draft and with it, the second organisation's slug has the same shape.
    const alone = (await own.admin.ok<{ createStatement: StatementView }>(CREATE, input(own))).createStatement;
    const first = (await other.admin.ok<{ createStatement: StatementView }>(CREATE, input(other))).createStatement;
    const second = (await own.admin.ok<{ createStatement: StatementView }>(CREATE, input(own))).createStatement;
    for (const s of [alone, first, second]) expect(s.slug).toMatch(shape);
    expect(new Set([alone.slug, first.slug, second.slug]).size).toBe(3);
    expect(second.title).toBe('Освободите задержанных в Горелово');
  });

  it('pages the list newest first with a stable cursor and an exact total', async () => {
    const mine = await orgWithMembers(app);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await createStatement(mine.admin, mine)).id);
    const page = async (after: string | null) =>
      (await mine.viewer.ok<{ statements: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } }>(
        LIST, { filter: { initiatorOrganisationId: mine.org.id, status: ['DRAFT'] }, first: 2, after },
      )).statements;
    const p1 = await page(null);
    const p2 = await page(p1.pageInfo.endCursor);
    const p3 = await page(p2.pageInfo.endCursor);
    expect(p1.totalCount).toBe(5);
    expect(p3.totalCount).toBe(5);
    expect([...p1.edges, ...p2.edges, ...p3.edges].map((e) => e.node.id)).toEqual([...ids].reverse());
    expect([p1.pageInfo.hasNextPage, p2.pageInfo.hasNextPage, p3.pageInfo.hasNextPage]).toEqual([true, true, false]);
    expect(await mine.viewer.code(LIST, { after: 'garbage' })).toBe('BAD_USER_INPUT');
  });
});
