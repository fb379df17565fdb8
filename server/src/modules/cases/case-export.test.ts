import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import { ADD_PERSON, createCase, SHARE } from '../../../test/support/case-fixtures';

describe('GET /exports/cases.*', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  let partner: TestOrgWithMembers;
  let third: TestOrgWithMembers;
  let sharedRef: string;
  let restrictedRef: string;

  beforeAll(async () => {
    app = await startTestApp();
    [own, partner, third] = [await orgWithMembers(app), await orgWithMembers(app), await orgWithMembers(app)];
    const shared = await createCase(own.caseworker, own.org.id, { title: 'Gorelovo, "quoted"', visibility: 'SHARED' });
    sharedRef = shared.reference;
    await own.caseworker.ok(ADD_PERSON, { caseId: shared.id, input: { fullName: 'Zarina Khodjaeva', role: 'RELATIVE', consentToShare: true } });
    await own.caseworker.ok(ADD_PERSON, { caseId: shared.id, input: { fullName: 'Madina Secret', role: 'VICTIM' } });
    await own.admin.ok(SHARE, { caseId: shared.id, organisationId: partner.org.id, access: 'READ', personalData: true });
    restrictedRef = (await createCase(own.caseworker, own.org.id, { title: 'Novgorod' })).reference;
  });
  afterAll(() => app.close());

  it('answers 401 when signed out', async () => {
    const res = await app.client().get('/exports/cases.csv');
    expect(res.status).toBe(401);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('exports CSV of readable cases with personal data only where readable', async () => {
    const ownCsv = await (await own.viewer.get(`/exports/cases.csv?ownerOrganisationId=${own.org.id}`)).text();
    expect(ownCsv).toContain(sharedRef);
    expect(ownCsv).toContain(restrictedRef);
    expect(ownCsv).toContain('Madina Secret');
    expect(ownCsv).toContain('"Gorelovo, ""quoted"""');
    const res = await partner.viewer.get(`/exports/cases.csv?ownerOrganisationId=${own.org.id}`);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const partnerCsv = await res.text();
    expect(partnerCsv).toContain(sharedRef);
    expect(partnerCsv).not.toContain(restrictedRef);
    expect(partnerCsv).toContain('Zarina Khodjaeva');
    expect(partnerCsv).not.toContain('Madina Secret');
    const thirdCsv = await (await third.viewer.get(`/exports/cases.csv?ownerOrganisationId=${own.org.id}`)).text();
    expect(thirdCsv).not.toContain(sharedRef);
  });

  it('exports JSON and XLSX with the same filters, and audits each download', async () => {
    const json = (await (await own.viewer.get(`/exports/cases.json?ownerOrganisationId=${own.org.id}&search=Novgorod`)).json()) as { reference: string }[];
    expect(json.map((c) => c.reference)).toEqual([restrictedRef]);
    const xlsx = await own.viewer.get(`/exports/cases.xlsx?ownerOrganisationId=${own.org.id}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Cases')!.rowCount).toBe(3);
    expect((await own.viewer.get('/exports/cases.csv?countryCode=XX')).status).toBe(400);
    const [{ n }] = (await app.deps.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'export.download' AND actor_user_id = $1`,
      [own.users.viewer.id],
    )) as { n: number }[];
    expect(n).toBe(3);
  });
});
