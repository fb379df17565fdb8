import { Client } from 'pg';
import { CoalitionRole } from '@coalition/shared';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { coalitionUser, orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import type { TestClient } from '../../../test/support/test-client';
import { createScratchDatabase, embeddedTestDatabase, migrateDatabase } from '../../../test/support/scratch-database';
import { auditHash, GENESIS_HASH } from '../../core/audit/audit-writer';

const LOG = `query ($org: ID, $first: Int, $after: String) {
  auditLog(organisationId: $org, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { seq action entityType entityId actor organisation { id } prevHash hash } } } }`;
const VERIFY = `{ verifyAuditChain { ok checked brokenAt } }`;
const UPDATE_ORG = `mutation ($id: ID!, $input: OrganisationUpdate!) { updateOrganisation(id: $id, input: $input) { id } }`;
const SET_ROLES = `mutation ($org: ID!, $user: ID!, $roles: [OrgRole!]!) { setMemberRoles(organisationId: $org, userId: $user, roles: $roles) { roles } }`;

interface Entry {
  seq: number;
  action: string;
  organisation: { id: string } | null;
  prevHash: string;
  hash: string;
  actor: string | null;
}
interface LogPage {
  auditLog: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Entry }[] };
}

const scratchIt = embeddedTestDatabase() ? it.skip : it;

