import { CoalitionRole } from '@coalition/shared';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { coalitionUser, orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';

const CREATE = `mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { id slug name countryCode } }`;
const UPDATE = `mutation ($id: ID!, $input: OrganisationUpdate!) { updateOrganisation(id: $id, input: $input) { id name representative } }`;
const LIST = `{ organisations { id slug } }`;
const ONE = `query ($id: ID!) { organisation(id: $id) { id slug } }`;

describe('organisations', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  let other: TestOrgWithMembers;

  beforeAll(async () => {
    app = await startTestApp();
    own = await orgWithMembers(app);
    other = await orgWithMembers(app);
  });
  afterAll(() => app.close());

  const newOrg = () => ({ slug: `new-${Date.now()}-${Math.floor(Math.random() * 1e6)}`, name: 'Nota Bene Khujand', city: 'Khujand', countryCode: 'tj' });

  it('lists organisations for any signed-in user and nobody else', async () => {
    expect(await app.client().code(LIST)).toBe('UNAUTHENTICATED');
    const data = await own.viewer.ok<{ organisations: { id: string }[] }>(LIST);
    expect(data.organisations.map((o) => o.id)).toEqual(expect.arrayContaining([own.org.id, other.org.id]));
    expect((await own.viewer.ok<{ organisation: { slug: string } }>(ONE, { id: other.org.id })).organisation.slug).toBe(other.org.slug);
    expect(await app.client().code(ONE, { id: own.org.id })).toBe('UNAUTHENTICATED');
    expect((await own.viewer.ok(ONE, { id: 'not-a-uuid' })).organisation).toBeNull();
  });

  it('lets only the coordinator create an organisation, validating its input', async () => {
    expect(await app.client().code(CREATE, { input: newOrg() })).toBe('UNAUTHENTICATED');
    expect(await own.admin.code(CREATE, { input: newOrg() })).toBe('FORBIDDEN');
    const { client: coordinator } = await coalitionUser(app, CoalitionRole.COORDINATOR);
    const input = newOrg();
    const created = await coordinator.ok<{ createOrganisation: { slug: string; countryCode: string } }>(CREATE, { input });
    expect(created.createOrganisation).toMatchObject({ slug: input.slug, countryCode: 'TJ' });
    expect(await coordinator.code(CREATE, { input })).toBe('CONFLICT');

    const bad = await coordinator.gql(CREATE, { input: { ...newOrg(), countryCode: 'XX' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'countryCode' });
    const [{ count }] = await app.deps.dataSource.query(`SELECT count(*)::int AS count FROM organisations WHERE country_code = 'XX'`);
    expect(count).toBe(0);
  });

  it('lets the own ADMIN and the coordinator update, not other roles or organisations', async () => {
    const input = { representative: 'Nigina B.' };
    expect(await app.client().code(UPDATE, { id: own.org.id, input })).toBe('UNAUTHENTICATED');
    expect(await own.caseworker.code(UPDATE, { id: own.org.id, input })).toBe('FORBIDDEN');
    expect(await other.admin.code(UPDATE, { id: own.org.id, input })).toBe('FORBIDDEN');
    expect(await own.admin.code(UPDATE, { id: '00000000-0000-0000-0000-000000000000', input })).toBe('NOT_FOUND');
    const updated = await own.admin.ok<{ updateOrganisation: { representative: string } }>(UPDATE, { id: own.org.id, input });
    expect(updated.updateOrganisation.representative).toBe('Nigina B.');
    const { client: coordinator } = await coalitionUser(app, CoalitionRole.COORDINATOR);
    await coordinator.ok(UPDATE, { id: own.org.id, input: { name: 'Renamed' } });
  });

  it('audits every change', async () => {
    const rows = await app.deps.dataSource.query(
      `SELECT action FROM audit_entries WHERE organisation_id = $1 ORDER BY seq`,
      [own.org.id],
    );
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['organisation.update', 'organisation.update']);
  });

  describe('names per interface language', () => {
    const NAMES = `query ($id: ID!) { organisation(id: $id) { localName names { language name } } }`;
    const SET_NAMES = `mutation ($id: ID!, $input: OrganisationUpdate!) { updateOrganisation(id: $id, input: $input) { names { language name } } }`;
    const CREATE_NAMED = `mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { id names { language name } } }`;
    const dushanbe = [
      { language: 'tg', name: 'Хазинаи башардӯстонаи «Нота Бене»' },
      { language: 'RU', name: ' Гуманитарный фонд «Нота Бене» ' },
    ];
    let named: TestOrgWithMembers;
    beforeAll(async () => {
      named = await orgWithMembers(app);
    });

    it('lets the own ADMIN set them, shows them to any member in the switcher order, and keeps localName', async () => {
      expect(await named.caseworker.code(SET_NAMES, { id: named.org.id, input: { names: dushanbe } })).toBe('FORBIDDEN');
      expect(await other.admin.code(SET_NAMES, { id: named.org.id, input: { names: dushanbe } })).toBe('FORBIDDEN');
      await named.admin.ok(UPDATE, { id: named.org.id, input: { localName: 'Нота Бене' } });
      const set = await named.admin.ok<{ updateOrganisation: { names: unknown } }>(SET_NAMES, { id: named.org.id, input: { names: dushanbe } });
      const expected = [
        { language: 'ru', name: 'Гуманитарный фонд «Нота Бене»' },
        { language: 'tg', name: 'Хазинаи башардӯстонаи «Нота Бене»' },
      ];
      expect(set.updateOrganisation.names).toEqual(expected);
      const read = await other.viewer.ok<{ organisation: { localName: string; names: unknown } }>(NAMES, { id: named.org.id });
      expect(read.organisation).toEqual({ localName: 'Нота Бене', names: expected });
      // Other fields leave them alone; a blank name drops its language; the list replaces the set.
      await named.admin.ok(UPDATE, { id: named.org.id, input: { representative: 'N. B.' } });
      expect((await other.viewer.ok<{ organisation: { names: unknown } }>(NAMES, { id: named.org.id })).organisation.names).toEqual(expected);
      const dropped = await named.admin.ok<{ updateOrganisation: { names: unknown } }>(SET_NAMES, {
        id: named.org.id,
        input: { names: [{ language: 'ru', name: '' }, { language: 'ka', name: 'ნოტა ბენე' }] },
      });
      expect(dropped.updateOrganisation.names).toEqual([{ language: 'ka', name: 'ნოტა ბენე' }]);
      const [audit] = await app.deps.dataSource.query(
        `SELECT details FROM audit_entries WHERE organisation_id = $1 AND action = 'organisation.update' ORDER BY seq DESC LIMIT 1`,
        [named.org.id],
      );
      expect(audit.details).toMatchObject({ fields: 'names' });
    });

    it('refuses a language outside the interface languages, a language twice or a name too long, changing nothing', async () => {
      const before = await other.viewer.ok<{ organisation: { names: unknown } }>(NAMES, { id: named.org.id });
      for (const names of [
        [{ language: 'uz', name: 'Nota Bene' }],
        [{ language: 'ka', name: 'ა' }, { language: 'KA', name: 'ბ' }],
        [{ language: 'ru', name: 'я'.repeat(201) }],
      ]) {
        const result = await named.admin.gql(SET_NAMES, { id: named.org.id, input: { names } });
        expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      }
      expect(await other.viewer.ok(NAMES, { id: named.org.id })).toEqual(before);
    });

    it('are given at creation by the coordinator', async () => {
      const { client: coordinator } = await coalitionUser(app, CoalitionRole.COORDINATOR);
      const created = await coordinator.ok<{ createOrganisation: { id: string; names: unknown } }>(CREATE_NAMED, {
        input: { ...newOrg(), names: [{ language: 'tg', name: 'Маркази ҳуқуқи инсон' }] },
      });
      expect(created.createOrganisation.names).toEqual([{ language: 'tg', name: 'Маркази ҳуқуқи инсон' }]);
    });

    it('are stored as one jsonb column the app role reads like the rest of the row and cannot change without the right', async () => {
      const client = new Client({ connectionString: process.env.COALITION_TEST_DATABASE_URL });
      await client.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SET LOCAL ROLE ${app.deps.config.DB_APP_ROLE}`);
        const { rows } = await client.query(`SELECT local_names FROM organisations WHERE id = $1`, [named.org.id]);
        expect(rows).toEqual([{ local_names: { ka: 'ნოტა ბენე' } }]);
        // No actor: the update policy (coordinator or the organisation's ADMIN) matches no row.
        const updated = await client.query(`UPDATE organisations SET local_names = '{"ru": "x"}' WHERE id = $1`, [named.org.id]);
        expect(updated.rowCount).toBe(0);
      } finally {
        await client.query('ROLLBACK');
        await client.end();
      }
      const [{ check }] = await app.deps.dataSource.query(
        `SELECT count(*)::int AS check FROM pg_constraint WHERE conname = 'ck_organisations_local_names'`,
      );
      expect(check).toBe(1);
    });
  });
});
