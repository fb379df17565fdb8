import { CoalitionRole } from '@coalition/shared';
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
});
