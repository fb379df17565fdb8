import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import { pdfText } from '../../../test/support/pdf-text';
import { CREATE, OPEN, PUBLISH, SIGN, WITHDRAW, type StatementView } from '../../../test/support/statement-fixtures';

describe('published statement documents', () => {
  let app: TestApp;
  let adc: TestOrgWithMembers;
  let tbilisi: TestOrgWithMembers;
  let dushanbe: TestOrgWithMembers;

  beforeAll(async () => {
    app = await startTestApp();
    const tag = Date.now().toString(36);
    adc = await orgWithMembers(app, { name: `ADC Memorial ${tag}`, city: 'St. Petersburg' });
    tbilisi = await orgWithMembers(app, { name: `GenderMediaKavkaz ${tag}`, city: 'Tbilisi', countryCode: 'GE' });
    dushanbe = await orgWithMembers(app, { name: `Nota Bene ${tag}`, city: 'Dushanbe', countryCode: 'TJ' });
  });
  afterAll(() => app.close());

  const ruTitle = () => `Обращение правозащитников о рейдах ${Math.floor(Math.random() * 1e6)}`;

  async function statement(title: string): Promise<StatementView> {
    return (await adc.admin.ok<{ createStatement: StatementView }>(CREATE, {
      input: {
        initiatorOrganisationId: adc.org.id,
        addressees: ['Administration of the Russian Federation', 'Administration of the Republic of Tajikistan'],
        primaryLanguage: 'RU',
        translations: [
          { language: 'RU', title, body: 'Мы **требуем** расследования.\r\n\r\nВторой абзац.' },
          { language: 'EN', title: 'Appeal of human rights defenders', body: 'We **demand** an investigation.' },
          { language: 'KA', title: 'მიმართვა', body: 'ადამიანის უფლებები.' },
          { language: 'TG', title: 'Муроҷиат', body: 'Ҳуқуқи муҳоҷирон.' },
        ],
      },
    })).createStatement;
  }

  async function sign(s: StatementView, org: TestOrgWithMembers, name: string) {
    await org.signatory.ok(SIGN, { input: { statementId: s.id, organisationId: org.org.id, contentHash: s.currentVersion.contentHash, signatoryName: name } });
  }

  it('serves the PDF and Markdown of a published statement with every translation, signatory, the date and the hash', async () => {
    const title = ruTitle();
    const s = await statement(title);
    await adc.admin.ok(OPEN, { id: s.id });
    await sign(s, adc, 'Olga Abramenko');
    await sign(s, tbilisi, 'Галина Петриашвили');
    await sign(s, dushanbe, 'Nigina Bakhrieva');
    await adc.admin.ok(PUBLISH, { id: s.id });
    const today = new Date().toISOString().slice(0, 10);

    const pdf = await app.client().get(`/statements/${s.slug}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(title);
    for (const line of [
      `${adc.org.name}, St. Petersburg (Olga Abramenko)`,
      `${tbilisi.org.name}, Tbilisi (Галина Петриашвили)`,
      `${dushanbe.org.name}, Dushanbe (Nigina Bakhrieva)`,
    ]) {
      expect(flat).toContain(line);
    }
    for (const fragment of ['Appeal of human rights defenders', 'მიმართვა', 'Муроҷиат', 'Ҳуқуқи муҳоҷирон', 'Administration of the Republic of Tajikistan', today]) {
      expect(flat).toContain(fragment);
    }
    expect(flat).toContain(s.currentVersion.contentHash);
    expect(flat).not.toContain('**');
    // Each translation's page is framed in its own language, Tajik and Georgian scripts included.
    const pages = text.split('\f');
    const pageOf = (fragment: string) => pages.find((p) => p.replace(/\s+/g, ' ').includes(fragment)) ?? '';
    const frame = (fragment: string) => pageOf(fragment).replace(/\s+/g, ' ');
    expect(frame('Ҳуқуқи муҳоҷирон')).toEqual(expect.stringContaining('Эътилоф · изҳороти муштарак · Тоҷикӣ'));
    expect(frame('Ҳуқуқи муҳоҷирон')).toContain(`Ба унвони: Administration of the Russian Federation; Administration of the Republic of Tajikistan`);
    expect(frame('Ҳуқуқи муҳоҷирон')).toContain(`Нашр шуд: ${today}`);
    expect(frame('Ҳуқуқи муҳоҷирон')).toContain(`Таҳрири ${s.currentVersion.number}`);
    expect(frame('ადამიანის უფლებები')).toContain('კოალიცია · ერთობლივი განცხადება · ქართული');
    expect(frame('ადამიანის უფლებები')).toContain(`ადრესატები: Administration of the Russian Federation`);
    expect(frame('ადამიანის უფლებები')).toContain(`გამოქვეყნდა: ${today}`);
    expect(frame('ადამიანის უფლებები')).toContain(`ვერსია ${s.currentVersion.number}`);
    expect(frame('We demand an investigation')).toContain(`Addressed to: Administration of the Russian Federation`);
    expect(frame('We demand an investigation')).toContain(`Published: ${today}`);
    expect(frame('Второй абзац')).toContain(`Адресаты: Administration of the Russian Federation`);
    expect(frame('Второй абзац')).toContain(`Опубликовано: ${today}`);
    // The signatories close the document under the primary language's heading.
    expect(frame(`${adc.org.name}, St. Petersburg`)).toContain('Подписали');

    const md = await app.client().get(`/statements/${s.slug}.md`);
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    const body = await md.text();
    expect(body).toContain(`# ${title}`);
    expect(body).toContain('Мы **требуем** расследования.\n\nВторой абзац.');
    expect(body).toContain(`- ${tbilisi.org.name}, Tbilisi (Галина Петриашвили)`);
    expect(body).toContain(s.currentVersion.contentHash);
    expect(body).toContain(today);
    expect(body.indexOf('## Русский')).toBeLessThan(body.indexOf('## English'));
    expect(body).toContain(`**Адресаты:** Administration of the Russian Federation; Administration of the Republic of Tajikistan`);
    expect(body).toContain(`**Опубликовано:** ${today}`);
    expect(body).toContain('## Подписали');
  });

  it('answers 404 for drafts, open and withdrawn statements, unknown slugs and other extensions — signed in or not', async () => {
    const s = await statement(ruTitle());
    const paths = [`/statements/${s.slug}.pdf`, `/statements/${s.slug}.md`];
    for (const p of paths) {
      expect((await app.client().get(p)).status).toBe(404);
      expect((await adc.admin.get(p)).status).toBe(404);
    }
    await adc.admin.ok(OPEN, { id: s.id });
    for (const p of paths) expect((await adc.viewer.get(p)).status).toBe(404);
    await sign(s, adc, 'Olga Abramenko');
    await adc.admin.ok(PUBLISH, { id: s.id });
    expect((await app.client().get(paths[1])).status).toBe(200);
    expect((await app.client().get(`/statements/${s.slug}.docx`)).status).toBe(404);
    expect((await app.client().get(`/statements/no-such-statement.pdf`)).status).toBe(404);
    await adc.admin.ok(WITHDRAW, { id: s.id });
    for (const p of paths) expect((await app.client().get(p)).status).toBe(404);
  });
});
