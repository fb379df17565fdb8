import { CoalitionRole } from '@coalition/shared';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { coalitionUser, orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import { createCase, type CaseShape } from '../../../test/support/case-fixtures';
import { createStatement, openStatement, PUBLISH, SIGN, signInput, type StatementView } from '../../../test/support/statement-fixtures';
import { pdfText } from '../../../test/support/pdf-text';
import { briefingsAuthoredBy } from '../../../test/support/briefing-fixtures';

const CREATE = `mutation ($input: CreateBriefingInput!) { createBriefing(input: $input) { id statements { id } } }`;
const SUBMIT = `mutation ($id: ID!) { submitBriefing(id: $id) { id } }`;
const DECIDE = `mutation ($id: ID!, $org: ID!) { decideBriefing(id: $id, organisationId: $org, approve: true) { id } }`;
const RELEASE = `mutation ($id: ID!) { releaseBriefing(id: $id) { id files { format url } statements { id title } } }`;

describe('briefings cite published statements only, and print them with their signatories', () => {
  let app: TestApp;
  let author: TestOrgWithMembers;
  let cosigner: TestOrgWithMembers;
  let ownCase: CaseShape;
  let published: StatementView;
  let draft: StatementView;
  const count = () => briefingsAuthoredBy(app, author.org.id);

  beforeAll(async () => {
    app = await startTestApp();
    [author, cosigner] = [await orgWithMembers(app), await orgWithMembers(app)];
    ownCase = await createCase(author.caseworker, author.org.id, { title: 'Gorelovo raid' });
    published = await openStatement(author);
    await author.signatory.ok(SIGN, signInput(published, author));
    await cosigner.signatory.ok(SIGN, signInput(published, cosigner));
    await author.admin.ok(PUBLISH, { id: published.id });
    draft = await createStatement(author.caseworker, author);
  });
  afterAll(() => app.close());

  it('refuses a draft or unknown statement with BAD_USER_INPUT naming statementIds, writing nothing', async () => {
    const before = await count();
    for (const statementIds of [[draft.id], [published.id, '00000000-0000-4000-8000-000000000000'], ['not-a-uuid']]) {
      const response = await author.caseworker.gql(CREATE, {
        input: { organisationId: author.org.id, title: 'With statements', audience: 'OSCE ODIHR', caseIds: [ownCase.id], statementIds },
      });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(response.errors)).toContain('statementIds');
    }
    expect(await count()).toBe(before);
  });

  it('prints the cited statement with its current signatories in every file; the liaison reads it', async () => {
    const created = (await author.caseworker.ok<{ createBriefing: { id: string; statements: { id: string }[] } }>(CREATE, {
      input: { organisationId: author.org.id, title: 'With statements', audience: 'OSCE ODIHR', caseIds: [ownCase.id], statementIds: [published.id] },
    })).createBriefing;
    expect(created.statements.map((s) => s.id)).toEqual([published.id]);
    await author.caseworker.ok(SUBMIT, { id: created.id });
    await author.admin.ok(DECIDE, { id: created.id, org: author.org.id });
    const released = (await author.admin.ok<{ releaseBriefing: { files: { format: string; url: string }[]; statements: { title: string }[] } }>(RELEASE, { id: created.id }))
      .releaseBriefing;
    const title = released.statements[0]!.title;
    expect(title).toBe(published.title);

    const liaison = (await coalitionUser(app, CoalitionRole.LIAISON)).client;
    const json = await (await liaison.get(released.files.find((f) => f.format === 'JSON')!.url)).text();
    const doc = JSON.parse(json) as { statements: { title: string; signatories: { organisation: string; signatoryName: string }[] }[] };
    expect(doc.statements).toHaveLength(1);
    expect(doc.statements[0]!.title).toBe(title);
    expect(doc.statements[0]!.signatories.map((s) => s.organisation).sort()).toEqual([author.org.name, cosigner.org.name].sort());

    const pdf = Buffer.from(await (await liaison.get(released.files.find((f) => f.format === 'PDF')!.url)).arrayBuffer());
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain(title);
    expect(text).toContain(cosigner.org.name);
  });
});