describe('audit log', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  let other: TestOrgWithMembers;
  let coordinator: TestClient;

  beforeAll(async () => {
    app = await startTestApp();
    own = await orgWithMembers(app);
    other = await orgWithMembers(app);
    coordinator = (await coalitionUser(app, CoalitionRole.COORDINATOR)).client;
    for (let i = 0; i < 3; i++)
      await own.admin.ok(UPDATE_ORG, { id: own.org.id, input: { representative: `Representative ${i}` } });
    await other.admin.ok(UPDATE_ORG, { id: other.org.id, input: { representative: 'Someone' } });
  });
  afterAll(() => app.close());

  it('shows an ADMIN their own organisation, the coordinator everything, nobody else anything', async () => {
    expect(await app.client().code(LOG, { org: own.org.id })).toBe('UNAUTHENTICATED');
    expect(await app.client().code(LOG, {})).toBe('UNAUTHENTICATED');
    for (const client of [own.caseworker, own.signatory, own.viewer, other.admin]) {
      expect(await client.code(LOG, { org: own.org.id })).toBe('FORBIDDEN');
    }
    for (const client of [own.caseworker, own.viewer]) expect(await client.code(LOG)).toBe('FORBIDDEN');

    const mine = await own.admin.ok<LogPage>(LOG, { org: own.org.id });
    expect(mine.auditLog.totalCount).toBe(3);
    expect(
      mine.auditLog.edges.every((e) => e.node.organisation?.id === own.org.id && e.node.action === 'organisation.update'),
    ).toBe(true);
    // Without organisationId an ADMIN gets their own organisations' entries only.
    const unscoped = await own.admin.ok<LogPage>(LOG, {});
    expect(unscoped.auditLog.edges.map((e) => e.node.organisation?.id)).toEqual([own.org.id, own.org.id, own.org.id]);

    // The coordinator reads every organisation's entries. Asked per organisation: test files running beside this
    // one write to the same database, so the newest hundred of all need not hold these two.
    let scopedTotal = 0;
    for (const org of [own.org, other.org]) {
      const scoped = await coordinator.ok<LogPage>(LOG, { org: org.id });
      expect(scoped.auditLog.edges.length).toBeGreaterThan(0);
      expect(scoped.auditLog.edges.every((e) => e.node.organisation?.id === org.id)).toBe(true);
      scopedTotal += scoped.auditLog.totalCount;
    }
    // Unscoped, the coordinator's log holds at least both organisations' entries.
    const all = await coordinator.ok<LogPage>(LOG, { first: 100 });
    expect(all.auditLog.totalCount).toBeGreaterThanOrEqual(scopedTotal);
    const seqs = all.auditLog.edges.map((e) => e.node.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  });

  it('pages newest first with opaque cursors and refuses a page larger than 100 or a forged cursor', async () => {
    const first = await own.admin.ok<LogPage>(LOG, { org: own.org.id, first: 2 });
    expect(first.auditLog.edges).toHaveLength(2);
    expect(first.auditLog.pageInfo.hasNextPage).toBe(true);
    const rest = await own.admin.ok<LogPage>(LOG, { org: own.org.id, first: 2, after: first.auditLog.pageInfo.endCursor });
    expect(rest.auditLog.edges).toHaveLength(1);
    expect(rest.auditLog.pageInfo.hasNextPage).toBe(false);
    expect(rest.auditLog.edges[0].node.seq).toBeLessThan(first.auditLog.edges[1].node.seq);
    expect(await own.admin.code(LOG, { org: own.org.id, first: 101 })).toBe('BAD_USER_INPUT');
    expect(await own.admin.code(LOG, { org: own.org.id, after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify(['abc'])).toString('base64url');
    expect(await own.admin.code(LOG, { org: own.org.id, after: forged })).toBe('BAD_USER_INPUT');
  });

  describe('filters', () => {
    const FILTERED = `query ($org: ID, $first: Int, $after: String, $filter: AuditFilter) {
      auditLog(organisationId: $org, first: $first, after: $after, filter: $filter) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { seq at action entityType entityId organisation { id } } } } }`;
    interface FilteredPage {
      auditLog: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { seq: number; at: string; action: string; entityType: string; entityId: string | null; organisation: { id: string } | null } }[];
      };
    }
    let a: TestOrgWithMembers;
    let b: TestOrgWithMembers;

    /** Every page of a filtered log, two entries at a time, checking that each page agrees on the total. */
    async function allPages(client: TestClient, variables: Record<string, unknown>): Promise<FilteredPage['auditLog']['edges'][number]['node'][]> {
      const nodes: FilteredPage['auditLog']['edges'][number]['node'][] = [];
      let after: string | null = null;
      let total: number | null = null;
      for (let guard = 0; guard < 50; guard++) {
        const { auditLog }: FilteredPage = await client.ok<FilteredPage>(FILTERED, { ...variables, first: 2, after });
        total ??= auditLog.totalCount;
        expect(auditLog.totalCount).toBe(total);
        nodes.push(...auditLog.edges.map((e) => e.node));
        if (!auditLog.pageInfo.hasNextPage) break;
        after = auditLog.pageInfo.endCursor;
      }
      expect(nodes).toHaveLength(total ?? 0);
      return nodes;
    }

    beforeAll(async () => {
      a = await orgWithMembers(app);
      b = await orgWithMembers(app);
      for (let i = 0; i < 5; i++) {
        await a.admin.ok(UPDATE_ORG, { id: a.org.id, input: { representative: `A ${i}` } });
        if (i < 2) await a.admin.ok(SET_ROLES, { org: a.org.id, user: a.users.caseworker.id, roles: ['CASEWORKER', i === 0 ? 'VIEWER' : 'SIGNATORY'] });
      }
      for (let i = 0; i < 3; i++) await b.admin.ok(UPDATE_ORG, { id: b.org.id, input: { representative: `B ${i}` } });
    });

    it('pages through filtered entries on the server, newest first, each entry once', async () => {
      const updates = await allPages(a.admin, { org: a.org.id, filter: { action: 'organisation.update' } });
      expect(updates).toHaveLength(5);
      expect(updates.every((n) => n.action === 'organisation.update' && n.organisation?.id === a.org.id)).toBe(true);
      const seqs = updates.map((n) => n.seq);
      expect(seqs).toEqual([...seqs].sort((x, y) => y - x));
      expect(new Set(seqs).size).toBe(5);

      const roles = await allPages(a.admin, { filter: { action: 'member.set_roles' } });
      expect(roles.map((n) => n.action)).toEqual(['member.set_roles', 'member.set_roles']);

      // Subject: its kind and the beginning of its id, whatever the letter case.
      const subject = await allPages(a.admin, { org: a.org.id, filter: { entityType: 'Organisation', entityId: a.org.id.slice(0, 8).toUpperCase() } });
      expect(subject.map((n) => n.seq)).toEqual(seqs);
      expect(await allPages(a.admin, { org: a.org.id, filter: { entityType: 'Membership', entityId: a.org.id } })).toHaveLength(0);
      // LIKE's wildcards are taken literally.
      expect(await allPages(a.admin, { org: a.org.id, filter: { entityId: '%' } })).toHaveLength(0);
      expect(await allPages(a.admin, { org: a.org.id, filter: { entityId: '_' } })).toHaveLength(0);
    });

    it('filters by UTC days, both ends included', async () => {
      const [{ today }] = await app.deps.dataSource.query(`SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS today`);
      const shift = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
      const filter = (from: string | null, to: string | null) => ({ org: a.org.id, filter: { action: 'organisation.update', from, to } });
      expect(await allPages(a.admin, filter(today, today))).toHaveLength(5);
      expect(await allPages(a.admin, filter(shift(-1), null))).toHaveLength(5);
      expect(await allPages(a.admin, filter(null, shift(-1)))).toHaveLength(0);
      expect(await allPages(a.admin, filter(shift(1), null))).toHaveLength(0);
      // The calendar's ends are days like any other.
      expect(await allPages(a.admin, filter('1900-01-01', '9999-12-31'))).toHaveLength(5);
      expect(await allPages(a.admin, filter('9999-12-31', null))).toHaveLength(0);
    });

    it('refuses bad filters with BAD_USER_INPUT, before reading anything', async () => {
      const bad = [
        { action: 'organisation.delete' },
        { action: '' },
        { entityType: 'Nothing' },
        { from: '2026-03-02', to: '2026-03-01' },
        { from: '2026-02-30' },
        { to: 'yesterday' },
        { entityId: 'x'.repeat(101) },
      ];
      for (const filter of bad) {
        const response = await a.admin.gql(FILTERED, { org: a.org.id, filter });
        expect({ filter, code: response.errors?.[0]?.extensions?.code }).toEqual({ filter, code: 'BAD_USER_INPUT' });
      }
      const range = await a.admin.gql(FILTERED, { filter: { from: '2026-03-02', to: '2026-03-01' } });
      expect(range.errors?.[0]?.extensions?.field).toBe('filter.to');
      // Who may not read the log learns nothing from a filter, good or bad.
      expect(await a.caseworker.code(FILTERED, { filter: { action: 'nope' } })).toBe('FORBIDDEN');
      expect(await app.client().code(FILTERED, { filter: { action: 'nope' } })).toBe('UNAUTHENTICATED');
    });

    it('never widens what a reader sees: another organisation stays out of reach', async () => {
      const filter = { action: 'organisation.update', entityId: b.org.id };
      expect(await allPages(a.admin, { filter })).toHaveLength(0);
      expect(await allPages(a.admin, { filter: { entityType: 'Organisation' } }).then((nodes) => nodes.every((n) => n.organisation?.id === a.org.id))).toBe(true);
      for (const client of [b.admin, a.caseworker, a.viewer]) expect(await client.code(FILTERED, { org: a.org.id, filter: { action: 'organisation.update' } })).toBe('FORBIDDEN');
      // The coordinator, who reads everything, finds B's entries with the same filter.
      expect(await allPages(coordinator, { filter })).toHaveLength(3);
    });
  });

  it('chains each entry to the previous one and names the actor, with no personal data in details', async () => {
    const { auditLog } = await coordinator.ok<LogPage>(LOG, { first: 100 });
    const nodes = auditLog.edges.map((e) => e.node);
    for (let i = 0; i + 1 < nodes.length; i++) {
      if (nodes[i].seq === nodes[i + 1].seq + 1) expect(nodes[i].prevHash).toBe(nodes[i + 1].hash);
    }
    // This organisation's own entries: other files' entries may fill the newest hundred of all.
    const { auditLog: ownLog } = await coordinator.ok<LogPage>(LOG, { org: own.org.id, first: 1 });
    expect(ownLog.edges[0]?.node.actor).toMatch(/^Test user/);
    const rows = await app.deps.dataSource.query(`SELECT details FROM audit_entries`);
    const text = JSON.stringify(rows);
    for (const user of [...Object.values(own.users), ...Object.values(other.users)]) expect(text).not.toContain(user.email);
    expect(text).not.toContain('Representative');
  });

  it('writes the entry in the same transaction as the change: a refused change leaves none', async () => {
    const [{ before }] = await app.deps.dataSource.query(
      `SELECT max(seq)::int AS before FROM audit_entries WHERE organisation_id = $1`,
      [own.org.id],
    );
    expect(await own.admin.code(SET_ROLES, { org: own.org.id, user: own.users.admin.id, roles: ['VIEWER'] })).toBe('CONFLICT');
    const [{ after }] = await app.deps.dataSource.query(
      `SELECT max(seq)::int AS after FROM audit_entries WHERE organisation_id = $1`,
      [own.org.id],
    );
    expect(after).toBe(before);
  });

  it('lets only the coordinator verify the chain', async () => {
    expect(await app.client().code(VERIFY)).toBe('UNAUTHENTICATED');
    for (const client of [own.admin, own.caseworker, own.viewer]) expect(await client.code(VERIFY)).toBe('FORBIDDEN');
    const { verifyAuditChain } = await coordinator.ok<{
      verifyAuditChain: { ok: boolean; checked: number; brokenAt: number | null };
    }>(VERIFY);
    expect(verifyAuditChain.ok).toBe(true);
    expect(verifyAuditChain.brokenAt).toBeNull();
    expect(verifyAuditChain.checked).toBeGreaterThanOrEqual(4);
  });

  it('serialises concurrent appends: no fork, no gap, the chain still verifies', async () => {
    const teams = [own, other];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const team = teams[i % 2];
        return team.admin.gql(UPDATE_ORG, { id: team.org.id, input: { representative: `Concurrent ${i}` } });
      }),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const [{ seqs, distinctPrev }] = await app.deps.dataSource.query(
      `SELECT count(*)::int AS seqs, count(DISTINCT prev_hash)::int AS "distinctPrev" FROM audit_entries`,
    );
    expect(distinctPrev).toBe(seqs);
    const [{ gaps }] = await app.deps.dataSource.query(`SELECT (max(seq) - count(*))::int AS gaps FROM audit_entries`);
    expect(gaps).toBe(0);
    expect((await coordinator.ok<{ verifyAuditChain: { ok: boolean } }>(VERIFY)).verifyAuditChain.ok).toBe(true);
  });

  it('cannot be changed by the app role (grant) nor by the owner (trigger)', async () => {
    const client = new Client({ connectionString: process.env.COALITION_TEST_DATABASE_URL });
    await client.connect();
    try {
      const attempt = async (sql: string, role: string | null) => {
        await client.query('BEGIN');
        try {
          if (role) await client.query(`SET LOCAL ROLE ${role}`);
          await client.query(`SELECT set_config('app.coalition_roles', 'COORDINATOR', true)`);
          await client.query(sql);
          return 'changed';
        } catch (error) {
          return (error as Error).message;
        } finally {
          await client.query('ROLLBACK');
        }
      };
      expect(await attempt(`UPDATE audit_entries SET action = 'x'`, 'coalition_app')).toMatch(/permission denied/);
      expect(await attempt(`DELETE FROM audit_entries`, 'coalition_app')).toMatch(/permission denied/);
      expect(await attempt(`TRUNCATE audit_entries`, 'coalition_app')).toMatch(/permission denied/);
      expect(await attempt(`UPDATE audit_entries SET action = 'x'`, null)).toMatch(/append-only/);
      expect(await attempt(`DELETE FROM audit_entries`, null)).toMatch(/append-only/);
    } finally {
      await client.end();
    }
  });

  it('computes hashes as the contract says: sha256(prevHash + canonical JSON), 64 zeros first', async () => {
    const [first] = await app.deps.dataSource.query(`SELECT * FROM audit_entries WHERE seq = 1`);
    expect(first.prev_hash).toBe(GENESIS_HASH);
    expect(
      auditHash(GENESIS_HASH, {
        seq: 1,
        at: new Date(first.at).toISOString(),
        actorUserId: first.actor_user_id,
        organisationId: first.organisation_id,
        action: first.action,
        entityType: first.entity_type,
        entityId: first.entity_id,
        details: first.details,
      }),
    ).toBe(first.hash);
  });
});

