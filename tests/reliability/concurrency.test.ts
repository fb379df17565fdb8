import { CoalitionRole } from '@coalition/shared';
import { coalitionUser, orgWithMembers, type TestOrgWithMembers } from '../../server/test/support/factories';
import { startTestApp, type TestApp } from '../../server/test/support/test-app';
import type { GqlResult, TestClient } from '../../server/test/support/test-client';
import { ADD_EVENT, createCase, GET_CASE, SHARE, UPDATE_CASE } from '../../server/test/support/case-fixtures';
import { openStatement, SIGN, signInput } from '../../server/test/support/statement-fixtures';
import { ownerQuery, VERIFY_CHAIN, verifyChainSql } from './support/reliability-kit';

/** The figures of the last run, printed for docs/SECURITY.md. */
const figures: Record<string, number | string> = {};

const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code ?? null;

describe('200 concurrent writers on shared cases and statements', () => {
  let app: TestApp;
  let orgs: TestOrgWithMembers[];
  let coordinator: TestClient;
  const url = () => process.env.COALITION_TEST_DATABASE_URL!;

  beforeAll(async () => {
    // Correctness under contention, not overload: 200 writers queue for 5 connections, each may wait its turn
    // longer than the default 10 s on a loaded machine (overload itself answers SERVER_BUSY: overload.test.ts).
    app = await startTestApp({ DB_CONNECT_TIMEOUT_MS: '120000' });
    orgs = [];
    for (let i = 0; i < 4; i += 1) orgs.push(await orgWithMembers(app));
    coordinator = (await coalitionUser(app, CoalitionRole.COORDINATOR)).client;
  });
  afterAll(async () => {
    await app?.close();
    console.log(`concurrency figures: ${JSON.stringify(figures)}`);
  });

  it('no lost update, one signature per organisation, one audit entry per committed change, a verifying chain', async () => {
    const [owner, ...others] = orgs;
    const cases = [];
    for (let i = 0; i < 2; i += 1) {
      const c = await createCase(owner.caseworker, owner.org.id, { title: `Contested case ${i}` });
      // Another organisation's caseworker edits the same case through a WRITE share.
      await owner.admin.ok(SHARE, { caseId: c.id, organisationId: others[0].org.id, access: 'WRITE' });
      cases.push(c);
    }
    const statement = await openStatement(owner);
    const before = await Promise.all(
      cases.map(async (c) => (await owner.caseworker.ok<{ case: { version: number } }>(GET_CASE, { id: c.id })).case.version),
    );

    const editors = [owner.caseworker, owner.admin, others[0].caseworker, others[0].admin];
    const signers = orgs.flatMap((o) => [
      { client: o.signatory, org: o },
      { client: o.admin, org: o },
    ]);

    type Outcome = { kind: 'update'; caseIndex: number; result: GqlResult<{ updateCase: { version: number } }> } |
      { kind: 'event'; caseIndex: number; result: GqlResult } |
      { kind: 'sign'; orgId: string; result: GqlResult };
    const attempts: { caseIndex: number; result: GqlResult<{ updateCase: { version: number } }> }[] = [];
    const started = Date.now();
    const jobs: Promise<Outcome>[] = [];
    for (let w = 0; w < 200; w += 1) {
      const caseIndex = w % 2;
      const caseId = cases[caseIndex].id;
      if (w % 10 < 6) {
        // 120 read-modify-write writers: read the version, write with it, and on CONFLICT
        // read again and retry, up to 5 attempts, as the client's conflict panel lets a person do.
        const editor = editors[w % editors.length];
        jobs.push(
          (async () => {
            let result: GqlResult<{ updateCase: { version: number } }> | null = null;
            for (let attempt = 0; attempt < 5; attempt += 1) {
              const read = await editor.ok<{ case: { version: number } }>(GET_CASE, { id: caseId });
              result = await editor.gql<{ updateCase: { version: number } }>(UPDATE_CASE, {
                id: caseId,
                version: read.case.version,
                input: { title: `Contested case ${caseIndex}, edit ${w}` },
              });
              attempts.push({ caseIndex, result });
              if (codeOf(result) !== 'CONFLICT') break;
            }
            return { kind: 'update' as const, caseIndex, result: result! };
          })(),
        );
      } else if (w % 10 < 8) {
        // 40 events, which bump the case's version too.
        const editor = editors[w % editors.length];
        jobs.push(
          editor
            .gql(ADD_EVENT, { caseId, input: { type: 'COURT_HEARING', occurredOn: '2013-08-02', title: `Hearing ${w}` } })
            .then((result) => ({ kind: 'event' as const, caseIndex, result })),
        );
      } else {
        // 40 signatures from 4 organisations, 10 each, by two members of each.
        const signer = signers[w % signers.length];
        jobs.push(
          signer.client.gql(SIGN, signInput(statement, signer.org)).then((result) => ({ kind: 'sign' as const, orgId: signer.org.org.id, result })),
        );
      }
    }
    const outcomes = await Promise.all(jobs);
    figures.writers = outcomes.length;
    figures.updateAttempts = attempts.length;
    figures.wallMs = Date.now() - started;

    // Every write either landed or got CONFLICT: nothing else (no deadlock, no internal error).
    const unexpected = [...outcomes, ...attempts].filter((o) => o.result.errors && codeOf(o.result) !== 'CONFLICT');
    expect(unexpected.map((o) => o.result.errors)).toEqual([]);
    expect(outcomes.filter((o) => o.kind !== 'update' && o.result.errors)).toEqual([]);

    for (const [index, c] of cases.entries()) {
      const updates = attempts.filter((o) => o.caseIndex === index);
      const landed = updates.filter((o) => o.result.data?.updateCase);
      const conflicts = updates.filter((o) => codeOf(o.result) === 'CONFLICT');
      const events = outcomes.filter((o) => o.kind === 'event' && o.caseIndex === index && !o.result.errors);
      expect(landed.length + conflicts.length).toBe(updates.length);
      expect(landed.length).toBeGreaterThan(0);
      // Each landed update has a version of its own: none was overwritten unseen.
      const versions = landed.map((o) => o.result.data!.updateCase.version);
      expect(new Set(versions).size).toBe(versions.length);
      const after = await owner.caseworker.ok<{ case: { version: number; events: unknown[] } }>(GET_CASE, { id: c.id });
      expect(after.case.version).toBe(before[index] + landed.length + events.length);
      expect(after.case.events.length).toBe(events.length);

      const audited = await ownerQuery<{ action: string; n: string }>(
        url(),
        `SELECT action, count(*) AS n FROM audit_entries
          WHERE (action = 'case.update' AND entity_id = $1) OR (action = 'case.event.add' AND details->>'caseId' = $1::text)
          GROUP BY action`,
        [c.id],
      );
      const count = (action: string) => Number(audited.find((a) => a.action === action)?.n ?? 0);
      expect(count('case.update')).toBe(landed.length);
      expect(count('case.event.add')).toBe(events.length);
      const auditedVersions = await ownerQuery<{ v: number }>(
        url(),
        `SELECT (details->>'version')::int AS v FROM audit_entries WHERE action = 'case.update' AND entity_id = $1`,
        [c.id],
      );
      expect(auditedVersions.map((r) => r.v).sort((a, b) => a - b)).toEqual([...versions].sort((a, b) => a - b));
      figures[`case${index}UpdateAttempts`] = updates.length;
      figures[`case${index}Landed`] = landed.length;
      figures[`case${index}Conflicts`] = conflicts.length;
      figures[`case${index}Events`] = events.length;
    }

    const signs = outcomes.filter((o) => o.kind === 'sign');
    const rows = await ownerQuery<{ organisation_id: string; n: string }>(
      url(),
      `SELECT organisation_id, count(*) AS n FROM statement_signatures WHERE statement_id = $1 GROUP BY organisation_id`,
      [statement.id],
    );
    expect(rows.length).toBe(4);
    expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
    const signAudits = await ownerQuery<{ n: string; firsts: string }>(
      url(),
      `SELECT count(*) AS n, count(*) FILTER (WHERE details->>'replaced' = 'false') AS firsts FROM audit_entries WHERE action = 'statement.sign' AND entity_id = $1`,
      [statement.id],
    );
    expect(Number(signAudits[0].n)).toBe(signs.length);
    // Exactly one first signature per organisation; every other one replaced it.
    expect(Number(signAudits[0].firsts)).toBe(4);
    figures.signatures = signs.length;

    const chain = await verifyChainSql(url());
    expect(chain).toEqual(expect.objectContaining({ ok: true, brokenAt: null }));
    const verified = await coordinator.ok<{ verifyAuditChain: { ok: boolean } }>(VERIFY_CHAIN);
    expect(verified.verifyAuditChain.ok).toBe(true);
    figures.chainChecked = chain.checked;
  }, 120_000);
});
