import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { createUser, orgWithMembers, signIn, type TestOrgWithMembers } from '../../../test/support/factories';
import type { TestClient } from '../../../test/support/test-client';
import { OrgRole } from '@coalition/shared';
import { ADD_PERSON, createCase } from '../../../test/support/case-fixtures';

const IMPORT = `mutation ($organisationId: ID!, $format: ImportFormat!, $data: String!, $dryRun: Boolean) {
  importCases(organisationId: $organisationId, format: $format, data: $data, dryRun: $dryRun) { created dryRun warnings errors { row message } } }`;
const CASES = `query ($org: ID!) { cases(first: 100, filter: { ownerOrganisationId: $org }) { edges { node {
  reference title summary status categories visibility incidentDate location { city region countryCode }
  figures { detained deported injured childrenAffected } } } } }`;

interface Imported {
  importCases: { created: number; dryRun: boolean; warnings: string[]; errors: { row: number; message: string }[] };
}
interface Listed {
  cases: { edges: { node: Record<string, unknown> & { reference: string } }[] };
}

/** The body of a download, as bytes: a BOM stays in, as a file saved from the browser has it. */
const bytesOf = async (client: TestClient, path: string) => Buffer.from(await (await client.get(path)).arrayBuffer());
/** What a browser's File.text() gives the import page: UTF-8 decoded, BOM kept, bad bytes as U+FFFD. */
const asBrowserReads = (bytes: Buffer) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('importCases reads what the export writes', () => {
  let app: TestApp;
  let source: TestOrgWithMembers;
  let target: TestOrgWithMembers;
  /** A caseworker of both organisations: exports from one, imports into the other. */
  let both: TestClient;
  let bothId: string;

  beforeAll(async () => {
    app = await startTestApp();
    [source, target] = [await orgWithMembers(app), await orgWithMembers(app)];
    const user = await createUser(app, {
      memberships: [
        { organisationId: source.org.id, roles: [OrgRole.CASEWORKER] },
        { organisationId: target.org.id, roles: [OrgRole.CASEWORKER] },
      ],
    });
    bothId = user.id;
    both = await signIn(app, user);
    const first = await createCase(source.caseworker, source.org.id, {
      title: 'Raid at the Sadovod market; "Moscow", 40 detained',
      summary: 'Рейд на рынке «Садовод».\nДвое депортированы; один ранен.',
      location: { city: 'Москва', region: 'Московская область', countryCode: 'RU' },
      figures: { detained: 40, deported: 2, injured: 1, childrenAffected: 0 },
    });
    await source.caseworker.ok(ADD_PERSON, { caseId: first.id, input: { fullName: 'Farhod Nazarov', role: 'VICTIM', contact: '+7 921 000 00 00' } });
    await createCase(source.caseworker, source.org.id, { title: 'Dushanbe deportation', incidentDate: null, categories: ['DEPORTATION'], location: { countryCode: 'TJ' } });
  });
  afterAll(() => app.close());

  const cases = async (org: string) =>
    (await both.ok<Listed>(CASES, { org })).cases.edges
      .map((e) => e.node)
      .sort((a, b) => a.reference.localeCompare(b.reference));

  it.each(['csv', 'json'] as const)('round trip: the %s export of one organisation imports into another, unchanged', async (format) => {
    // A fresh organisation for each format, which the caseworker also joins (set-up, as the owner).
    const target2 = await orgWithMembers(app);
    await app.deps.dataSource.query(`INSERT INTO memberships (organisation_id, user_id, roles) VALUES ($1, $2, '{CASEWORKER}')`, [target2.org.id, bothId]);
    const exported = asBrowserReads(await bytesOf(both, `/exports/cases.${format}?ownerOrganisationId=${source.org.id}`));
    const result = await both.ok<Imported>(IMPORT, { organisationId: target2.org.id, format: format.toUpperCase(), data: exported });
    expect(result.importCases.errors).toEqual([]);
    expect(result.importCases.created).toBe(2);
    expect(result.importCases.warnings).toHaveLength(1);
    for (const column of ['id', 'persons', 'ownerOrganisation']) expect(result.importCases.warnings[0]).toContain(column);
    const imported = await both.ok<Listed>(CASES, { org: target2.org.id });
    const original = await cases(source.org.id);
    expect(imported.cases.edges.map((e) => e.node).sort((a, b) => a.reference.localeCompare(b.reference))).toEqual(original);
    // Nobody's personal data came along: persons are not imported.
    const [{ n }] = await app.deps.dataSource.query(
      `SELECT count(*)::int AS n FROM case_persons p JOIN cases c ON c.id = p.case_id WHERE c.owner_organisation_id = $1`,
      [target2.org.id],
    );
    expect(n).toBe(0);
  });

  it('detects ; as the separator, with or without a BOM', async () => {
    const semicolons = 'title;summary;countryCode;categories\n"Raid; in Tbilisi";"A, B and C";GE;"RAID;ARBITRARY_DETENTION"\n';
    for (const data of [semicolons, `\uFEFF${semicolons}`]) {
      const result = await both.ok<Imported>(IMPORT, { organisationId: target.org.id, format: 'CSV', data, dryRun: true });
      expect(result.importCases).toEqual({ created: 0, dryRun: true, warnings: [], errors: [] });
    }
    const done = await both.ok<Imported>(IMPORT, { organisationId: target.org.id, format: 'CSV', data: semicolons });
    expect(done.importCases.created).toBe(1);
    const [row] = await app.deps.dataSource.query(`SELECT title, summary, categories FROM cases WHERE owner_organisation_id = $1 AND country_code = 'GE'`, [
      target.org.id,
    ]);
    expect(row).toEqual({ title: 'Raid; in Tbilisi', summary: 'A, B and C', categories: ['RAID', 'ARBITRARY_DETENTION'] });
  });

  it('refuses text that is not UTF-8 (a Windows-1251 file) with BAD_USER_INPUT naming the encoding, and imports nothing', async () => {
    // "title,countryCode\nРейд,RU" saved as Windows-1251: Р=0xD0 е=0xE5 й=0xE9 д=0xE4.
    const cp1251 = Buffer.concat([Buffer.from('title,countryCode\n'), Buffer.from([0xd0, 0xe5, 0xe9, 0xe4]), Buffer.from(',RU\n')]);
    const before = await cases(target.org.id);
    for (const format of ['CSV', 'JSON'] as const) {
      const data = format === 'CSV' ? asBrowserReads(cp1251) : asBrowserReads(Buffer.concat([Buffer.from('[{"title":"'), cp1251.subarray(18, 22), Buffer.from('","countryCode":"RU"}]')]));
      const result = await both.gql<Imported>(IMPORT, { organisationId: target.org.id, format, data });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'data' });
      expect(result.errors?.[0].message).toMatch(/UTF-8/);
      expect(result.errors?.[0].message).toMatch(/encoding/);
    }
    expect(await cases(target.org.id)).toEqual(before);
  });

  it('still refuses a column that neither the import nor the export knows', async () => {
    const result = await both.gql<Imported>(IMPORT, { organisationId: target.org.id, format: 'CSV', data: 'id,title,colour,countryCode\nx,A,red,RU\n' });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'data' });
    expect(result.errors?.[0].message).toContain('colour');
    expect(result.errors?.[0].message).not.toContain('id');
  });

  it("takes off the ' that the CSV writer puts before a formula-like cell", async () => {
    const data = "title,summary,countryCode\n'-40 detained,'=not a formula,RU\n";
    expect((await both.ok<Imported>(IMPORT, { organisationId: target.org.id, format: 'CSV', data })).importCases.created).toBe(1);
    const [row] = await app.deps.dataSource.query(`SELECT title, summary FROM cases WHERE owner_organisation_id = $1 AND title LIKE '%40 detained'`, [
      target.org.id,
    ]);
    expect(row).toEqual({ title: '-40 detained', summary: '=not a formula' });
  });
});