describe('audit chain tampering (a database of its own)', () => {
  scratchIt('verifyAuditChain reports the seq of a row the owner altered, then of a removed row', async () => {
    const scratch = await createScratchDatabase('coalition_audit');
    let app: TestApp | null = null;
    try {
      await migrateDatabase(scratch.url);
      app = await startTestApp({}, { databaseUrl: scratch.url });
      const team = await orgWithMembers(app);
      const coordinator = (await coalitionUser(app, CoalitionRole.COORDINATOR)).client;
      for (let i = 0; i < 4; i++) await team.admin.ok(UPDATE_ORG, { id: team.org.id, input: { representative: `R${i}` } });
      const before = await coordinator.ok<{ verifyAuditChain: { ok: boolean; checked: number } }>(VERIFY);
      expect(before.verifyAuditChain.ok).toBe(true);
      const total = before.verifyAuditChain.checked;
      expect(total).toBeGreaterThanOrEqual(8);

      const owner = app.deps.dataSource;
      const tamper = async (sql: string) => {
        await owner.query(`ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only`);
        await owner.query(sql);
        await owner.query(`ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only`);
      };
      const [victim] = await owner.query(
        `SELECT seq::int AS seq FROM audit_entries WHERE action = 'organisation.update' ORDER BY seq LIMIT 1 OFFSET 1`,
      );
      await tamper(`UPDATE audit_entries SET details = '{"forged":true}' WHERE seq = ${victim.seq}`);
      const altered = await coordinator.ok<{ verifyAuditChain: { ok: boolean; checked: number; brokenAt: number } }>(VERIFY);
      expect(altered.verifyAuditChain).toEqual({ ok: false, checked: victim.seq - 1, brokenAt: victim.seq });

      // Rewriting the row's own hash does not help: the next entry no longer follows it.
      await tamper(`UPDATE audit_entries SET hash = 'f' || substr(hash, 2) WHERE seq = ${victim.seq}`);
      expect((await coordinator.ok<{ verifyAuditChain: { brokenAt: number } }>(VERIFY)).verifyAuditChain.brokenAt).toBe(
        victim.seq,
      );

      await tamper(`DELETE FROM audit_entries WHERE seq = ${victim.seq}`);
      expect((await coordinator.ok<{ verifyAuditChain: { brokenAt: number } }>(VERIFY)).verifyAuditChain.brokenAt).toBe(
        victim.seq + 1,
      );
    } finally {
      await app?.close();
      await scratch.drop();
    }
  });
});
